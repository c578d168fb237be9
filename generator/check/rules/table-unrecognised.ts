import { defineRule } from '../rule.js';

export default defineRule({
  id: 'table-unrecognised',
  severity: 'info',
  description: 'A table whose columns no reader knows (not parameters, values, event codes, an index or error codes) was not read.',
  messages: {
    unread: 'A table with the columns {{columns}} was not read: {{reason}}; if it documents fields or values, its header words are not known yet.',
  },
  check({ model, report }) {
    for (const page of model.coverage) {
      for (const block of page.blocks) {
        // unused value tables are reported by the model stage (orphan-value-table), unused parameter tables by table-unused
        if (block.kind !== 'table' || block.role !== undefined || block.tableKind === 'params' || block.tableKind === 'values') continue;
        report({ file: page.file, line: block.line, product: page.product, lang: page.lang, messageId: 'unread', data: { columns: block.excerpt ?? '', reason: block.reason ?? 'no reader claimed it' } });
      }
    }
  },
});
