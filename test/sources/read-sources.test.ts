import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSources, sanitizeProduct } from '../../generator/sources/index.js';

const ZH = '## 回调事件\n\n| 参数名称 | 类型 | 描述 |\n| --- | --- | --- |\n| RoomId | String | 房间的唯一标识 |\n';
const EN_SCRAPED = 'Room events\nParameter | Type | Description\nRoomId | String | The room the event happened in, as given by the client.\n';

/** A docs folder written from `{ relative path: contents }`. */
async function docsFolder(root: string, files: Record<string, string | Buffer>): Promise<string> {
  const docs = path.join(root, 'docs');
  for (const [name, contents] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(docs, name)), { recursive: true });
    await writeFile(path.join(docs, name), contents);
  }
  return docs;
}

describe('readSources', () => {
  let tmp: string;
  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'docs2ts-sources-'));
  });
  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  it('detects product, language and format of pages the manifest does not name, and says which were detected', async () => {
    const root = path.join(tmp, 'detect');
    const docs = await docsFolder(root, {
      'manifest.json': JSON.stringify({ documents: [{ file: 'Room App/en/events.txt', lang: 'en', origin: 'hand-written' }] }, null, 2),
      'Room App/en/events.txt': EN_SCRAPED,
      'Room App/zh/events.md': ZH,
      'loose.txt': EN_SCRAPED,
    });
    const { docs: read, diagnostics } = await readSources(docs, { root });
    expect(diagnostics).toEqual([]);
    expect(read.map((d) => [d.file, d.product, d.lang, d.format, d.detected])).toEqual([
      ['docs/Room App/en/events.txt', 'room-app', 'en', 'scraped-text', { lang: false, format: true, product: true }],
      ['docs/Room App/zh/events.md', 'room-app', 'zh', 'markdown', { lang: true, format: true, product: true }],
      ['docs/loose.txt', 'default', 'en', 'scraped-text', { lang: true, format: true, product: true }],
    ]);
    expect(read[0].origin).toBe('hand-written');
  });

  it('lets the manifest override every detection', async () => {
    const root = path.join(tmp, 'override');
    const docs = await docsFolder(root, {
      'manifest.json': JSON.stringify({ documents: [{ file: 'x/zh/page.md', product: 'other', lang: 'en', format: 'scraped-text' }] }),
      'x/zh/page.md': ZH,
    });
    const { docs: read } = await readSources(docs, { root });
    expect(read.map((d) => [d.product, d.lang, d.format, d.detected])).toEqual([['other', 'en', 'scraped-text', { lang: false, format: false, product: false }]]);
  });

  it('reads pages in code-unit order, skipping configuration files, dot files, excluded folders and docs2ts outputs', async () => {
    const root = path.join(tmp, 'skip');
    const docs = await docsFolder(root, {
      'findings-baseline.json': '{}',
      'accepted-changes.json': '{}',
      'p/zh/b.md': ZH,
      'p/zh/B.md': ZH,
      'p/zh/a.md': ZH,
      'p/.hidden/page.md': ZH,
      'p/zh/.draft.md': ZH,
      'out/.docs2ts-output.json': '{"files":[]}',
      'out/p/zh/page.md': ZH,
      'cache/p/zh/page.md': ZH,
    });
    const { docs: read } = await readSources(docs, { root, exclude: [path.join(docs, 'cache')] });
    expect(read.map((d) => d.file)).toEqual(['docs/p/zh/B.md', 'docs/p/zh/a.md', 'docs/p/zh/b.md']);
  });

  it('normalises a BOM and CRLF line ends, and hashes the bytes as read', async () => {
    const root = path.join(tmp, 'bom');
    const docs = await docsFolder(root, { 'p/zh/a.md': `\uFEFF${ZH.replace(/\n/g, '\r\n')}`, 'p/zh/b.md': ZH });
    const { docs: read } = await readSources(docs, { root });
    expect(read[0].text).toBe(ZH);
    expect(read[0].hash).not.toBe(read[1].hash);
  });

  it('reports bad pages with their file and goes on: binary, not UTF-8, empty', async () => {
    const root = path.join(tmp, 'bad');
    const docs = await docsFolder(root, {
      'p/zh/binary.md': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]),
      'p/zh/latin1.md': Buffer.from('## Caf\xe9\n', 'latin1'),
      'p/zh/empty.md': '  \n',
      'p/zh/good.md': ZH,
    });
    const { docs: read, diagnostics } = await readSources(docs, { root });
    expect(read.map((d) => d.file)).toEqual(['docs/p/zh/empty.md', 'docs/p/zh/good.md', 'docs/p/zh/latin1.md']);
    expect(read[2].text).toBe('## Caf\uFFFD\n');
    expect(diagnostics.map((d) => [d.code, d.file, d.line, d.product])).toEqual([
      ['binary-file', 'docs/p/zh/binary.md', 1, 'p'],
      ['empty-document', 'docs/p/zh/empty.md', 1, 'p'],
      ['invalid-utf8', 'docs/p/zh/latin1.md', 1, 'p'],
    ]);
  });

  it('points a manifest entry for a missing page at its line, and still reads every page when the manifest is broken', async () => {
    const root = path.join(tmp, 'manifest');
    const manifest = '{\n  "documents": [\n    { "file": "p/zh/a.md" },\n    { "file": "p/zh/gone.md" }\n  ]\n}\n';
    const docs = await docsFolder(root, { 'manifest.json': manifest, 'p/zh/a.md': ZH });
    const { diagnostics } = await readSources(docs, { root });
    expect(diagnostics.map((d) => [d.code, d.severity, d.file, d.line, d.message])).toEqual([
      ['manifest-missing-file', 'warning', 'docs/manifest.json', 4, 'The manifest lists p/zh/gone.md, which is not in the docs folder.'],
    ]);

    await writeFile(path.join(docs, 'manifest.json'), '{\n  "documents": [\n    { "file": "p/zh/a.md", "lang": "en" ]\n}\n');
    const broken = await readSources(docs, { root });
    expect(broken.diagnostics.map((d) => [d.code, d.severity, d.file, d.line])).toEqual([['manifest-invalid', 'error', 'docs/manifest.json', 3]]);
    expect(broken.docs.map((d) => [d.file, d.lang, d.detected.lang])).toEqual([['docs/p/zh/a.md', 'zh', true]]);
  });
});

describe('sanitizeProduct', () => {
  it('folds any folder name to a lowercase id that starts with a letter', () => {
    expect(sanitizeProduct('rtc')).toBe('rtc');
    expect(sanitizeProduct('Room App')).toBe('room-app');
    expect(sanitizeProduct('--Live__Stream--')).toBe('live-stream');
    expect(sanitizeProduct('2024')).toBe('p-2024');
    expect(sanitizeProduct('直播')).toBe('p-default');
  });
});
