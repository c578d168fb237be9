// A/B of reading one big page in parts (issue 11): readMarkdown on N small tables or one N-row
// table, whole vs in segments/slices, each in its own process: CPU time and peak RSS.
// Run `npm run build` first.   node bench/parse-parts.mjs tables=3000 segmentChars=100000
//                              node bench/parse-parts.mjs rows=10000 sliceRows=500
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.split('=')));
const header = '| 参数名 | 类型 | 描述 |\n| --- | --- | --- |\n';
const head = (name) => `### ${name}\n\n**EventType**\n\n\`${name}\`\n\n**EventData**\n\n`;
const page = () => {
  const parts = [];
  if (args.rows) {
    parts.push(head('Big'), header);
    for (let i = 0; i < Number(args.rows); i++) parts.push(`| Field${i} | String | 第 ${i} 个字段的说明 |\n`);
  } else for (let i = 0; i < Number(args.tables); i++) parts.push(`${head(`Event${i}`)}${header}| RoomId | Integer | 房间号 |\n| UserId | String | 用户 |\n\n`);
  return parts.join('');
};
if (args.inner) {
  const { readMarkdown } = await import(path.join(root, 'dist/parse/markdown.js'));
  const { DEFAULT_LIMITS } = await import(path.join(root, 'dist/config/limits.js'));
  const text = page();
  const sizes = { sliceRows: Number(args.sliceRows ?? Infinity), segmentChars: Number(args.segmentChars ?? Infinity) };
  const c0 = process.cpuUsage();
  const doc = readMarkdown({ file: 'p.md', product: 'p', lang: 'zh', format: 'markdown', detected: { lang: false, format: false, product: false }, text, hash: '' }, { ...DEFAULT_LIMITS, maxTableRows: 1e9, maxTablesPerPage: 1e9 }, sizes);
  const c = process.cpuUsage(c0);
  process.stdout.write(JSON.stringify({ sizes: args.inner, bytes: text.length, blocks: doc.blocks.length, cpuMs: Math.round((c.user + c.system) / 1000), peakMb: Math.round(process.resourceUsage().maxRSS / 1024) }) + '\n');
  process.exit(0);
}
const what = args.rows ? `rows=${args.rows}` : `tables=${args.tables}`;
for (const parts of ['whole', args.rows ? `sliceRows=${args.sliceRows ?? 500}` : `segmentChars=${args.segmentChars ?? 1000000}`]) {
  const extra = parts === 'whole' ? [] : [parts];
  const r = spawnSync(process.execPath, ['--max-old-space-size=6144', import.meta.filename, what, `inner=${parts}`, ...extra], { encoding: 'utf8' });
  process.stdout.write(`${what} ${parts}: ${r.stdout.trim() || r.stderr.slice(-300)}\n`);
}
