import { defineRule } from '../rule.js';

export default defineRule({
  id: 'example-unattached',
  severity: 'warning',
  description: 'A JSON example on a page is attached to no event, API or reply, so no type, check or fixture test uses it.',
  messages: {
    unattached: 'A JSON example is attached to no event, API or reply ({{reason}}); no type, check or fixture test uses it.',
  },
  check({ model, report }) {
    for (const page of model.coverage) {
      for (const block of page.blocks) {
        if (block.kind !== 'code' || block.json !== true || block.role !== undefined) continue;
        report({ file: page.file, line: block.line, product: page.product, lang: page.lang, messageId: 'unattached', data: { reason: block.reason ?? 'no reader claimed it' } });
      }
    }
  },
});
