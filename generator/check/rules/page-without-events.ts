import type { Model, PageCoverage } from '../../model/types.js';
import { defineRule } from '../rule.js';

/** Structs the page defines that some event or API (of any page) uses: a data-structures page is understood. */
function structsInUse(model: Model, page: PageCoverage): { defined: number; used: number } {
  const mine = Object.values(model.structs).filter((s) => s.sources.some((src) => src.file === page.file));
  return { defined: mine.length, used: mine.filter((s) => s.usedBy.length > 0).length };
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
    for (const page of model.coverage) {
      if (page.events > 0 || page.apis > 0) continue;
      const place = { file: page.file, line: 1, product: page.product, lang: page.lang };
      const structs = structsInUse(model, page);
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
