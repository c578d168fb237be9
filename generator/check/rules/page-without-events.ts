import type { Model, PageCoverage } from '../../model/types.js';
import { defineRule } from '../rule.js';

/**
 * Per page file: how many structs it defines, and how many of them some event or API (of any
 * page) uses: a data-structures page is understood. One pass over the structs, not one per page.
 */
function structsInUseByFile(model: Model): Map<string, { defined: number; used: number }> {
  const byFile = new Map<string, { defined: number; used: number }>();
  for (const s of Object.values(model.structs)) {
    for (const file of new Set(s.sources.map((src) => src.file))) {
      const counts = byFile.get(file) ?? { defined: 0, used: 0 };
      counts.defined++;
      if (s.usedBy.length > 0) counts.used++;
      byFile.set(file, counts);
    }
  }
  return byFile;
}

export default defineRule({
  id: 'page-without-events',
  severity: 'warning',
  description: 'A page gives no event and no API (nor a struct that one uses): the tool did not understand its shape.',
  messages: {
    nothing: 'The page gives no event and no API: of {{tables}} table(s), {{examples}} JSON example(s) and {{lists}} list(s), none was read as an event or API; "docs2ts inspect {{file}}" shows why for each block.',
    unusedStructs: 'The page gives no event and no API, only {{structs}} struct(s) that no event or API uses; "docs2ts inspect {{file}}" shows each block.',
  },
  check({ model, report }) {
    let inUse: Map<string, { defined: number; used: number }> | undefined;
    for (const page of model.coverage) {
      if (page.events > 0 || page.apis > 0) continue;
      const place = { file: page.file, line: 1, product: page.product, lang: page.lang };
      const structs = (inUse ??= structsInUseByFile(model)).get(page.file) ?? { defined: 0, used: 0 };
      // a data-structures page documents structs for many APIs: one in use shows the page was understood
      if (structs.used > 0) continue;
      if (structs.defined > 0) {
        report({ ...place, messageId: 'unusedStructs', data: { structs: structs.defined, file: page.file } });
        continue;
      }
      const count = (test: (b: PageCoverage['blocks'][number]) => boolean): number => page.blocks.filter(test).length;
      report({ ...place, messageId: 'nothing', data: { tables: count((b) => b.kind === 'table'), examples: count((b) => b.kind === 'code' && b.json === true), lists: count((b) => b.kind === 'list'), file: page.file } });
    }
  },
});
