import { exampleSubjects, exampleSpot, walkExample } from '../example-walk.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'example-undocumented-field',
  severity: 'warning',
  description: 'A JSON example has a field that the table does not document.',
  messages: {
    undocumented: '{{example}} has {{path}}, which the table does not document; it is not typed (the schemas accept unknown fields).',
  },
  check({ model, report }) {
    // keys survive a JSON repair unchanged, so invalid examples are read too
    for (const subject of exampleSubjects(model, { repaired: true })) {
      const { fields, payload, repaired } = subject;
      const seen = new Set<string>();
      walkExample(model, fields, payload, ({ path, jsonPath, field }) => {
        if (field || seen.has(path)) return;
        seen.add(path);
        report({
          ...exampleSpot(subject, path, jsonPath),
          messageId: 'undocumented',
          data: { example: repaired ? 'The example (read after repairing its JSON)' : 'The example', path },
        });
      });
    }
  },
});
