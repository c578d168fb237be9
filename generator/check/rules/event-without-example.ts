import { defineRule } from '../rule.js';
import { eventPlace } from './where.js';

export default defineRule({
  id: 'event-without-example',
  severity: 'info',
  description: 'An event has no JSON example, so no fixture test covers it.',
  check({ model, report }) {
    for (const e of model.events) {
      if (e.examples.length > 0) continue;
      report({ ...eventPlace(e), file: e.sources[0].file, line: e.sources[0].line, lang: e.sources[0].lang, message: `Event ${e.eventType}${e.version ? ` (${e.version})` : ''} has no example; its types come from the table alone and no fixture test covers it.` });
    }
  },
});
