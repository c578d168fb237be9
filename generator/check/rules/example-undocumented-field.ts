import { exampleSpot } from '../example-walk.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'example-undocumented-field',
  severity: 'warning',
  description: 'A JSON example has a field that the table does not document.',
  messages: {
    undocumented: '{{example}} has {{path}}, which the table does not document; it is not typed (the schemas accept unknown fields).',
  },
  check({ report, examples }) {
    // keys survive a JSON repair unchanged, so invalid examples are read too
    for (const subject of examples.subjects({ repaired: true })) {
      const { repaired } = subject;
      const seen = new Set<string>();
      examples.visitsOf(subject).forEach(({ path, jsonPath, field }) => {
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
