import type { ApiAction, CallbackEvent } from '../../model/types.js';
import type { FindingPlace } from '../rule.js';

export type Place = Pick<FindingPlace, 'product' | 'event' | 'api' | 'version'>;

/** The event part of a finding's place: product, event type and dated version. */
export function eventPlace(event: CallbackEvent): Place {
  return { product: event.product, event: event.eventType, ...(event.version ? { version: event.version } : {}) };
}

/** An API's place: its Action, and the API version as the version. */
export function apiPlace(api: ApiAction): Place {
  return { product: api.product, api: api.action, ...(api.apiVersion ? { version: api.apiVersion } : {}) };
}

/** `RecordStopped (2020-12-01)`: an event (or an API's Action) in a sentence. */
export function eventTitle(place: Place): string {
  return `${place.event ?? place.api ?? '(page)'}${place.version ? ` (${place.version})` : ''}`;
}
