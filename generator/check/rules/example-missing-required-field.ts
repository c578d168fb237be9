import type { JsonPath } from '../json-position.js';
import { lineInExample } from '../example-walk.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'example-missing-required-field',
  severity: 'warning',
  description: 'A JSON example lacks a field that the table documents as always present.',
  messages: {
    one: 'The example{{title}} has no {{path}}, which the types require ({{reason}}); it stays required.',
    several: 'The example{{title}} has none of {{paths}}, which the types require ({{reason}}); they stay required.',
  },
  check({ report, examples }) {
    // only valid examples: a repair may have dropped what the author wrote
    for (const subject of examples.subjects()) {
      const { place, example } = subject;
      // one finding per object of the example: the fields it lacks, listed together
      const missing = new Map<string, { parent: string; parentJson: JsonPath; paths: string[]; reasons: string[] }>();
      examples.visitsOf(subject).forEach(({ path, jsonPath, field, present }) => {
        // a conditional field (required: false) may be absent: not a finding
        if (!field || present || !field.required) return;
        const parentJson = jsonPath.slice(0, -1);
        const key = JSON.stringify(parentJson);
        const entry = missing.get(key) ?? { parent: path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '', parentJson, paths: [], reasons: [] };
        entry.paths.push(path);
        entry.reasons.push(field.requiredReason);
        missing.set(key, entry);
      });
      const title = example.title ? ` "${example.title}"` : '';
      for (const { parent, parentJson, paths, reasons } of missing.values()) {
        const at = { ...place, file: example.source.file, line: lineInExample(subject, parentJson), lang: example.source.lang };
        if (paths.length === 1) report({ ...at, field: paths[0], messageId: 'one', data: { title, path: paths[0], reason: reasons[0] } });
        else report({ ...at, ...(parent ? { field: parent } : {}), messageId: 'several', data: { title, paths: paths.join(', '), reason: [...new Set(reasons)].join('; ') } });
      }
    }
  },
});
