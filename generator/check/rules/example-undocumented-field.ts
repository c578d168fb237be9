import { defineRule } from '../rule.js';
import { exampleSubjects, lineOfKeys, walkExample } from '../example-walk.js';

export default defineRule({
  id: 'example-undocumented-field',
  severity: 'warning',
  description: 'A JSON example has a field that the table does not document.',
  check({ model, report }) {
    for (const { place, fields, example, payload } of exampleSubjects(model)) {
      {
        const seen = new Set<string>();
        walkExample(model, fields, payload, ({ path, keys, field }) => {
          if (field || seen.has(path)) return;
          seen.add(path);
          report({
            ...place,
            field: path,
            file: example.source.file,
            line: lineOfKeys(example, keys),
            lang: example.source.lang,
            message: `The example has ${path}, which the table does not document; it is not typed (the schemas accept unknown fields).`,
          });
        });
      }
    }
  },
});
