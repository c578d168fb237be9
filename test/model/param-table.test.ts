import { describe, expect, it } from 'vitest';
import { columnsOf, fieldNotes, fieldsFromItems, fieldsFromTable, nestDotted, nestPrefixed, tableKind, type TableContext } from '../../generator/model/param-table.js';
import type { Cell, CellItem, TableBlock } from '../../generator/parse/types.js';
import { draftField, t } from './passes/drafts.js';

// The parameter-table reader on small hand-written tables: columns, names, types, examples,
// nesting, and the diagnostics it gives on the way.
const cell = (text: string, extra: Partial<Cell> = {}): Cell => ({ text, raw: text, links: [], code: [], strong: false, ...extra });
const table = (header: string[], rows: Array<Array<string | Cell>>, extra: Partial<TableBlock> = {}): TableBlock => ({
  kind: 'table',
  dialect: 'gfm',
  header: header.map((h) => cell(h)),
  rows: rows.map((cells, i) => ({ cells: cells.map((c) => (typeof c === 'string' ? cell(c) : c)), line: 20 + i })),
  line: 19,
  ...extra,
});
const context = (): TableContext => ({ file: 'docs-src/p/zh/page.md', lang: 'zh', product: 'p', event: 'Ev', diagnostics: [], notes: fieldNotes() });
const read = (tb: TableBlock, reading = {}) => {
  const ctx = context();
  return { fields: fieldsFromTable(tb, ctx, reading), ctx };
};

describe('columnsOf and tableKind', () => {
  it('maps each header to its role, the first column of a role winning', () => {
    expect([...columnsOf(table(['参数名', '类型', '说明', 'Name'], []))]).toEqual([['name', 0], ['type', 1], ['description', 2]]);
  });

  it('reads a table whose type column holds only integers beside identifiers as a value table of constants', () => {
    const constants = table(['字段名', '类型', '含义'], [['MEMBER_ANCHOR', '20', '主播'], ['`MEMBER_VIEWER`', '21', '观众']]);
    expect(tableKind(constants)).toBe('values');
    expect(columnsOf(constants).get('value')).toBe(1);
    expect(columnsOf(constants).has('type')).toBe(false);
    // one type cell that is a type, or a name that is prose: a parameter table as before
    expect(tableKind(table(['字段名', '类型', '含义'], [['MEMBER_ANCHOR', '20', '主播'], ['Role', 'Integer', '角色']]))).toBe('params');
    expect(tableKind(table(['字段名', '类型', '含义'], [['主播 角色', '20', '主播'], ['观众', '21', '观众']]))).toBe('params');
  });

  it('finds the required column by its cells when no header names it, never a column already taken', () => {
    expect(columnsOf(table(['参数', '属性', '类型'], [['a', '**必填**', 'yes'], ['b', '`选填`', 'no']])).get('required')).toBe(1);
    expect(columnsOf(table(['参数', 'x'], [['a', '必填'], ['b', 'maybe']])).has('required')).toBe(false);
    expect(columnsOf(table(['参数', 'x'], [['a', '必填'], ['b']])).has('required')).toBe(false);
    expect(columnsOf(table(['参数', 'x'], [])).has('required')).toBe(false);
    expect(columnsOf(table(['必填', '参数', 'x'], [['是', 'a', '否']])).get('required')).toBe(0);
    // the first column may be it, and its words may be padded
    expect(columnsOf(table(['属性', '参数'], [[' 必填 ', 'a'], ['选填', 'b']])).get('required')).toBe(0);
  });

  it('tells the kind of a table from its columns', () => {
    expect(tableKind(table(['参数', '类型'], [], { role: 'errors' }))).toBe('errors');
    expect(tableKind(table(['参数', 'EventType'], []))).toBe('catalogue');
    expect(tableKind(table(['参数', '类型'], []))).toBe('params');
    expect(tableKind(table(['参数', '说明'], []))).toBe('other');
    expect(tableKind(table(['值', '含义'], []))).toBe('values');
    expect(tableKind(table(['值', '描述'], []))).toBe('values');
    expect(tableKind(table(['值', '类型'], []))).toBe('other');
    expect(tableKind(table(['类型', '含义'], []))).toBe('other');
  });
});

