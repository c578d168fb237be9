import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { registry, rules, stageDiagnostics } from '../../generator/check/index.js';
import { stageDiagnostic, stageDiagnosticEntry } from '../../generator/shared/stage-diagnostics.js';
import { defineRule, fillTemplate } from '../../generator/check/rule.js';
import { model } from './model-builder.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : full.endsWith('.ts') ? [full] : [];
  });
}

/** Every diagnostic code the other stages can emit, read from their source: `code: 'x'` and `report('x', …)`. */
function emittedCodes(): Map<string, string> {
  const codes = new Map<string, string>();
  for (const file of sourceFiles('generator')) {
    if (file.startsWith(path.join('generator', 'check'))) continue;
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bcode: '([a-z][a-z0-9]*(?:-[a-z0-9]+)+)'|\breport\('([a-z][a-z0-9]*(?:-[a-z0-9]+)+)'/g)) codes.set(m[1] ?? m[2], file);
  }
  return codes;
}

describe('the registry', () => {
  it('has an entry (id, severity, description) for every code the sources, parse, model and emit stages emit', () => {
    const ids = new Set(registry().map((r) => r.id));
    const codes = emittedCodes();
    // the scan must see the stages, or this test proves nothing
    expect(codes.size).toBeGreaterThan(20);
    for (const code of ['example-invalid-json', 'duplicate-anchor', 'table-row-cell-count', 'binary-file']) expect(codes.has(code), code).toBe(true);
    const missing = [...codes].filter(([code]) => !ids.has(code)).map(([code, file]) => `${code} (${file})`);
    expect(missing).toEqual([]);
  });

  it('lists every rule and stage code once, with a one-line description', () => {
    const ids = registry().map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
    for (const r of registry()) {
      expect(r.id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)+$/);
      expect(r.description).toMatch(/^[A-Z].{10,}\.$/);
    }
    for (const rule of rules) expect(stageDiagnosticEntry(rule.id), `${rule.id} is both a rule and a stage code`).toBeUndefined();
  });

  it('gives each rule file a test file', () => {
    const tests = new Set(readdirSync('test/check/rules').map((f) => f.replace(/\.test\.ts$/, '')));
    expect(rules.map((r) => r.id).filter((id) => !tests.has(id))).toEqual([]);
  });
});

describe('stage diagnostics', () => {
  it('take their severity from the registry, and a code outside it fails to compile', () => {
    for (const [code, entry] of Object.entries(stageDiagnostics)) {
      const made = stageDiagnostic({ code: code as keyof typeof stageDiagnostics, message: 'm', file: 'f.md', line: 3 });
      expect(made).toEqual({ code, severity: entry.severity, message: 'm', file: 'f.md', line: 3 });
    }
    // @ts-expect-error not a registered stage code
    expect(() => stageDiagnostic({ code: 'no-such-code', message: 'm', file: 'f.md', line: 1 })).toThrow();
  });
});

describe('message templates', () => {
  it('fill named params and refuse a missing one', () => {
    expect(fillTemplate('{{path}} is {{type}}.', { path: 'Data[].Rate', type: 'integer' })).toBe('Data[].Rate is integer.');
    expect(() => fillTemplate('{{path}} is {{type}}.', { path: 'x' })).toThrow(/type/);
  });

  it('are typed: a report names a message id of the rule and exactly its params', () => {
    const rule = defineRule({
      id: 'test-rule',
      severity: 'info',
      description: 'A rule for the type test.',
      messages: { one: '{{path}} is odd.' },
      check({ report }) {
        report({ product: 'p', file: 'f', line: 1, messageId: 'one', data: { path: 'A' } });
        // @ts-expect-error a param the template does not name
        report({ product: 'p', file: 'f', line: 1, messageId: 'one', data: { pth: 'A' } });
        // @ts-expect-error a message id the rule does not have
        report({ product: 'p', file: 'f', line: 1, messageId: 'two', data: { path: 'A' } });
      },
    });
    const out: string[] = [];
    expect(() => rule.check({ model: model(), report: (f) => out.push(f.message) })).toThrow(/path/);
    expect(out).toEqual(['A is odd.']);
  });
});
