import { describe, expect, it } from 'vitest';
import { anchorIds, decodeEntities, htmlToText, markdownLinks, stripMarkup, tidy } from '../../generator/parse/inline-text.js';
import { collectJsonLines, textCell } from '../../generator/parse/line-tools.js';

describe('htmlToText', () => {
  it('turns <br> in every spelling into a line break', () => {
    expect(htmlToText('a<br>b<BR/>c<br />d')).toBe('a\nb\nc\nd');
  });

  it('turns list, paragraph and div tags into line breaks, and drops other tags', () => {
    expect(htmlToText('<ul><li>x</li></ul>')).toBe('\n\nx\n\n');
    expect(htmlToText('<OL class="n"><LI>x</LI></OL><p>y</p><div>z</div>')).toBe('\n\nx\n\n\ny\n\nz\n');
    expect(htmlToText('<span id="s">a</span><b>b</b><link>c')).toBe('abc');
    // `<lia>` is not `<li>`
    expect(htmlToText('<lia>x</lia>')).toBe('x');
  });

  it('decodes entities after dropping tags, so an escaped tag stays text', () => {
    expect(htmlToText('&lt;br&gt; &amp;lt;')).toBe('<br> &lt;');
  });
});

describe('decodeEntities', () => {
  it('decodes each entity, every occurrence, &amp; last', () => {
    expect(decodeEntities('a&nbsp;b&nbsp;c &lt;&lt; &gt;&gt; &quot;&quot; &#39;&#39; &amp;&amp;')).toBe('a b c << >> "" \'\' &&');
    expect(decodeEntities('&amp;quot;')).toBe('&quot;');
  });
});

describe('anchorIds', () => {
  it('reads id and name of span, a and div tags, quoted or not, in any case', () => {
    expect(anchorIds('<span id="x"></span> <a name=\'y\'></a> <DIV ID = z>  <span class="c" id= "image">')).toEqual(['x', 'y', 'z', 'image']);
  });

  it('ignores other tags and attributes that only end in id', () => {
    expect(anchorIds('<p id="p"></p> <span data-id="d"></span> <spanx id="q">')).toEqual([]);
  });
});

describe('markdownLinks and stripMarkup', () => {
  it('reads every [label](href), the label without bold or code marks', () => {
    expect(markdownLinks('see [**A** `b`](#a) and [c](http://x/y)')).toEqual([
      { label: 'A b', href: '#a' },
      { label: 'c', href: 'http://x/y' },
    ]);
  });

  it('takes no link whose target holds a space', () => {
    expect(markdownLinks('[a](b c)')).toEqual([]);
  });

  it('stripMarkup drops **, __ and backticks and trims', () => {
    expect(stripMarkup('  **a** __b__ `c`  ')).toBe('a b c');
    expect(stripMarkup('a*b_c')).toBe('a*b_c');
  });
});

describe('tidy', () => {
  it('collapses spaces, tabs and no-break spaces in each line and trims the lines', () => {
    expect(tidy('  a \t\u00a0 b  \n  c  ')).toBe('a b\nc');
  });

  it('keeps one blank line between paragraphs, drops runs of them and leading or trailing ones', () => {
    expect(tidy('\n\na\n\n\n\nb\n\n')).toBe('a\n\nb');
    expect(tidy('a\n \n\t\nb')).toBe('a\n\nb');
  });
});

describe('textCell', () => {
  it('reads the text without markup, with its links, code and the raw text', () => {
    expect(textCell('  **Bold** [Label](#l) `c1` a<br>b &amp; `c2`  ')).toEqual({
      text: 'Bold Label c1 a\nb & c2',
      raw: '**Bold** [Label](#l) `c1` a<br>b &amp; `c2`',
      links: [{ label: 'Label', href: '#l' }],
      code: ['c1', 'c2'],
      strong: false,
    });
  });

  it('is strong only when the whole cell is one bold run', () => {
    expect(textCell(' **Type** ').strong).toBe(true);
    expect(textCell('**a** b').strong).toBe(false);
    expect(textCell('a **b**').strong).toBe(false);
    expect(textCell('__a__').text).toBe('a');
  });
});

describe('collectJsonLines', () => {
  it('collects a value over lines until its brackets balance', () => {
    const lines = ['before', '{', '  "a": [1,', '  2]', '}', 'after'];
    expect(collectJsonLines(lines, 1)).toEqual({ text: '{\n  "a": [1,\n  2]\n}', end: 5 });
  });

  it('ignores brackets in strings, escaped quotes included', () => {
    expect(collectJsonLines(['{"a": "}\\"}",', '"b": 1}', 'x'], 0)).toEqual({ text: '{"a": "}\\"}",\n"b": 1}', end: 2 });
    expect(collectJsonLines(['{"a": "\\\\"', '}', 'x'], 0)).toEqual({ text: '{"a": "\\\\"\n}', end: 2 });
  });

  it('does not carry an unclosed string over to the next line', () => {
    expect(collectJsonLines(['{"a": "x', '}', 'y'], 0)).toEqual({ text: '{"a": "x\n}', end: 2 });
    expect(collectJsonLines(['{"a": "x\\', '}', 'y'], 0)).toEqual({ text: '{"a": "x\\\n}', end: 2 });
  });

  it('stops an unbalanced value at the first blank line', () => {
    expect(collectJsonLines(['{', '"a": 1', '', 'rest'], 0)).toEqual({ text: '{\n"a": 1', end: 2 });
    expect(collectJsonLines(['{', '"a": 1', '   '], 0)).toEqual({ text: '{\n"a": 1', end: 2 });
  });

  it('runs to the end of the lines when nothing closes and no blank line comes', () => {
    expect(collectJsonLines(['[', '1'], 0)).toEqual({ text: '[\n1', end: 2 });
    expect(collectJsonLines(['x', 'y'], 0)).toEqual({ text: 'x\ny', end: 2 });
  });

  it('waits for a bracket to open, past blank lines, before it balances', () => {
    expect(collectJsonLines(['label', '', '[1]', 'z'], 0)).toEqual({ text: 'label\n\n[1]', end: 3 });
  });

  it('starts each line outside any escape: an empty string before a quoted bracket', () => {
    expect(collectJsonLines(['{"", "}"', '}'], 0)).toEqual({ text: '{"", "}"\n}', end: 2 });
    expect(collectJsonLines(['{', '"", "}"', '}'], 0)).toEqual({ text: '{\n"", "}"\n}', end: 3 });
  });

  it('collects from the start line only, also when it runs to the end', () => {
    expect(collectJsonLines(['a', '[', '1'], 1)).toEqual({ text: '[\n1', end: 3 });
  });

  it('stops when a line closes more than it opened', () => {
    expect(collectJsonLines(['[1]]', 'z'], 0)).toEqual({ text: '[1]]', end: 1 });
  });
});
