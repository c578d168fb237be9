// Large single inputs (issue 11): one table of N rows, and N small tables on one page, with the
// per-page limits raised so the whole page is read. Each case runs in its own process (no cache),
// so its peak RSS is its own:
//   - `generate`: the pipeline as `docs2ts generate` runs it (dist/, then the atomic writer), with
//     the wall time of each stage, peak RSS, and the live heap once the model is built (after a
//     full GC: pages + per-page units + model, i.e. what parse and model keep per row);
//   - `remark`: a bare remark-parse + remark-gfm parse of the same file, the floor under our parse
//     (time, peak RSS, and the mdast it holds after a full GC).
// A case that runs past the timeout is reported as such. Prints a table and one JSON line per case.
// Run `npm run build` first.
//   node bench/large-inputs.mjs                      # 20k, 50k, 200k rows; 5k, 20k, 50k tables; bare remark up to 20k units
//   node bench/large-inputs.mjs rows=10000,20000 tables=5000 timeout=300 remark=0
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.split('=')));
const list = (v, d) => (v ?? d).split(',').filter(Boolean).map(Number);
const rows = list(args.rows, '20000,50000,200000');
const tables = list(args.tables, '5000,20000,50000');
const timeoutS = Number(args.timeout ?? 1800);
const withRemark = args.remark !== '0';
// bare remark needs ~35 KB per row and ~170 KB per table at its peak: above this many units it is skipped
const remarkMax = Number(args.remarkMax ?? 20000);

const header = '| 参数名 | 类型 | 描述 |\n| --- | --- | --- |\n';
const head = (name) => `### ${name}\n\n**EventType**\n\n\`${name}\`\n\n**EventData**\n\n`;

function oneTable(n) {
  const lines = [head('Big'), header];
  for (let i = 0; i < n; i++) lines.push(`| Field${i} | String | 第 ${i} 个字段的说明 |\n`);
  return lines.join('');
}

function manyTables(n) {
  const parts = [];
  for (let i = 0; i < n; i++) parts.push(`${head(`Event${i}`)}${header}| RoomId | Integer | 房间号 |\n| UserId | String | 用户 |\n\n`);
  return parts.join('');
}

// the child processes: `inner generate WORK` and `inner remark FILE`; each prints one JSON line
if (args.inner === 'generate') {
  const work = args.work;
  const { generateAll } = await import(path.join(root, 'dist/pipeline.js'));
  const { writeOutputDir } = await import(path.join(root, 'dist/cli/write-output.js'));
  const { loadConfig } = await import(path.join(root, 'dist/config/index.js'));
  const { config } = await loadConfig(work);
  process.chdir(work);
  globalThis.gc();
  const baseHeap = process.memoryUsage().heapUsed;
  const stages = {};
  let liveAfterModel = 0;
  // peak RSS up to the end of the model (sources, parse, model): what reading the page costs, before
  // the emit of whatever events the page gives
  let peakThroughModel = 0;
  const started = performance.now();
  const result = await generateAll(config.docs, {
    limits: config.limits,
    printerWorker: true,
    onStage: (stage, ms) => {
      stages[stage.split(' ')[0]] = Math.round(ms);
      if (stage === 'model') {
        globalThis.gc();
        liveAfterModel = process.memoryUsage().heapUsed - baseHeap;
        peakThroughModel = process.resourceUsage().maxRSS / 1024;
      }
    },
  });
  const t = performance.now();
  await writeOutputDir(config.out, result.files, { docsDir: config.docs, cacheDir: config.cacheDir });
  stages.write = Math.round(performance.now() - t);
  const limitFindings = result.findings.filter((f) => /too-many|too-large/.test(f.code)).length;
  process.stdout.write(`${JSON.stringify({ ms: Math.round(performance.now() - started), stages, liveAfterModelMb: liveAfterModel / 1048576, peakThroughModelMb: peakThroughModel, peakMb: process.resourceUsage().maxRSS / 1024, events: result.model.events.length, limitFindings })}\n`);
  process.exit(0);
}
if (args.inner === 'remark') {
  const { unified } = await import('unified');
  const remarkParse = (await import('remark-parse')).default;
  const remarkGfm = (await import('remark-gfm')).default;
  const text = await readFile(args.file, 'utf8');
  globalThis.gc();
  const baseHeap = process.memoryUsage().heapUsed;
  const started = performance.now();
  const tree = unified().use(remarkParse).use(remarkGfm).parse(text);
  const ms = Math.round(performance.now() - started);
  globalThis.gc();
  const mdastMb = (process.memoryUsage().heapUsed - baseHeap) / 1048576;
  process.stdout.write(`${JSON.stringify({ ms, mdastMb, peakMb: process.resourceUsage().maxRSS / 1024, nodes: tree.children.length })}\n`);
  process.exit(0);
}

