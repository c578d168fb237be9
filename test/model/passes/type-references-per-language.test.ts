import { describe, expect, it } from 'vitest';
import { resolveTypeNames } from '../../../generator/model/passes/type-references.js';
import type { Field, FieldFacts, Struct, TypeRef } from '../../../generator/model/types.js';
import { event, field, tinyModel } from '../../helpers/tiny-model.js';

const byName = (name: string): TypeRef => ({ kind: 'array', items: { kind: 'ref', struct: `name:${name}` } });
const facts = (type: TypeRef, lang: 'zh' | 'en'): FieldFacts => ({ type, typeSource: 'documented', required: true, nullable: false, file: `docs-src/p/${lang}/page.md`, line: 3 });
const struct = (name: string): Struct => ({ id: `p/${name}`, product: 'p', name, typeName: name, anchors: [], description: {}, fields: [field('Id', { kind: 'string' })], sources: [{ file: 'docs-src/p/en/page.md', line: 9, lang: 'en' }], usedBy: [] });

describe('types given by name: each language keeps its own facts, resolved too', () => {
  const withPerLang = (name: string): Field => field('List', byName(name), { perLang: { en: facts(byName(name), 'en'), zh: facts(byName(name), 'zh') } });

  it('resolves the name in the merged type and in every language\'s facts (no pending `name:` ref is left in the model)', () => {
    const model = resolveTypeNames.run(tinyModel({ events: [event('E', [withPerLang('Info')])], structs: { 'p/Info': struct('Info') } }));
    const f = model.events[0].fields[0];
    const resolved: TypeRef = { kind: 'array', items: { kind: 'ref', struct: 'p/Info' } };
    expect(f.type).toEqual(resolved);
    expect(f.perLang?.en?.type).toEqual(resolved);
    expect(f.perLang?.zh?.type).toEqual(resolved);
    expect(JSON.stringify(model)).not.toContain('name:');
    expect(model.diagnostics).toEqual([]);
  });

  it('types an undefined name unknown everywhere, reported once (through the merged field)', () => {
    const model = resolveTypeNames.run(tinyModel({ events: [event('E', [withPerLang('Nowhere')])] }));
    const f = model.events[0].fields[0];
    expect(f.perLang?.en?.type).toEqual({ kind: 'array', items: { kind: 'unknown' } });
    expect(model.diagnostics.map((d) => d.code)).toEqual(['unresolved-type-name']);
  });
});
