import { defineRule } from '../rule.js';
import { exampleSubjects, lineOfKeys, walkExample } from '../example-walk.js';

export default defineRule({
  id: 'example-enum-value',
  severity: 'warning',
  description: 'A JSON example uses a value that the documented values do not include.',
  check({ model, report }) {
    for (const { place, fields, example, payload } of exampleSubjects(model)) {
      {
        walkExample(model, fields, payload, ({ path, keys, field, value, present }) => {
          if (!field?.enum?.closed || !present || value === null || typeof value === 'object') return;
          if (field.enum.values.some((v) => v.value === value)) return;
          // a string where the type says integer is the type rule's finding, not this one
          if (typeof value !== typeof field.enum.values[0]?.value) return;
          report({
            ...place,
            field: path,
            file: example.source.file,
            line: lineOfKeys(example, keys),
            lang: example.source.lang,
            message: `The example gives ${path} = ${JSON.stringify(value)}, which is not among the documented values ${field.enum.values.map((v) => JSON.stringify(v.value)).join(', ')}; the type keeps the documented values.`,
          });
        });
      }
    }
  },
});
