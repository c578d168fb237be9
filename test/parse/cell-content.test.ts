import { describe, expect, it } from 'vitest';
import { cellContent, cellText, isAnchorHref } from '../../generator/parse/cell-content.js';
import { htmlFragment } from '../../generator/parse/inline-hast.js';

const read = (html: string, keepLineBreaks?: boolean) => cellContent(htmlFragment(html), keepLineBreaks === undefined ? undefined : { keepLineBreaks });

describe('cellContent', () => {
  it('reads text, links and code, with tags of components and unknown elements transparent', () => {
    expect(read('see <a href="#rf">Record <b>File</b></a> and <code>a  b</code> <Note>x</Note>')).toEqual({
      text: 'see Record File and a b x',
      links: [{ label: 'Record File', href: '#rf' }],
      code: ['a  b'],
      strong: false,
      anchors: [],
    });
  });

  it('finds links and code nested deep, and in order', () => {
    const c = read('<div><p><a href="u1">one</a></p><span><code>c1</code><a href="u2"> two </a></span></div><code>c2</code>');
    expect(c.links).toEqual([
      { label: 'one', href: 'u1' },
      { label: 'two', href: 'u2' },
    ]);
    expect(c.code).toEqual(['c1', 'c2']);
  });

  it('reads anchors from span, a and div ids and names, and from [](id:x) links, which are no links', () => {
    const c = read('<span id="s"></span><a name="n"></a><div id="d">x</div><p id="p">y</p><a href="id:key"></a><span id=""></span><a href="id:">z</a>');
    expect(c.anchors).toEqual(['s', 'n', 'd', 'key']);
    expect(c.links).toEqual([{ label: 'z', href: 'id:' }]);
  });

  it('takes no link from an <a> without a target', () => {
    expect(read('<a>x</a>').links).toEqual([]);
  });

  it('takes links and id: anchors from <a> only, and no anchor from an empty name', () => {
    expect(read('<span href="u">x</span>')).toMatchObject({ links: [], anchors: [] });
    expect(read('<span href="id:k"></span>').anchors).toEqual([]);
    expect(read('<a name=""></a><span id=""></span><div name="n"></div>').anchors).toEqual(['n']);
  });

  it('looks into <template> content', () => {
    expect(read('<template><code>t</code></template>').code).toEqual(['t']);
  });

  it('is strong when the only meaningful child is <strong> or <b>, blank text and comments aside', () => {
    expect(read('<strong>String</strong>').strong).toBe(true);
    expect(read('  <b>String</b> <!-- c -->').strong).toBe(true);
    expect(read('<strong>a</strong> b').strong).toBe(false);
    expect(read('<strong>a</strong><b>b</b>').strong).toBe(false);
    expect(read('<i>a</i>').strong).toBe(false);
    expect(read('a').strong).toBe(false);
  });

  it('reads top-level list items, nested as written, each with its own text and code', () => {
    const c = read('状态：<ul><li><code>1</code>：待机<ul><li><code>1a</code> sub</li></ul></li><li>运行\n中</li></ul>');
    expect(c.items).toEqual([
      { text: '1：待机', code: ['1'], items: [{ text: '1a sub', code: ['1a'], items: [] }] },
      { text: '运行 中', code: [], items: [] },
    ]);
    expect(c.text).toBe('状态：\n1：待机\n1a sub\n运行 中');
  });

  it('reads bare <li> items and those inside other elements; no items key without items', () => {
    expect(read('<li>a</li><li>b</li>').items?.map((i) => i.text)).toEqual(['a', 'b']);
    expect(read('<div><ol><li>x</li></ol></div>').items?.map((i) => i.text)).toEqual(['x']);
    expect('items' in read('plain')).toBe(false);
  });

  it('an item text drops nested lists but keeps the text of other elements inside it', () => {
    expect(read('<ul><li><b>bold</b> <ol><li>n</li></ol>tail<br>more</li></ul>').items?.[0].text).toBe('bold tail more');
  });

  it('an item keeps only its code spans, as written, and drops a list nested deeper in its elements', () => {
    expect(read('<ul><li><b>x</b> <code>a  b</code></li><li><b>y<ul><li>n</li></ul></b> t</li></ul>').items).toEqual([
      { text: 'x a b', code: ['a  b'], items: [] },
      { text: 'y t', code: [], items: [{ text: 'n', code: [], items: [] }] },
    ]);
  });
});

describe('cellText', () => {
  it('breaks lines at <br> and block elements and never leaves blank lines', () => {
    expect(cellText(htmlFragment('a<br><br>b<p>c</p>'))).toBe('a\nb\nc');
  });

  it('reads soft line breaks as spaces unless asked to keep them', () => {
    expect(cellText(htmlFragment('a\nb'))).toBe('a b');
    expect(cellText(htmlFragment('a\nb'), { keepLineBreaks: true })).toBe('a\nb');
    expect(read('a\n\nb', true).text).toBe('a\nb');
    expect(read('a\nb', false).text).toBe('a b');
  });
});

describe('isAnchorHref', () => {
  it('is an id: target with a name and no spaces', () => {
    expect(isAnchorHref('id:key')).toBe(true);
    expect(isAnchorHref('id:')).toBe(false);
    expect(isAnchorHref('id:a b')).toBe(false);
    expect(isAnchorHref('xid:a')).toBe(false);
    expect(isAnchorHref('#id:a')).toBe(false);
  });
});
