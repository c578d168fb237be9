import { defineRule } from '../rule.js';
import { exampleSubjects, walkExample } from '../example-walk.js';

export default defineRule({
  id: 'example-missing-required-field',
  severity: 'warning',
  description: 'A JSON example lacks fields the table documents as always present.',
  check({ model, report }) {
    for (const { place, fields, example, payload } of exampleSubjects(model)) {
      // one finding per example and object: the fields it lacks, listed together
      const missing = new Map<string, string[]>();
      walkExample(model, fields, payload, ({ path, field, present }) => {
        // a conditional field (required: false) may be absent: not a finding
        if (!field || present || !field.required) return;
        const parent = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '';
        const list = missing.get(parent) ?? [];
        if (!list.includes(path)) list.push(path);
        missing.set(parent, list);
      });
      for (const [parent, paths] of missing) {
        report({
          ...place,
          field: paths.length === 1 ? paths[0] : parent || paths.join(', '),
          file: example.source.file,
          line: example.source.line,
          lang: example.source.lang,
          message: `The example${example.title ? ` "${example.title}"` : ''} has no ${paths.join(', ')}, which the table documents as always present; ${paths.length === 1 ? 'it stays' : 'they stay'} required in the types.`,
        });
      }
    }
  },
});
