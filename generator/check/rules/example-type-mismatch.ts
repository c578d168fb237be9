import { defineRule } from '../rule.js';
import { describeType, exampleSubjects, fitsType, lineOfKeys, valueKind, walkExample } from '../example-walk.js';

export default defineRule({
  id: 'example-type-mismatch',
  severity: 'warning',
  description: 'A value in a JSON example contradicts the documented type.',
  check({ model, report }) {
    for (const { place, fields, example, payload } of exampleSubjects(model)) {
      {
        const seen = new Set<string>();
        walkExample(model, fields, payload, ({ path, keys, field, value, present }) => {
          if (!field || !present || field.type.kind === 'unknown' || seen.has(path)) return;
          if (fitsType(field.type, value, field.nullable)) return;
          seen.add(path);
          report({
            ...place,
            field: path,
            file: example.source.file,
            line: lineOfKeys(example, keys),
            lang: example.source.lang,
            message: `The example gives ${path} as ${valueKind(value)} ${JSON.stringify(value)?.slice(0, 40)}, but the table says ${describeType(field.type, model)}; typed as ${describeType(field.type, model)} per the table, and the example's value is reported.`,
          });
        });
      }
    }
  },
});
