import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileMemo } from '../../generator/cache/emit-memo-files.js';
import { memoKey } from '../../generator/emit/memo.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'docs2ts-memo-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('the emit memo on disk: one pack per kind', () => {
  it('keeps what a run stored for the next run, one file per kind, written on flush', async () => {
    const memoDir = path.join(dir, 'a');
    const ts = memoKey('ts', 'interface A');
    const fixture = memoKey('fixture', '{"a":1}');
    const first = new FileMemo(memoDir);
    expect(first.get(ts)).toBeUndefined();
    first.set(ts, 'export interface A {}\n');
    first.set(fixture, '{"errors":[]}');
    first.flush();
    expect(JSON.parse(await readFile(path.join(memoDir, 'ts', 'pack.json'), 'utf8'))).toEqual({ [ts]: 'export interface A {}\n' });
    expect(JSON.parse(await readFile(path.join(memoDir, 'fixture', 'pack.json'), 'utf8'))).toEqual({ [fixture]: '{"errors":[]}' });
    const second = new FileMemo(memoDir);
    expect(second.get(ts)).toBe('export interface A {}\n');
  });

  it('drops the entries a run no longer used, so the pack does not grow without bound', async () => {
    const memoDir = path.join(dir, 'b');
    const old = memoKey('ts', 'interface Old');
    const kept = memoKey('ts', 'interface Kept');
    const memo = new FileMemo(memoDir);
    memo.set(old, 'old\n');
    memo.set(kept, 'kept\n');
    memo.flush();
    const next = new FileMemo(memoDir);
    expect(next.get(kept)).toBe('kept\n');
    next.flush();
    expect(Object.keys(JSON.parse(await readFile(path.join(memoDir, 'ts', 'pack.json'), 'utf8')))).toEqual([kept]);
    expect(new FileMemo(memoDir).get(old)).toBeUndefined();
  });

  it('reads a corrupt or foreign pack as empty', async () => {
    const memoDir = path.join(dir, 'c');
    await mkdir(path.join(memoDir, 'ts'), { recursive: true });
    await mkdir(path.join(memoDir, 'fixture'), { recursive: true });
    await writeFile(path.join(memoDir, 'ts', 'pack.json'), '{"ts-1": "x", ');
    await writeFile(path.join(memoDir, 'fixture', 'pack.json'), '{"fixture-1": 42}');
    const memo = new FileMemo(memoDir);
    expect(memo.get('ts-1')).toBeUndefined();
    expect(memo.get('fixture-1')).toBeUndefined();
    memo.set('ts-1', 'y');
    memo.flush();
    expect(new FileMemo(memoDir).get('ts-1')).toBe('y');
  });
});