describe('fieldsFromTable: one field per row', () => {
  it('reads name, type, required-ness, description and source', () => {
    const { fields, ctx } = read(table(['参数', '类型', '必填', '说明'], [['`RoomId`', cell('String', { raw: '**String**' }), '否', '房间']]));
    expect(fields).toEqual([
      { name: 'RoomId', type: { kind: 'string' }, typeSpelling: '**String**', typeSource: 'documented', required: false, requiredReason: 'required column says "否"', nullable: false, description: { zh: '房间' }, sources: [{ file: 'docs-src/p/zh/page.md', line: 20, lang: 'zh' }] },
    ]);
    expect(ctx.diagnostics).toEqual([]);
    expect(ctx.notes.untyped.size).toBe(0);
  });

  it('no description is an empty description; required by default', () => {
    const [f] = read(table(['参数', '类型'], [['a', 'int']])).fields;
    expect([f.description, f.required, f.nullable]).toEqual([{}, true, false]);
  });

  it('skips a row without a name, saying so unless the row is blank', () => {
    const { fields, ctx } = read(table(['参数', '类型'], [['', 'int'], ['', ''], ['**', 'x'], ['b', 'int']]));
    expect(fields.map((f) => f.name)).toEqual(['b']);
    expect(ctx.diagnostics.map((d) => [d.code, d.line, d.field])).toEqual([['table-row-missing-name', 20, undefined], ['table-row-missing-name', 22, undefined]]);
    expect(ctx.diagnostics[0]).toMatchObject({ file: 'docs-src/p/zh/page.md', product: 'p', lang: 'zh', event: 'Ev', message: 'A parameter row has no name; it was skipped.' });
    expect(ctx.diagnostics[0]).not.toHaveProperty('version');
  });

  it('a repeated top-level row: the first stands, the second is reported', () => {
    const { fields, ctx } = read(table(['参数', '类型'], [['a', 'int'], ['a', 'string'], ['└b', 'int'], ['└b', 'int']]));
    expect(fields).toHaveLength(1);
    expect(fields[0].type).toEqual({ kind: 'object', fields: [expect.objectContaining({ name: 'b' }), expect.objectContaining({ name: 'b' })] });
    expect(ctx.diagnostics).toEqual([expect.objectContaining({ code: 'duplicate-field', field: 'a', line: 21, message: 'a is listed again (first at line 20); the first row is used.' })]);
  });

  it('a type cell holding a description becomes the description', () => {
    const { fields, ctx } = read(table(['参数', '类型', '说明'], [['a', cell('the id of the room', { raw: 'the *id* of the room' }), '']]));
    expect(fields[0].description).toEqual({ zh: 'the id of the room' });
    expect(fields[0].type).toEqual({ kind: 'unknown' });
    expect(ctx.notes.untyped.has(fields[0])).toBe(true);
    expect(ctx.diagnostics).toEqual([expect.objectContaining({ code: 'type-cell-holds-description', field: 'a', message: 'The type cell of a holds a description ("the id of the room"); it was read as the description and the type is taken from the example, or unknown.' })]);
  });

  it('names opened with dashes (`- name`, `-- id`) nest under the row above, one level per dash', () => {
    const { fields, ctx } = read(table(['参数名', '类型'], [['ext', 'Object'], ['- info', 'Object'], ['-- id', 'String'], ['- value', 'Integer'], ['next', 'String']]));
    const summary = (list: typeof fields, prefix = ''): string[] => list.flatMap((f) => [`${prefix}${f.name}`, ...(f.type.kind === 'object' ? summary(f.type.fields, `${prefix}${f.name}.`) : [])]);
    expect(summary(fields)).toEqual(['ext', 'ext.info', 'ext.info.id', 'ext.value', 'next']);
    expect(ctx.diagnostics).toEqual([]);
  });

  it('a meaning column (`字段名 | 类型 | 含义`) is the description of a parameter table', () => {
    const [f] = read(table(['字段名', '类型', '含义'], [['a', 'int', '房间号']])).fields;
    expect(f.description).toEqual({ zh: '房间号' });
  });

  it('a type cell that opens with a type and goes on with the description (`String: The channel name.`) gives both', () => {
    for (const [spelled, kind, rest] of [['String: The channel name.', 'string', 'The channel name.'], ['Number：用户 ID', 'number', '用户 ID'], ['Array of String. The user IDs.', 'array', 'The user IDs.']] as const) {
      const { fields, ctx } = read(table(['参数', '类型', '说明'], [['a', spelled, '']]));
      expect(fields[0].type.kind).toBe(kind);
      expect(fields[0].description).toEqual({ zh: rest });
      expect(ctx.diagnostics).toEqual([]);
    }
    // beside a description of its own, the cell stays a spelling the tool does not know
    expect(read(table(['参数', '类型', '说明'], [['a', 'String: The channel name.', 'desc']])).ctx.diagnostics.map((d) => d.code)).toEqual(['unknown-type-spelling']);
    // prose that merely starts with a type word is not a type
    expect(read(table(['参数', '类型', '说明'], [['a', 'String values of the room', '']])).fields[0].type).toEqual({ kind: 'unknown' });
  });

  it('a description-like type cell beside a description stays an unknown spelling, its text cut at 60', () => {
    const long = `${'word '.repeat(20)}end`;
    const { fields, ctx } = read(table(['参数', '类型', '说明'], [['a', long, 'desc']]));
    expect(fields[0].description).toEqual({ zh: 'desc' });
    expect(ctx.diagnostics[0]).toMatchObject({ code: 'unknown-type-spelling', message: `Type "${long.slice(0, 57)}…" of a is not a known spelling; it is typed from the example, or unknown.` });
    const exact = 'x'.repeat(60);
    expect(read(table(['参数', '类型'], [['a', exact]])).ctx.diagnostics[0].message).toBe(`Type "${exact}" of a is not a known spelling; it is typed from the example, or unknown.`);
  });

  it('an empty type cell, or no type column, is a missing type', () => {
    for (const tb of [table(['参数', '类型'], [['a', '']]), table(['参数', '说明'], [['a', 'x']])]) {
      const { fields, ctx } = read(tb);
      expect(fields[0].type).toEqual({ kind: 'unknown' });
      expect(fields[0].typeSpelling).toBeUndefined();
      expect(ctx.diagnostics).toEqual([expect.objectContaining({ code: 'missing-type', message: 'a has no type; it is taken from the example, or unknown.' })]);
      expect(ctx.notes.untyped.has(fields[0])).toBe(true);
    }
  });

  it('a table without a type column may type every row alike, a copy each', () => {
    const as = { kind: 'string' } as const;
    const { fields, ctx } = read(table(['参数', '说明'], [['a', 'x'], ['b', 'y']]), { untypedAs: as });
    expect(fields.map((f) => f.type)).toEqual([as, as]);
    expect(fields[0].type).not.toBe(as);
    expect(fields[0].type).not.toBe(fields[1].type);
    expect(ctx.diagnostics).toEqual([]);
    // a type column still wins
    expect(read(table(['参数', '类型'], [['a', 'int']]), { untypedAs: as }).fields[0].type).toEqual({ kind: 'integer' });
  });

  it('keeps the anchor links of the description, and of the type cell when the type is not read', () => {
    const links = [{ label: 'R', href: '#reason' }, { label: 'web', href: 'https://x/#y' }];
    const { fields, ctx } = read(table(['参数', '类型', '说明'], [['a', cell('String', { links: [{ label: 'S', href: '#s' }] }), cell('see', { links })], ['b', cell('-', { links: [{ label: 'T', href: '#t' }, { label: 'U', href: 'u.md' }] }), 'x'], ['c', 'int', 'plain']]));
    expect(fields.map((f) => ctx.notes.links.get(f))).toEqual([['reason'], ['t'], undefined]);
  });
});

