import { defineRule } from '../rule.js';
import { eventPlace, eventTitle } from './where.js';

export default defineRule({
  id: 'event-without-example',
  severity: 'info',
  description: 'An event has no JSON example, so no fixture test covers it.',
  messages: {
    noExample: 'Event {{event}} has no example; its types come from the table alone and no fixture test covers it.',
  },
  check({ model, report }) {
    for (const e of model.events) {
      const src = e.sources[0];
      if (e.examples.length > 0 || !src) continue;
      report({ ...eventPlace(e), file: src.file, line: src.line, lang: src.lang, messageId: 'noExample', data: { event: eventTitle(eventPlace(e)) } });
    }
  },
});
