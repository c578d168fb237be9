import type { CallbackEvent } from '../../model/types.js';
import type { RuleReport } from '../rule.js';

/** The event part of a finding's place. */
export function eventPlace(event: CallbackEvent): Pick<RuleReport, 'product' | 'event' | 'version'> {
  return { product: event.product, event: event.eventType, ...(event.version ? { version: event.version } : {}) };
}