describe('fieldsFromTable: examples', () => {
  const example = (type: string, text: string, code: string[] = []) => read(table(['参数', '类型', '示例'], [['a', type, cell(text, { code })]])).fields[0];
  it.each(['', ' ', '/', '-', 'None', 'null', '无', 'N/A'])('%j is no example', (text) => {
    expect(example('string', text)).not.toHaveProperty('example');
  });
  it('numbers for numeric types, booleans for booleans, the literal otherwise', () => {
    expect(example('int', '12').example).toBe(12);
    expect(example('number', '-1.25').example).toBe(-1.25);
    expect(example('int', '1.').example).toBe('1.');
    expect(example('int', '12 秒').example).toBe('12 秒');
    expect(example('string', '12').example).toBe('12');
    expect(example('bool', 'TRUE').example).toBe(true);
    expect(example('bool', 'false').example).toBe(false);
    expect(example('bool', 'yes').example).toBe('yes');
    expect(example('string', ' abc ').example).toBe('abc');
  });
  it('a word is a number, a boolean or no example only when it is the whole cell', () => {
    expect(example('int', 'v12').example).toBe('v12');
    expect(example('string', 'true').example).toBe('true');
    expect(example('bool', 'untrue').example).toBe('untrue');
    expect(example('bool', 'falsey').example).toBe('falsey');
    expect(example('string', 'a-').example).toBe('a-');
    expect(example('string', 'nonex').example).toBe('nonex');
  });
  it('one code span is the literal, trimmed', () => {
    expect(example('int', 'x `7` y', [' 7 ']).example).toBe(7);
  });
  it('several code spans of a string are open values, the first the example', () => {
    const f = example('string', 'a b a', [' a ', 'b', 'a']);
    expect(f.example).toBe(' a ');
    expect(f.enum).toEqual({ values: [{ value: 'a' }, { value: 'b' }], closed: false, source: 'example-column', line: 20 });
    expect(example('int', '1 2', ['1', '2'])).not.toHaveProperty('enum');
    const two = example('string', 'x y', ['x', 'y']);
    expect([two.example, two.enum?.values]).toEqual(['x', [{ value: 'x' }, { value: 'y' }]]);
  });
  it('an enum of the description wins over open values', () => {
    const f = read(table(['参数', '类型', '示例', '说明'], [['a', 'string', cell('x y', { code: ['x', 'y'] }), '值的集合为{AUTO，MANUAL}']])).fields[0];
    expect(f.enum?.source).toBe('description');
  });
});

