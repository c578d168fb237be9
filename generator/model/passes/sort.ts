import { cmp } from '../../shared/diagnostic.js';
import type { ModelPass } from './pass.js';

/** Events, APIs and structs in one order whatever the page order: what makes names and output deterministic. */
export const sortModel: ModelPass = {
  title: 'events, APIs and structs are sorted by product, name and version',
  run(model) {
    return {
      ...model,
      events: [...model.events].sort((a, b) => cmp(a.product, b.product) || cmp(a.eventType, b.eventType) || cmp(a.version ?? '', b.version ?? '')),
      apis: [...model.apis].sort((a, b) => cmp(a.product, b.product) || cmp(a.action, b.action) || cmp(a.apiVersion ?? '', b.apiVersion ?? '')),
      structs: Object.fromEntries(Object.values(model.structs).sort((a, b) => cmp(a.id, b.id)).map((s) => [s.id, s])),
    };
  },
};
