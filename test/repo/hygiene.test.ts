import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

describe('repository hygiene', () => {
  it('no tracked text file holds a git conflict marker (a bad merge once left one in the README)', () => {
    const files = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter((f) => /\.(md|ts|mts|cts|js|mjs|cjs|json|yml|yaml|txt|html)$/.test(f) && !f.startsWith('docs-src/') && !f.startsWith('test/fixtures/'));
    const marked = files.filter((f) => /^(<{7}|>{7}) /m.test(readFileSync(path.join(root, f), 'utf8')));
    expect(marked).toEqual([]);
  });
});
