import type { Field, SourceRef, TypeRef } from '../../model/types.js';
import { describeType } from '../example-walk.js';
import { defineRule } from '../rule.js';
import { apiPlace, eventPlace, type Place } from './where.js';
import { pushTo } from '../../shared/push-to.js';

/**
 * What a value can be, coarsely: integer vs int64 vs float are one family, so only truly
 * incompatible types (a number vs a string, an object vs a list) count.
 */
function family(t: TypeRef): string {
  switch (t.kind) {
    case 'integer':
    case 'number':
      return 'number';
    case 'array':
      return `${family(t.items)}[]`;
    case 'ref':
    case 'object':
      return 'object';
    case 'union':
      return t.types.map(family).join('|');
    default:
      return t.kind;
  }
}

interface Use {
  owner: string;
  place: Place;
  field: Field;
  source: SourceRef;
}

export default defineRule({
  id: 'related-type-mismatch',
  severity: 'warning',
  description: 'One field name is documented with incompatible types in related events (one index group) or in the callbacks and the API of one product.',
  messages: {
    incompatible: '{{name}} is {{type}} here but {{otherType}} in {{others}} ({{otherAt}}), which are related; each keeps its own documented type.',
  },
  check({ model, report }) {
    // related: events of one index-table group; a product's callbacks together with its APIs
    const groups = new Map<string, Use[]>();
    const add = (group: string, owner: string, place: Place, fields: Field[]): void => {
      for (const field of fields) {
        if (field.typeSource !== 'documented' || field.type.kind === 'unknown' || !field.sources[0]) continue;
        const key = `${group}\u0000${field.name}`;
        pushTo(groups, key, { owner, place, field, source: field.sources[0] });
      }
    };
    const productsWithApis = new Set(model.apis.map((a) => a.product));
    const groupOf = new Map<string, string>();
    for (const c of model.catalogue) if (c.group && !groupOf.has(`${c.product}/${c.eventType}`)) groupOf.set(`${c.product}/${c.eventType}`, c.group);
    for (const e of model.events) {
      const group = groupOf.get(`${e.product}/${e.eventType}`);
      if (group) add(`${e.product}/group/${group}`, e.id, eventPlace(e), e.fields);
      if (productsWithApis.has(e.product)) add(`${e.product}/api`, e.id, eventPlace(e), e.fields);
    }
    for (const a of model.apis) add(`${a.product}/api`, a.id, apiPlace(a), [...a.input, ...a.output]);

    const reported = new Set<string>();
    for (const uses of groups.values()) {
      const byFamily = new Map<string, Use[]>();
      for (const u of uses) pushTo(byFamily, family(u.field.type), u);
      if (byFamily.size < 2) continue;
      // the type most related docs give is the reference; the odd ones out are the findings
      const [main, ...odd] = [...byFamily.values()].sort((x, y) => y.length - x.length);
      for (const list of odd) {
        for (const u of list) {
          const key = `${u.source.file}:${u.source.line}:${u.field.name}`;
          if (reported.has(key)) continue;
          reported.add(key);
          report({
            ...u.place,
            field: u.field.name,
            file: u.source.file,
            line: u.source.line,
            lang: u.source.lang,
            messageId: 'incompatible',
            data: {
              name: u.field.name,
              type: describeType(u.field.type, model),
              otherType: describeType(main[0].field.type, model),
              others: main.length === 1 ? main[0].owner : `${main[0].owner} and ${main.length - 1} more`,
              otherAt: `${main[0].source.file}:${main[0].source.line}`,
            },
          });
        }
      }
    }
  },
});
