import { pascal } from '../../shared/pascal.js';
import type { CallbackEvent } from '../types.js';
import type { ModelPass } from './pass.js';

/**
 * TypeScript names for everything the package exports, unique across products: events keep
 * their event type (version folded in as `_YYYYMMDD`), structs their label, APIs their action.
 * A clash is settled by the product prefix, then by a number, always in the same order (the
 * model's: run after sorting).
 */
export const typeNames: ModelPass = {
  title: 'every event, API and struct gets a unique TypeScript name',
  run(model) {
    const taken = new Set<string>();
    // reserved by the emitters for unions and helpers
    for (const e of Object.values(model.envelopes)) taken.add(safeName(e.typeName));
    const claim = (wanted: string, product: string): string => {
      let name = safeName(wanted);
      if (taken.has(name)) name = safeName(`${pascal(product)}${name}`);
      let n = 2;
      const base = name;
      while (taken.has(name)) name = `${base}${n++}`;
      taken.add(name);
      return name;
    };
    const events = model.events.map((e) => ({ ...e, typeName: claim(e.version ? `${eventBaseName(e)}_${e.version.replace(/-/g, '')}` : eventBaseName(e), e.product) }));
    const apis = model.apis.map((a) => ({ ...a, typeName: claim(a.action, a.product) }));
    const structs = Object.fromEntries(
      Object.entries(model.structs).map(([id, s]) => {
        const owner = s.id.includes('~') ? s.id.slice(s.id.indexOf('~') + 1) : '';
        return [id, { ...s, typeName: claim(owner ? `${s.name}_${owner}` : s.name, s.product) }];
      }),
    );
    return { ...model, events, apis, structs };
  },
};

/**
 * An event's name as code reads it: a numeric code is named by its product and key (`cmd` 1001 of
 * classroom → `ClassroomCmd1001`), a command by its words (`Group.CallbackAfterSendMsg` →
 * `GroupCallbackAfterSendMsg`, `send_msg` → `SendMsg`); a plain event type stays as written.
 */
export function eventBaseName(e: Pick<CallbackEvent, 'eventType' | 'product' | 'discriminator'>): string {
  const d = e.discriminator;
  if (!d) return e.eventType;
  if (typeof d.value === 'number') return `${pascal(e.product)}${pascal(d.key)}${d.value < 0 ? `Minus${-d.value}` : d.value}`;
  return pascal(e.eventType) || e.eventType;
}

/** A valid identifier from doc text: letters, digits and `_`; never starting with a digit. */
export function safeName(text: string): string {
  const cleaned = text.replace(/[^A-Za-z0-9_$]+/g, '_').replace(/^_+|_+$/g, '');
  if (cleaned === '') return 'Unnamed';
  return /^[0-9]/.test(cleaned) ? `_${cleaned}` : cleaned;
}