describe('fieldsFromTable: names and nesting', () => {
  it('a name in one code span is kept verbatim; otherwise markup and tree prefixes go', () => {
    const { fields } = read(table(['参数', '类型'], [[cell('`__proto__`', { code: ['__proto__'] }), 'object'], [cell('└ `*/x`', { code: ['*/x'] }), 'int'], [cell('**b**'), 'int']]));
    expect(fields.map((f) => f.name)).toEqual(['__proto__', 'b']);
    expect(fields[0].type).toEqual({ kind: 'object', fields: [expect.objectContaining({ name: '*/x' })] });
  });

  it('a verbatim name is compared trimmed; a name with a tree mark inside is no nested row', () => {
    const { fields } = read(table(['参数', '类型'], [[cell('` *a* `', { code: [' *a* '] }), 'object'], [cell('└ ` *b* `', { code: [' *b* '] }), 'int'], ['└ └ c', 'int'], ['x└y', 'int']]));
    expect(fields.map((f) => f.name)).toEqual(['*a*', 'x└y']);
    const a = fields[0].type.kind === 'object' ? fields[0].type.fields : [];
    expect(a.map((f) => f.name)).toEqual(['*b*']);
    expect(a[0].type.kind === 'object' && a[0].type.fields.map((f) => f.name)).toEqual(['c']);
  });

  it('a table without a name column gives no field, and says so of each row', () => {
    const { fields, ctx } = read(table(['类型', '说明'], [['int', 'a'], ['string', 'b']]));
    expect(fields).toEqual([]);
    expect(ctx.diagnostics.map((d) => [d.code, d.line])).toEqual([['table-row-missing-name', 20], ['table-row-missing-name', 21]]);
  });

  it('a code span that is not the whole name is not taken verbatim', () => {
    const { fields } = read(table(['参数', '类型'], [[cell('a `b`', { code: ['b'] }), 'int'], [cell('` `', { code: [' '] }), 'int'], [cell('`x` `y`', { code: ['x', 'y'] }), 'int']]));
    expect(fields.map((f) => f.name)).toEqual(['a b', 'x y']);
  });

  it('└ rows are fields of the row above, one level per mark, array rows giving their items fields', () => {
    const { fields } = read(table(['参数', '类型'], [['list', 'Array'], ['└id', 'int'], ['└└deep', 'int'], ['├ obj', 'String'], ['top', 'int']]));
    expect(fields.map((f) => f.name)).toEqual(['list', 'top']);
    const items = fields[0].type.kind === 'array' ? fields[0].type.items : undefined;
    expect(items?.kind === 'object' && items.fields.map((f) => [f.name, f.type.kind])).toEqual([['id', 'object'], ['obj', 'string']]);
  });

  it('dotted names nest, unless names are read flat', () => {
    const rows = [['Error.Code', 'int'], ['Error.Message', 'string']];
    expect(read(table(['参数', '类型'], rows)).fields.map((f) => [f.name, f.type.kind === 'object' && f.type.fields.map((c) => c.name)])).toEqual([['Error', ['Code', 'Message']]]);
    expect(read(table(['参数', '类型'], rows), { flatNames: true }).fields.map((f) => f.name)).toEqual(['Error.Code', 'Error.Message']);
  });

  it('list items of a container row are its fields; of a string row, its values', () => {
    const items: CellItem[] = [
      { text: '`userUuid`: String. The user ID.', code: ['userUuid'], items: [] },
      { text: '`role`: Integer. The role.', code: ['role'], items: [] },
    ];
    const { fields } = read(table(['参数', '类型', '说明'], [['user', 'Object', cell('contains:', { items })], ['s', 'String', cell('one of: AUTO：a', { items })]]));
    expect(fields[0].type.kind === 'object' && fields[0].type.fields.map((f) => f.name)).toEqual(['userUuid', 'role']);
    expect(fields[1].type).toEqual({ kind: 'string' });
  });

  it('list items of an array row are the fields of its items; of a row of unknown type, its fields; of an integer row, nothing', () => {
    const items: CellItem[] = [{ text: 'id: String.', code: [], items: [] }, { text: 'n: Integer.', code: [], items: [] }];
    const { fields } = read(table(['参数', '类型', '说明'], [['list', 'Array', cell('each:', { items })], ['any', '', cell('has:', { items })], ['num', 'int', cell('has:', { items })]]));
    expect(fields[0].type).toEqual({ kind: 'array', items: { kind: 'object', fields: [expect.objectContaining({ name: 'id' }), expect.objectContaining({ name: 'n' })] } });
    expect(fields[1].type.kind === 'object' && fields[1].type.fields.map((f) => f.name)).toEqual(['id', 'n']);
    expect(fields[2].type).toEqual({ kind: 'integer' });
  });

  it('items that are fields replace an enum read from the description', () => {
    const items: CellItem[] = [{ text: 'a: String.', code: [], items: [] }];
    const f = read(table(['参数', '类型', '说明'], [['o', 'Object', cell('AUTO: x MANUAL: y', { items })]])).fields[0];
    expect(f).not.toHaveProperty('enum');
    expect(f.type.kind === 'object' && f.type.fields.map((x) => x.name)).toEqual(['a']);
  });
});

