import { defineRule } from '../rule.js';

export default defineRule({
  id: 'catalogue-mismatch',
  severity: 'warning',
  description: 'The index table of a page lists an event that has no section, or a section is missing from the index.',
  check({ model, report }) {
    const files = new Set(model.catalogue.map((c) => c.file));
    for (const file of files) {
      const entries = model.catalogue.filter((c) => c.file === file);
      const key = (t: string, v: string | null): string => `${t}@${v ?? ''}`;
      const sections = model.events.filter((e) => e.sources.some((s) => s.file === file));
      const listed = new Set(entries.map((c) => key(c.eventType, c.version)));
      const documented = new Set(sections.map((e) => key(e.eventType, e.version)));
      for (const c of entries) {
        if (documented.has(key(c.eventType, c.version))) continue;
        report({ product: c.product, event: c.eventType, ...(c.version ? { version: c.version } : {}), file, line: c.line, message: `The index lists ${c.eventType}${c.version ? `(${c.version})` : ''}, but the page has no section for it; no type is generated.` });
      }
      for (const e of sections) {
        if (listed.has(key(e.eventType, e.version))) continue;
        const src = e.sources.find((s) => s.file === file)!;
        report({ product: e.product, event: e.eventType, ...(e.version ? { version: e.version } : {}), file, line: src.line, lang: src.lang, message: `The page documents ${e.eventType}${e.version ? `(${e.version})` : ''}, but its index table does not list it; the type is generated from the section.` });
      }
    }
  },
});
