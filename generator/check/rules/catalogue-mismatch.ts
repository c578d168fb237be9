import { defineRule } from '../rule.js';
import { eventPlace, eventTitle } from './where.js';

export default defineRule({
  id: 'catalogue-mismatch',
  severity: 'warning',
  description: 'The index table of a page lists an event that has no section, or a section is missing from the index.',
  messages: {
    listedWithoutSection: 'The index lists {{event}}, but the page has no section for it; no type is generated.',
    sectionNotListed: 'The page documents {{event}}, but its index table does not list it; the type is generated from the section.',
  },
  check({ model, report }) {
    const key = (product: string, eventType: string, version: string | null): string => `${product}/${eventType}@${version ?? ''}`;
    // an index may list sections of other pages of its product: any section of the product counts
    const documented = new Set(model.events.map((e) => key(e.product, e.eventType, e.version)));
    // only pages that have an index table can leave a section out of it
    for (const file of new Set(model.catalogue.map((c) => c.file))) {
      const entries = model.catalogue.filter((c) => c.file === file);
      const sections = model.events.filter((e) => e.sources.some((s) => s.file === file));
      const listed = new Set(entries.map((c) => key(c.product, c.eventType, c.version)));
      for (const c of entries) {
        if (documented.has(key(c.product, c.eventType, c.version))) continue;
        const place = { product: c.product, event: c.eventType, ...(c.version ? { version: c.version } : {}) };
        report({ ...place, file, line: c.line, messageId: 'listedWithoutSection', data: { event: eventTitle(place) } });
      }
      for (const e of sections) {
        if (listed.has(key(e.product, e.eventType, e.version))) continue;
        const src = e.sources.find((s) => s.file === file)!;
        report({ ...eventPlace(e), file, line: src.line, lang: src.lang, messageId: 'sectionNotListed', data: { event: eventTitle(eventPlace(e)) } });
      }
    }
  },
});
