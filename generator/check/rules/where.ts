import type { ApiAction, CallbackEvent } from '../../model/types.js';
import type { FindingPlace } from '../rule.js';

export type Place = Pick<FindingPlace, 'product' | 'event' | 'version'>;

/** The event part of a finding's place: product, event type and dated version. */
export function eventPlace(event: CallbackEvent): Place {
  return { product: event.product, event: event.eventType, ...(event.version ? { version: event.version } : {}) };
}

/** An API's place: the Action stands where an event type would, the API version as the version. */
export function apiPlace(api: ApiAction): Place {
  return { product: api.product, event: api.action, ...(api.apiVersion ? { version: api.apiVersion } : {}) };
}

/** `RecordStopped (2020-12-01)`: an event in a sentence. */
export function eventTitle(place: Place): string {
  return `${place.event ?? '(page)'}${place.version ? ` (${place.version})` : ''}`;
}
