import type { Field, TypeRef } from '../../model/types.js';
import { defineRule } from '../rule.js';

/** integer vs int64 is one family; string vs integer is not. */
function family(t: TypeRef): string {
  return t.kind === 'integer' || t.kind === 'number' ? 'number' : t.kind;
}

export default defineRule({
  id: 'related-type-mismatch',
  severity: 'warning',
  description: 'One field name is documented with incompatible types in related events (one index group) or in the callbacks and the API of one product.',
  check({ model, report }) {
    // related: events of one index-table group, and a product's callbacks with its APIs
    const groups = new Map<string, Array<{ owner: string; field: Field; event?: string; version?: string | null }>>();
    const add = (key: string, owner: string, fields: Field[], event?: string, version?: string | null): void => {
      for (const f of fields) {
        if (f.typeSource !== 'documented' || f.type.kind === 'unknown') continue;
        groups.set(`${key}\u0000${f.name}`, [...(groups.get(`${key}\u0000${f.name}`) ?? []), { owner, field: f, event, version }]);
      }
    };
    for (const e of model.events) {
      const entry = model.catalogue.find((c) => c.eventType === e.eventType && c.product === e.product && c.group);
      if (entry) add(`${e.product}/group:${entry.group}`, e.id, e.fields, e.eventType, e.version);
      if (model.apis.some((a) => a.product === e.product)) add(`${e.product}/api`, e.id, e.fields, e.eventType, e.version);
    }
    for (const a of model.apis) add(`${a.product}/api`, a.id, a.output, a.action);
    for (const [key, uses] of groups) {
      const families = new Set(uses.map((u) => family(u.field.type)));
      if (families.size < 2) continue;
      const first = uses[0];
      for (const u of uses.slice(1)) {
        if (family(u.field.type) === family(first.field.type)) continue;
        const src = u.field.sources[0];
        report({
          product: key.split('/')[0],
          ...(u.event ? { event: u.event } : {}),
          ...(u.version ? { version: u.version } : {}),
          field: u.field.name,
          file: src.file,
          line: src.line,
          lang: src.lang,
          message: `${u.field.name} is ${family(u.field.type)} in ${u.owner} but ${family(first.field.type)} in ${first.owner} (${first.field.sources[0].file}:${first.field.sources[0].line}); each keeps its own documented type.`,
        });
      }
    }
  },
});