describe('fieldsFromItems', () => {
  const ctx = context();
  const item = (text: string, items: CellItem[] = []): CellItem => ({ text, code: [], items });
  it('reads name, type and description in both languages', () => {
    const out = fieldsFromItems([item('`userUuid`: String. The user ID.'), item('name：String 型，用户名。'), item('n: 整数'), item('age : Integer, conditional only returned when x')], ctx, 7);
    expect(out.map((f) => [f.name, f.type.kind, f.typeSpelling, f.description, f.required])).toEqual([
      ['userUuid', 'string', 'String', { zh: 'The user ID.' }, true],
      ['name', 'string', 'String', { zh: '用户名。' }, true],
      ['n', 'integer', '整数', {}, true],
      ['age', 'integer', 'Integer', { zh: 'conditional only returned when x' }, false],
    ]);
    expect(out[0].sources).toEqual([{ file: 'docs-src/p/zh/page.md', line: 7, lang: 'zh' }]);
    expect(out.every((f) => f.typeSource === 'documented')).toBe(true);
    expect(fieldsFromItems([item('a: String. text  ')], ctx, 1)[0].description).toEqual({ zh: 'text' });
  });
  it('skips items that are no field or whose type is not read', () => {
    expect(fieldsFromItems([item('just text'), item('a: Varchar thing.'), item('1a: String.'), item('x `a`: String')], ctx, 1)).toEqual([]);
  });
  it('nested items are the fields of an object, or the values of a field', () => {
    const [obj, num] = fieldsFromItems([item('o: Object', [item('x: String')]), item('role: Integer', [item('`1`: Teacher'), item('`-2`: Student'), item('bad')])], ctx, 1);
    expect(obj.type).toEqual({ kind: 'object', fields: [expect.objectContaining({ name: 'x' })] });
    expect(num.enum?.values).toEqual([{ value: 1, description: { zh: 'Teacher' } }, { value: -2, description: { zh: 'Student' } }]);
    const [one] = fieldsFromItems([item('role: Integer', [item('1: Teacher')])], ctx, 1);
    expect(one).not.toHaveProperty('enum');
  });
  it('a value item: a number or a name, in a code span or not, before a colon, spaces around', () => {
    const values = (...texts: string[]) => fieldsFromItems([item('v: String', texts.map((x) => item(x)))], ctx, 1)[0].enum?.values.map((v) => v.value);
    expect(values('AUTO：a', ' `MANUAL` : m', 'Ab_1:z')).toEqual(['AUTO', 'MANUAL', 'Ab_1']);
    const numbers = (...texts: string[]) => fieldsFromItems([item('v: Integer', texts.map((x) => item(x)))], ctx, 1)[0].enum?.values.map((v) => [v.value, v.description]);
    expect(numbers('10: ten', '`-25`:  minus')).toEqual([[10, { zh: 'ten' }], [-25, { zh: 'minus' }]]);
    // not a value: text before the value, a word after it, no colon
    expect(values('x AUTO: a', 'MANUAL: m')).toBeUndefined();
    expect(values('AUTO x: a', 'MANUAL: m')).toBeUndefined();
    expect(values('AUTO a', 'MANUAL: m')).toBeUndefined();
    expect(values('`AUTO: a', 'MANUAL: m')).toEqual(['AUTO', 'MANUAL']);
  });
});

