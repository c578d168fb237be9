import { describeType, fitsType, exampleSpot, quoteValue, valueKind } from '../example-walk.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'example-type-mismatch',
  severity: 'warning',
  description: 'A value in a JSON example contradicts the documented type.',
  messages: {
    wrongKind: "{{example}} gives {{path}} as {{kind}} {{value}}, but the table says {{type}}; typed as {{type}} per the table, and the example's value is reported.",
    outOfRange: "{{example}} gives {{path}} = {{value}}, outside the range of the documented {{type}}; typed as {{type}} per the table, and the example's value is reported.",
  },
  check({ model, report, examples }) {
    // a repaired example keeps its values' types: a string stays a string after a comma is fixed
    for (const subject of examples.subjects({ repaired: true })) {
      const { repaired } = subject;
      const seen = new Set<string>();
      examples.visitsOf(subject).forEach(({ path, jsonPath, field, value, present }) => {
        if (!field || !present || field.type.kind === 'unknown' || field.typeSource !== 'documented' || seen.has(path)) return;
        if (fitsType(field.type, value, field.nullable)) return;
        // one finding per path and example: the first array item that disagrees stands for the rest
        seen.add(path);
        const type = describeType(field.type, model);
        const data = { example: repaired ? 'The example (read after repairing its JSON)' : 'The example', path, value: quoteValue(value), type };
        const at = exampleSpot(subject, path, jsonPath);
        if (field.type.kind === 'integer' && valueKind(value) === 'integer') report({ ...at, messageId: 'outOfRange', data });
        else report({ ...at, messageId: 'wrongKind', data: { ...data, kind: valueKind(value) } });
      });
    }
  },
});
