import { defineRule } from '../rule.js';

export default defineRule({
  id: 'table-unused',
  severity: 'warning',
  description: 'A parameter table gives no field to any event, API, reply, query or struct: its rows are in no type.',
  messages: {
    unused: 'A parameter table ({{columns}}) gives no field to any event, API, reply, query or struct: {{reason}}.',
  },
  check({ model, report }) {
    for (const page of model.coverage) {
      for (const block of page.blocks) {
        if (block.kind !== 'table' || block.tableKind !== 'params' || block.role !== undefined) continue;
        report({ file: page.file, line: block.line, product: page.product, lang: page.lang, messageId: 'unused', data: { columns: block.excerpt ?? '', reason: block.reason ?? 'no reader claimed it' } });
      }
    }
  },
});
