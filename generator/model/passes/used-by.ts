import { cmp } from '../../shared/diagnostic.js';
import type { Field, Model, TypeRef } from '../types.js';
import type { ModelPass } from './pass.js';

/** Which events and APIs use each struct, directly or through another struct. */
export const usedBy: ModelPass = {
  title: 'each struct lists the events and APIs that use it, directly or through another struct',
  run(model) {
    const users = structUsers(model);
    return { ...model, structs: Object.fromEntries(Object.entries(model.structs).map(([id, s]) => [id, { ...s, usedBy: [...(users.get(id) ?? [])].sort(cmp) }])) };
  },
};

function structUsers(model: Pick<Model, 'events' | 'apis' | 'structs'>): Map<string, Set<string>> {
  const users = new Map<string, Set<string>>();
  const visit = (type: TypeRef, user: string, seen: Set<string>): void => {
    if (type.kind === 'array') visit(type.items, user, seen);
    else if (type.kind === 'object') for (const f of type.fields) visit(f.type, user, seen);
    else if (type.kind === 'ref' && !seen.has(type.struct)) {
      seen.add(type.struct);
      users.set(type.struct, (users.get(type.struct) ?? new Set()).add(user));
      for (const f of model.structs[type.struct]?.fields ?? []) visit(f.type, user, seen);
    }
  };
  const visitFields = (fields: Field[], user: string): void => {
    const seen = new Set<string>();
    for (const f of fields) visit(f.type, user, seen);
  };
  for (const e of model.events) visitFields(e.fields, e.id);
  for (const a of model.apis) visitFields([...a.input, ...a.output], a.id);
  return users;
}
