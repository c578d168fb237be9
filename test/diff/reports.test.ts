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
    expect(json.changes).toEqual([
      {
        kind: 'description-changed', breaking: false, bump: 'patch', product: 'p', event: 'E', version: null, field: 'F', before: 'a', after: 'b', lang: 'zh', file: null, line: null,
        where: { old: null, new: null }, section: null, evidence: null, words: [{ op: 'removed', text: 'a' }, { op: 'added', text: 'b' }], accepted: null,
      },
    ]);
  });

  it('a description change is a word diff: both full texts in JSON, the changed words marked in Markdown and HTML, even past any cell limit', () => {
    const head = 'The recording stops when the room closes and every user has left the room; '.repeat(6);
    const c = change({ field: 'F', lang: 'en', before: `${head}the time is in seconds.`, after: `${head}the time is in milliseconds.` });
    const json = JSON.parse(diffJson(report([c]))) as { changes: Array<{ before: string; after: string; words: Array<{ op: string; text: string }> }> };
    expect(json.changes[0].before).toBe(c.before);
    expect(json.changes[0].after).toBe(c.after);
    expect(json.changes[0].words.filter((w) => w.op !== 'same')).toEqual([{ op: 'removed', text: 'seconds' }, { op: 'added', text: 'milliseconds' }]);
    const md = diffMarkdown(report([c]));
    const row = md.split('\n').find((l) => l.includes('description-changed'))!;
    expect(row).toContain('the time is in <del>seconds</del>.');
    expect(row).toContain('the time is in <ins>milliseconds</ins>.');
    expect(row.length).toBeLessThan(400);
    const page = diffHtml(report([c]));
    expect(page).toContain(`<td class="before">${head}the time is in <del>seconds</del>.</td>`);
    expect(page).toContain('<ins>milliseconds</ins>');
    // marked words are escaped like the rest
    const hostile = diffMarkdown(report([change({ field: 'F', before: 'x', after: 'x <img src=y> |' })]));
    expect(hostile).toContain('<ins> &lt;img src=y&gt; \\|</ins>');
  });

  it('labels the old and the new place of a change', () => {
    const removed = change({ kind: 'field-removed', breaking: true, bump: 'major', field: 'Gone', file: 'old/a.md', line: 3, where: { old: { file: 'old/a.md', line: 3 } } });
    const retyped = change({ kind: 'field-retyped', breaking: true, bump: 'major', field: 'T', file: 'new/a.md', line: 9, where: { old: { file: 'old/a.md', line: 7 }, new: { file: 'new/a.md', line: 9 } } });
    const md = diffMarkdown(report([removed, retyped]));
    expect(md.split('\n').find((l) => l.includes('| Gone |'))).toMatch(/\| old old\/a\.md:3 \|$/);
    expect(md.split('\n').find((l) => l.includes('| T |'))).toMatch(/\| old old\/a\.md:7<br>new new\/a\.md:9 \|$/);
    expect(diffHtml(report([removed]))).toContain('<small>old old/<wbr>a.md:3</small>');
  });

  it('Markdown: a pipe, a line break or an @mention in doc text stays inside its cell', () => {
    const md = diffMarkdown(report([change({ field: 'F', before: 'a | b\nc', after: 'ask @octocat' })]));
    const row = md.split('\n').find((l) => l.includes('description-changed'))!;
    expect(row).toBe('|  | description-changed |  | F | <del>a \\| b c</del> | <ins>ask &#64;octocat</ins> |  |  |');
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
    // a long changed description is cut in its cell, past the point a reader needs
    const short = diffMarkdown(report([change({ field: 'F', before: 'y', after: long })]));
    expect(short).toContain(`${'x'.repeat(400)}…`);
    expect(short).not.toContain('x'.repeat(401));
    // other long values are cut at the cell limit
    const value = diffMarkdown(report([change({ kind: 'field-retyped', field: 'F', after: long })]));
    expect(value).toContain(`${'x'.repeat(240)}…`);
    expect(value).not.toContain('x'.repeat(241));
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
