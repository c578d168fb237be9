import type { Diagnostic } from '../../shared/diagnostic.js';
import { stageDiagnostic } from '../../shared/stage-diagnostics.js';
import type { Field, TypeRef } from '../types.js';
import { mapRefs } from '../type-walk.js';
import type { ModelPass } from './pass.js';
import { pushTo } from '../../shared/push-to.js';

type Place = Omit<Diagnostic, 'code' | 'severity' | 'message'>;

/**
 * A type the docs give by name (`Array of StreamInfo`, with no link) points at the one struct of
 * that name in the product; a name no page defines, or that names differently shaped structs, is
 * typed unknown and reported where the field is.
 */
export const resolveTypeNames: ModelPass = {
  title: 'types given by name point at the one struct of that name in the product, or are unknown',
  run(model) {
    const idsByName = new Map<string, string[]>();
    for (const s of Object.values(model.structs)) pushTo(idsByName, `${s.product}/${s.name}`, s.id);
    const diagnostics: Diagnostic[] = [];
    // `where` absent: a language's own facts, resolved the same way but reported once, through the merged type
    const type = (t: TypeRef, product: string, where?: Place): TypeRef =>
      mapRefs(t, (ref, path) => {
        if (!ref.struct.startsWith('name:')) return ref;
        const name = ref.struct.slice('name:'.length);
        const ids = idsByName.get(`${product}/${name}`) ?? [];
        if (ids.length === 1) return { kind: 'ref', struct: ids[0] };
        if (where) {
          diagnostics.push(
            stageDiagnostic({
              ...where,
              ...(path.length ? { field: [where.field, ...path].join('.') } : {}),
              code: 'unresolved-type-name',
              message: ids.length ? `Type ${name} names ${ids.length} differently shaped structs; it is typed as unknown.` : `Type ${name} is not defined in any page of this product; it is typed as unknown.`,
            }),
          );
        }
        return { kind: 'unknown' };
      });
    const perLang = (f: Field, product: string): Pick<Field, 'perLang'> =>
      f.perLang ? { perLang: Object.fromEntries(Object.entries(f.perLang).map(([lang, facts]) => [lang, { ...facts, type: type(facts.type, product) }])) } : {};
    const fields = (list: Field[], product: string, where: (f: Field) => Place): Field[] => list.map((f) => ({ ...f, type: type(f.type, product, where(f)), ...perLang(f, product) }));
    const structs = Object.fromEntries(
      Object.entries(model.structs).map(([id, s]) => [id, { ...s, fields: fields(s.fields, s.product, (f) => ({ file: s.sources[0].file, line: f.sources[0]?.line ?? s.sources[0].line, product: s.product, field: f.name })) }]),
    );
    const events = model.events.map((e) => {
      const where = (f: Field): Place => ({ file: f.sources[0].file, line: f.sources[0].line, product: e.product, event: e.eventType, ...(e.version ? { version: e.version } : {}), field: f.name });
      return {
        ...e,
        fields: fields(e.fields, e.product, where),
        ...(e.reply ? { reply: { ...e.reply, fields: fields(e.reply.fields, e.product, where) } } : {}),
        ...(e.query ? { query: fields(e.query, e.product, where) } : {}),
      };
    });
    const apis = model.apis.map((a) => {
      const where = (f: Field): Place => ({ file: f.sources[0].file, line: f.sources[0].line, product: a.product, api: a.action, field: f.name });
      return { ...a, input: fields(a.input, a.product, where), output: fields(a.output, a.product, where) };
    });
    return { ...model, events, apis, structs, diagnostics: [...model.diagnostics, ...diagnostics] };
  },
};
