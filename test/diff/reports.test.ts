import { describe, expect, it } from 'vitest';
import { summarize, type DocChange } from '../../generator/diff/changes.js';
import { diffHtml, scriptJson } from '../../generator/emit/diff-report/diff-html.js';
import { diffJson } from '../../generator/emit/diff-report/diff-json.js';
import { COMMENT_BUDGET, diffMarkdown } from '../../generator/emit/diff-report/diff-md.js';
import type { DiffReport } from '../../generator/emit/diff-report/report.js';

const change = (over: Partial<DocChange>): DocChange => ({ kind: 'description-changed', breaking: false, bump: 'patch', product: 'p', event: 'E', ...over });
const report = (changes: DocChange[]): DiffReport => ({ title: 'T', summary: summarize(changes), changes });

describe('diff formatters', () => {
  it('JSON: every key on every change, null when absent, in the documented order', () => {
    const json = JSON.parse(diffJson(report([change({ field: 'F', lang: 'zh', before: 'a', after: 'b' })]))) as { changes: Array<Record<string, unknown>> };
    expect(json.changes).toEqual([{ kind: 'description-changed', breaking: false, bump: 'patch', product: 'p', event: 'E', version: null, field: 'F', before: 'a', after: 'b', lang: 'zh', file: null, line: null, evidence: null }]);
  });

  it('Markdown: a pipe, a line break or an @mention in doc text stays inside its cell', () => {
    const md = diffMarkdown(report([change({ field: 'F', before: 'a | b\nc', after: 'ask @octocat' })]));
    const row = md.split('\n').find((l) => l.includes('description-changed'))!;
    expect(row).toBe('|  | description-changed |  | F | a \\| b c | ask &#64;octocat |  |  |');
  });

  it('Markdown: fits a pull-request comment by dropping non-breaking rows first, and says so', () => {
    const long = 'x'.repeat(1000);
    const many = Array.from({ length: 400 }, (_, i) => change({ event: `E${String(i).padStart(3, '0')}`, field: 'F', before: long, after: long }));
    const breaking = change({ kind: 'field-removed', breaking: true, bump: 'major', event: 'Z', field: 'Gone' });
    const md = diffMarkdown(report([...many, breaking]));
    expect(md.length).toBeLessThanOrEqual(COMMENT_BUDGET);
    expect(md).toContain('**1 breaking, 400 non-breaking — suggested bump: major**');
    expect(md).toContain('400 non-breaking changes are not listed here');
    expect(md).toContain('| **breaking** | field-removed |  | Gone |');
    // a long description is cut in its cell
    const short = diffMarkdown(report([change({ field: 'F', after: long })]));
    expect(short).toContain(`${'x'.repeat(240)}…`);
    expect(short).not.toContain('x'.repeat(241));
  });

  it('HTML: embedded data cannot close its script element', () => {
    expect(scriptJson({ a: '</script><script>alert(1)</script>' })).toBe('{"a":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}');
    const page = diffHtml(report([change({ field: '<b>F</b>', after: '</script>${x}' })]));
    expect(page.match(/<\/script>/g)).toHaveLength(2);
    expect(page).toContain('<code>&lt;b&gt;F&lt;/b&gt;</code>');
  });

  it('HTML and Markdown say so when nothing changed', () => {
    expect(diffMarkdown(report([]))).toContain('**0 breaking, 0 non-breaking — suggested bump: none**\n\nNo change.');
    expect(diffHtml(report([]))).toContain('<p>No change.</p>');
  });
});