describe('nestPrefixed and nestDotted', () => {
  it('nestPrefixed: a deeper row goes under the nearest shallower one; a row without a parent stays at the top', () => {
    const a = draftField('a', t.string, 'zh');
    const b = draftField('b', t.string, 'zh');
    const c = draftField('c', t.string, 'zh');
    const out = nestPrefixed([{ field: a, depth: 0 }, { field: b, depth: 1 }, { field: c, depth: 2 }, { field: draftField('d', t.string, 'zh'), depth: 2 }, { field: draftField('e', t.string, 'zh'), depth: 0 }, { field: draftField('f', t.string, 'zh'), depth: 2 }]);
    expect(out.map((f) => f.name)).toEqual(['a', 'e', 'f']);
    expect(a.type.kind === 'object' && a.type.fields.map((f) => f.name)).toEqual(['b']);
    expect(b.type.kind === 'object' && b.type.fields.map((f) => f.name)).toEqual(['c', 'd']);
  });

  it('nestDotted: a parent row given later fills the made-up parent; a conditional child makes it optional', () => {
    const notes = fieldNotes();
    const code = draftField('E.Code', t.string, 'zh', { required: false, requiredReason: 'if x' });
    notes.untyped.add(code);
    const out = nestDotted([code, draftField('E', t.object([]), 'zh', { description: { zh: 'err' } }), draftField('E.Msg', t.string, 'zh')], notes);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ name: 'E', description: { zh: 'err' }, required: true });
    expect(out[0].type.kind === 'object' && out[0].type.fields.map((f) => f.name)).toEqual(['Code', 'Msg']);
    const [child, typed] = out[0].type.kind === 'object' ? out[0].type.fields : [];
    expect(notes.untyped.has(child)).toBe(true);
    expect(notes.untyped.has(typed)).toBe(false);
  });

  it('nestDotted: a made-up parent is required while every child is, optional with the reason otherwise', () => {
    const made = nestDotted([draftField('E.A', t.string, 'zh'), draftField('E.B', t.string, 'zh', { required: false, requiredReason: 'if x' }), draftField('E.C', t.string, 'zh', { required: false, requiredReason: 'if y' })], fieldNotes());
    expect(made[0]).toMatchObject({ name: 'E', required: false, requiredReason: 'parent of dotted fields; optional because E.B is conditional (if x)', typeSource: 'documented', nullable: false, description: {}, sources: [{ file: 'docs-src/p/zh/page.md', line: 10, lang: 'zh' }] });
    const all = nestDotted([draftField('E.A', t.string, 'zh')], fieldNotes());
    expect(all[0]).toMatchObject({ required: true, requiredReason: 'parent of dotted fields; required because every child is' });
  });

  it('nestDotted: a documented object row keeps its own required-ness; a row of another type is no parent', () => {
    const out = nestDotted([draftField('E', t.object([]), 'zh'), draftField('E.A', t.string, 'zh', { required: false })], fieldNotes());
    expect(out.map((f) => [f.name, f.required])).toEqual([['E', true]]);
    expect(out[0].type).toEqual({ kind: 'object', fields: [expect.objectContaining({ name: 'A' })] });
    // a string row is no parent: the dotted rows get a parent of their own
    const apart = nestDotted([draftField('S', t.string, 'zh'), draftField('S.A', t.string, 'zh')], fieldNotes());
    expect(apart.map((f) => [f.name, f.type.kind])).toEqual([['S', 'string'], ['S', 'object']]);
  });

  it('nestDotted: a leading or trailing dot is part of the name; deeper dots nest again', () => {
    expect(nestDotted([draftField('.a', t.string, 'zh'), draftField('b.', t.string, 'zh')], fieldNotes()).map((f) => f.name)).toEqual(['.a', 'b.']);
    const [x] = nestDotted([draftField('x.y.z', t.string, 'zh')], fieldNotes());
    const y = x.type.kind === 'object' ? x.type.fields[0] : undefined;
    expect([x.name, y?.name, y?.type.kind === 'object' && y.type.fields.map((f) => f.name)]).toEqual(['x', 'y', ['z']]);
  });
});

