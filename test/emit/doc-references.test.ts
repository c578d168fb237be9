import { describe, expect, it } from 'vitest';
import { emitPackage } from '../../generator/emit/index.js';
import { docReferences, sectionSlug } from '../../generator/emit/model-view.js';
import type { Model } from '../../generator/model/types.js';
import { event, field, tinyModel } from '../helpers/tiny-model.js';
import { narrowingModel } from './support/models.js';

const options = { packageName: 'x', packageVersion: '1.0.0' };

/** The same model with every doc line moved down by `by`: what a row added near the top of a page does. */
function shifted(model: Model, by: number): Model {
  const copy = structuredClone(model);
  // shared objects (one sources array for several fields) move once
  const seen = new WeakSet<object>();
  const walk = (v: unknown): void => {
    if (!v || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) return v.forEach(walk);
    const o = v as Record<string, unknown>;
    if (typeof o.file === 'string' && typeof o.line === 'number') o.line += by;
    for (const child of Object.values(o)) walk(child);
  };
  walk(copy);
  return copy;
}

describe('stable doc references', () => {
  it('are GitHub heading anchors', () => {
    expect(sectionSlug('UserJoinRoom')).toBe('userjoinroom');
    expect(sectionSlug(' 推流 结束（新）! ')).toBe('推流-结束新');
    expect(sectionSlug('Group.CallbackAfterSendMsg')).toBe('groupcallbackaftersendmsg');
  });

  it('cite the section a line falls in, or the owner section the caller names', () => {
    const a = field('A', { kind: 'string' }, { sources: [{ file: 'docs/p.md', line: 12, lang: 'zh' }] });
    const model = tinyModel({ events: [event('First', [a], { sources: [{ file: 'docs/p.md', line: 10, lang: 'zh' }] }), event('Second', [], { sources: [{ file: 'docs/p.md', line: 30, lang: 'zh' }] })] });
    const refs = docReferences(model);
    expect(refs.ref({ file: 'docs/p.md', line: 12 })).toBe('docs/p.md#first');
    expect(refs.ref({ file: 'docs/p.md', line: 31 })).toBe('docs/p.md#second');
    expect(refs.ref({ file: 'docs/p.md', line: 2 })).toBe('docs/p.md');
    expect(refs.ref({ file: 'docs/p.md', line: 31 }, 'first')).toBe('docs/p.md#first');
    expect(refs.text([{ file: 'docs/p.md', line: 12 }, { file: 'docs/p.md', line: 14 }, { file: 'docs/q.md', line: 1 }])).toBe('docs/p.md#first, docs/q.md');
  });

  it('keep every emitted file but the source map the same when the doc lines move', async () => {
    const model = narrowingModel();
    const before = await emitPackage(model, [], options);
    const after = await emitPackage(shifted(model, 7), [], options);
    const changed = [...before.keys()].filter((file) => before.get(file) !== after.get(file));
    expect(changed).toEqual(['sources.json']);
    expect(before.get('src/types.ts')).toMatch(/Source: docs-src\/p\/en\/page\.md#a\b/);
    expect(JSON.parse(after.get('sources.json')!).types.A.fields.X).toEqual(['docs-src/p/en/page.md:18']);
  });
});
