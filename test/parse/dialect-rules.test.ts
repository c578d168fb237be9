import { describe, expect, it } from 'vitest';
import { isComponentTagLine, normaliseDialectLines } from '../../generator/parse/dialect-lines.js';
import type { CodeBlock } from '../../generator/parse/types.js';
import { parseSnippet } from '../helpers/snippet.js';

const codes = (text: string): CodeBlock[] => parseSnippet(text).blocks.filter((b): b is CodeBlock => b.kind === 'code');

describe('fences: <dx-codeblock> and ::: JSON', () => {
  it('reads a ::: fence inside <dx-codeblock> as a code block with its language and line', () => {
    const [c] = codes('## 示例\n\n<dx-codeblock>\n::: JSON JSON\n{\n\n  "a": 1\n}\n:::\n</dx-codeblock>\n\nafter\n');
    expect(c).toMatchObject({ kind: 'code', lang: 'json', text: '{\n\n  "a": 1\n}', line: 5 });
  });

  it('reads a ::: container holding JSON under a title that is no language as code', () => {
    const [c] = codes('::: 示例\n{"a": 1}\n:::\n');
    expect(c).toMatchObject({ lang: null, text: '{"a": 1}', line: 2 });
  });

  it('keeps a ::: container that is not code transparent: its content is read as Markdown', () => {
    const doc = parseSnippet('::: tip 注意\n**Bold** text\n:::\n\n::: Java\n```java\nint a;\n```\n:::\n');
    expect(doc.blocks).toMatchObject([
      { kind: 'paragraph', text: 'Bold text', line: 2 },
      { kind: 'code', lang: 'java', text: 'int a;', line: 7 },
    ]);
  });

  it('leaves ::: inside a ``` fence alone', () => {
    expect(normaliseDialectLines('```\n::: JSON\n{}\n:::\n```')).toBe('```\n::: JSON\n{}\n:::\n```');
  });
});

describe('HTML <pre> blocks', () => {
  it('reads <pre><code class="language-json"> as a code block with its language and line', () => {
    const [c] = codes('示例：\n\n<pre><code class="language-json">{\n\n  "a": 1\n}\n</code></pre>\n');
    expect(c).toMatchObject({ kind: 'code', lang: 'json', text: '{\n\n  "a": 1\n}', line: 3 });
  });

  it('reads a bare <pre> as code without a language', () => {
    const [c] = codes('<pre>\n{"a": 1}\n</pre>\n');
    expect(c).toMatchObject({ lang: null, text: '{"a": 1}', line: 2 });
  });
});

describe('MDX components are transparent', () => {
  it('reads the content of <Accordion>, <Tabs> and <Note> and drops their tags, keeping line numbers', () => {
    const doc = parseSnippet('<Accordion title="展开">\n#### 参数\n\n| a | b |\n| - | - |\n| x | y |\n</Accordion>\n<Tabs>\n<Note title="说明">\n注意 `x`。\n</Note>\n</Tabs>\n<MediaMsgBody />\n');
    expect(doc.blocks.map((b) => [b.kind, b.line])).toEqual([
      ['heading', 2],
      ['table', 4],
      ['paragraph', 10],
    ]);
    expect(doc.blocks[2]).toMatchObject({ text: '注意 x。', code: ['x'] });
  });

  it('tells component tag lines from HTML and prose', () => {
    expect(['<Tabs>', '  </Note>', '<dx-codeblock>', '<Note title="说明">', '<Foo.Bar />', '<MediaMsgBodyDescriptionZh />'].every(isComponentTagLine)).toBe(true);
    expect(['<table>', '<div id="x">', '<Note>text</Note>', 'a <Tabs>', '<br/>'].some(isComponentTagLine)).toBe(false);
  });
});

describe('anchors and lists', () => {
  it('records [](id:x) as an anchor, not as a link or text', () => {
    const doc = parseSnippet('>? [](id:key)key 为回调密钥。\n\n[](id:other)\n\n## 标题\n');
    expect(doc.blocks).toMatchObject([
      { kind: 'anchor', id: 'key', line: 1 },
      { kind: 'paragraph', text: 'key 为回调密钥。', links: [] },
      { kind: 'anchor', id: 'other', line: 3 },
      { kind: 'heading', text: '标题' },
    ]);
  });

  it('drops the admonition marker of >? and >! quotes', () => {
    const doc = parseSnippet('>! 注意：不要这样。\n\n> ?不是标记\n');
    expect(doc.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.kind))).toEqual(['注意：不要这样。', '?不是标记']);
  });

  it('flags list paragraphs, and only them', () => {
    const doc = parseSnippet('- one\n- two\n\n> quote\n\nplain\n');
    expect(doc.blocks.map((b) => (b.kind === 'paragraph' ? [b.text, b.list ?? false] : b.kind))).toEqual([
      ['one\ntwo', true],
      ['quote', false],
      ['plain', false],
    ]);
  });
});
