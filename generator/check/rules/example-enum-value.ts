import { exampleSpot, quoteValue } from '../example-walk.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'example-enum-value',
  severity: 'warning',
  description: 'A JSON example uses a value that the documented values do not include.',
  messages: {
    notListed: 'The example gives {{path}} = {{value}}, which is not among the documented values {{values}}; the type keeps the documented values, and the example is reported.',
  },
  check({ report, examples }) {
    for (const subject of examples.subjects()) {
            const seen = new Set<string>();
      examples.visitsOf(subject).forEach(({ path, jsonPath, field, value, present }) => {
        // open lists are examples of values, not the set: only a closed list can be contradicted
        if (!field?.enum?.closed || !present || value === null || typeof value === 'object' || seen.has(path)) return;
        if (field.enum.values.some((v) => v.value === value)) return;
        // a string where the type says integer is the type rule's finding, not this one
        if (typeof value !== typeof field.enum.values[0]?.value) return;
        seen.add(path);
        report({
          ...exampleSpot(subject, path, jsonPath),
          messageId: 'notListed',
          data: { path, value: quoteValue(value), values: field.enum.values.map((v) => JSON.stringify(v.value)).join(', ') },
        });
      });
    }
  },
});
