import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../generator/sources/manifest.js';

const FILE = 'docs/manifest.json';

/** `line: code: message` of each diagnostic, the way a person reads them. */
const problems = (text: string): string[] => parseManifest(text, FILE).diagnostics.map((d) => `${d.file}:${d.line}: ${d.severity} ${d.code}: ${d.message}`);

describe('parseManifest', () => {
  it('reads every entry, keyed by its posix path, keeping only the overrides it gives', () => {
    const text = JSON.stringify({ documents: [
      { file: 'p/zh/a.md', product: 'p', lang: 'zh', format: 'markdown', origin: 'hand-written' },
      { file: 'q\\en\\b.txt', lang: 'en' },
    ] }, null, 2);
    const { entries, diagnostics } = parseManifest(text, FILE);
    expect(diagnostics).toEqual([]);
    expect([...entries.keys()]).toEqual(['p/zh/a.md', 'q/en/b.txt']);
    expect(entries.get('p/zh/a.md')).toMatchObject({ product: 'p', lang: 'zh', format: 'markdown', origin: 'hand-written' });
    expect(entries.get('q/en/b.txt')).toMatchObject({ lang: 'en', product: undefined, format: undefined, origin: undefined });
  });

  it('reports a JSON syntax error at its own line and column, and ignores the manifest', () => {
    const text = '{\n  "documents": [\n    { "file": "p/zh/a.md" },\n    { "file": "p/zh/b.md", }\n  ]\n}\n';
    const { entries, diagnostics } = parseManifest(text, FILE);
    expect(entries.size).toBe(0);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'manifest-invalid', severity: 'error', file: FILE, line: 4 });
    expect(diagnostics[0].column).toBeGreaterThan(1);
    expect(diagnostics[0].message).toMatch(/not valid JSON/);
  });

  it('reports a manifest without a documents array at the line of what stands there', () => {
    expect(problems('{\n  "pages": []\n}\n')).toEqual([`${FILE}:1: error manifest-invalid: The manifest has no "documents" array; it was ignored.`]);
    expect(problems('{\n  "documents": {\n    "file": "p/zh/a.md"\n  }\n}\n')).toEqual([`${FILE}:2: error manifest-invalid: The manifest has no "documents" array; it was ignored.`]);
    expect(problems('[]')).toHaveLength(1);
  });

  it('gives each malformed entry the line of that entry, even after an entry without "file"', () => {
    const text = [
      '{',
      '  "documents": [',
      '    { "product": "p" },',
      '    {',
      '      "file": "p/zh/a.md",',
      '      "lang": "fr"',
      '    },',
      '    { "file": "p/zh/b.md", "format": "html" },',
      '    { "file": "p/zh/c.md", "product": "Bad Name" },',
      '    "p/zh/d.md",',
      '    { "file": "p/zh/e.md" }',
      '  ]',
      '}',
    ].join('\n');
    const { entries } = parseManifest(text, FILE);
    expect([...entries.keys()]).toEqual(['p/zh/e.md']);
    expect(problems(text)).toEqual([
      `${FILE}:3: error manifest-invalid: Manifest entry 0 has no "file"; it was ignored.`,
      `${FILE}:4: error manifest-invalid: Manifest entry for p/zh/a.md has lang "fr"; expected "zh" or "en". The entry was ignored.`,
      `${FILE}:8: error manifest-invalid: Manifest entry for p/zh/b.md has format "html"; expected one of markdown, scraped-text, api-page. The entry was ignored.`,
      `${FILE}:9: error manifest-invalid: Manifest entry for p/zh/c.md has product "Bad Name"; expected a lowercase name. The entry was ignored.`,
      `${FILE}:10: error manifest-invalid: Manifest entry 4 has no "file"; it was ignored.`,
    ]);
  });

  it('reports a second entry for the same page at its line and keeps the first', () => {
    const text = '{ "documents": [\n  { "file": "p/zh/a.md", "lang": "zh" },\n  { "file": "p/zh/a.md", "lang": "en" }\n] }\n';
    const { entries } = parseManifest(text, FILE);
    expect(entries.get('p/zh/a.md')?.lang).toBe('zh');
    expect(problems(text)).toEqual([`${FILE}:3: error manifest-invalid: Manifest entry for p/zh/a.md repeats the entry at line 2; it was ignored.`]);
  });

  it('records the line of each entry, for diagnostics about the page it names', () => {
    const text = '{ "documents": [\n  { "file": "p/zh/a.md" },\n\n  { "file": "p/zh/b.md" }\n] }\n';
    const { entries } = parseManifest(text, FILE);
    expect([...entries.values()].map((e) => e.line)).toEqual([2, 4]);
  });
});
