import type { CallbackEvent } from '../../model/types.js';
import { defineRule } from '../rule.js';
import { eventPlace, eventTitle } from './where.js';

/**
 * Two pages are one page in two languages when they document an event in common. An event
 * that only one of them documents is news to the readers of the other: each language is a
 * source of truth for its readers.
 */
export default defineRule({
  id: 'event-only-in-one-language',
  severity: 'warning',
  description: 'An event is documented on one page of a language pair and missing from the other language.',
  messages: {
    missing: 'Event {{event}} is documented in the {{lang}} page but not in its {{other}} counterpart {{counterpart}}; it is typed as the {{lang}} page documents it.',
  },
  check({ model, report }) {
    // page → pages in another language that share an event with it
    const counterparts = new Map<string, Map<string, string>>();
    const pair = (a: { file: string; lang: string }, b: { file: string; lang: string }): void => {
      const other = counterparts.get(a.file) ?? new Map<string, string>();
      other.set(b.file, b.lang);
      counterparts.set(a.file, other);
    };
    for (const e of model.events) {
      for (const a of e.sources) for (const b of e.sources) if (a.lang !== b.lang && a.file !== b.file) pair(a, b);
    }
    const documents = (e: CallbackEvent, file: string): boolean => e.sources.some((s) => s.file === file);
    // the languages documenting each product's event type, once: looked up per page pair instead of a scan of all events
    const langsOfType = new Map<string, Set<string>>();
    const typeKey = (x: CallbackEvent): string => JSON.stringify([x.product, x.eventType]);
    for (const x of model.events) {
      const langs = langsOfType.get(typeKey(x)) ?? new Set<string>();
      for (const s of x.sources) langs.add(s.lang);
      langsOfType.set(typeKey(x), langs);
    }
    for (const e of model.events) {
      const typeLangs = langsOfType.get(typeKey(e))!;
      for (const src of e.sources) {
        for (const [file, lang] of counterparts.get(src.file) ?? []) {
          if (lang === src.lang || documents(e, file)) continue;
          // another language's page of this product that documents this event type (in any version) is enough
          if (typeLangs.has(lang)) continue;
          report({ ...eventPlace(e), file: src.file, line: src.line, lang: src.lang, messageId: 'missing', data: { event: eventTitle(eventPlace(e)), lang: src.lang, other: lang, counterpart: file } });
        }
      }
    }
  },
});