function child(argv) {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, ['--expose-gc', '--max-old-space-size=6144', '--stack-size=4000', import.meta.filename, ...argv], { cwd: root });
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (d) => (stdout += d));
    proc.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => proc.kill('SIGKILL'), timeoutS * 1000);
    proc.on('close', (code, signal) => {
      clearTimeout(timer);
      const line = stdout.trim().split('\n').pop();
      let parsed;
      try {
        parsed = JSON.parse(line);
      } catch {
        parsed = undefined;
      }
      resolve({ exit: code, timedOut: signal === 'SIGKILL', ...(parsed ?? { error: stderr.slice(-500) }) });
    });
  });
}

async function runCase(label, text, units) {
  const work = await mkdtemp(path.join(os.tmpdir(), 'docs2ts-large-'));
  try {
    await mkdir(path.join(work, 'docs/big/zh'), { recursive: true });
    const file = path.join(work, 'docs/big/zh/page.md');
    await writeFile(file, text);
    const limits = { maxTableRows: 1_000_000, maxTablesPerPage: 1_000_000, maxPageBytes: 256 * 1024 * 1024 };
    await writeFile(path.join(work, 'docs2ts.config.json'), JSON.stringify({ docs: 'docs', out: 'out', cacheDir: '.cache', limits }));
    const generate = await child(['inner=generate', `work=${work}`]);
    const remark = withRemark && units <= remarkMax ? await child(['inner=remark', `file=${file}`]) : undefined;
    return { case: label, units, bytes: Buffer.byteLength(text), generate, remark };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

const results = [];
const report = (r) => {
  const g = r.generate;
  const per = (mb) => `${((mb * 1024) / r.units).toFixed(2)} KB`;
  const gen = g.timedOut ? `timed out after ${timeoutS} s` : g.error ? `failed (exit ${g.exit}): ${g.error}` : `${g.ms} ms (${(g.ms / r.units).toFixed(3)} ms/unit; ${Object.entries(g.stages).map(([k, v]) => `${k} ${v}`).join(', ')}), peak ${Math.round(g.peakMb)} MB (${per(g.peakMb)}/unit), peak through the model ${Math.round(g.peakThroughModelMb)} MB (${per(g.peakThroughModelMb)}/unit), live after model ${g.liveAfterModelMb.toFixed(1)} MB (${per(g.liveAfterModelMb)}/unit), ${g.events} events, ${g.limitFindings} limit findings`;
  const m = r.remark;
  const floor = !m ? '' : m.timedOut ? '; bare remark timed out' : m.error ? `; bare remark failed: ${m.error}` : `; bare remark ${m.ms} ms (${(m.ms / r.units).toFixed(3)} ms/unit), peak ${Math.round(m.peakMb)} MB, mdast ${m.mdastMb.toFixed(1)} MB (${per(m.mdastMb)}/unit)`;
  process.stdout.write(`${r.case}: ${(r.bytes / 1048576).toFixed(1)} MB page; generate ${gen}${floor}\n`);
};
for (const n of rows) {
  const r = await runCase(`one table, ${n} rows`, oneTable(n), n);
  report(r);
  results.push(r);
}
for (const n of tables) {
  const r = await runCase(`${n} small tables (2 rows each)`, manyTables(n), n);
  report(r);
  results.push(r);
}
for (const r of results) process.stdout.write(`${JSON.stringify(r)}\n`);
