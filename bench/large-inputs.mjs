// Large single inputs (issue 11): one table of N rows, and N small tables on one page. Each case
// is its own process (`docs2ts generate`, no cache), so its peak RSS is its own; a case that
// runs past the timeout is reported as such. Prints a table and one JSON line per case.
//   node bench/large-inputs.mjs                      # 10k, 20k, 200k rows; 5k, 50k tables
//   node bench/large-inputs.mjs rows=10000,20000 tables=5000 timeout=300
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const cli = path.join(root, 'bin/docs2ts.js');
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.split('=')));
const rows = (args.rows ?? '10000,20000,200000').split(',').map(Number);
const tables = (args.tables ?? '5000,50000').split(',').map(Number);
const timeoutS = Number(args.timeout ?? 600);

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

async function runCase(label, text) {
  const work = await mkdtemp(path.join(os.tmpdir(), 'docs2ts-large-'));
  try {
    await mkdir(path.join(work, 'docs/big/zh'), { recursive: true });
    await writeFile(path.join(work, 'docs/big/zh/page.md'), text);
    // the child reports its own peak RSS on exit (ru_maxrss of the process that did the work)
    const probe = "process.on('exit',()=>process.stderr.write('\\nPEAK '+process.resourceUsage().maxRSS+'\\n'));";
    const started = performance.now();
    const result = await new Promise((resolve) => {
      const child = spawn(process.execPath, ['--max-old-space-size=6144', '-e', `${probe} process.argv.splice(1,0,'x'); import(${JSON.stringify(cli)})`, '--', 'generate', '--docs', 'docs', '--out', 'out', '--quiet'], { cwd: work });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutS * 1000);
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        resolve({ code, signal, stderr });
      });
    });
    const ms = Math.round(performance.now() - started);
    const peak = /PEAK (\d+)/.exec(result.stderr);
    return { case: label, bytes: Buffer.byteLength(text), ms, peakMb: peak ? Math.round(Number(peak[1]) / 1024) : null, exit: result.code, timedOut: result.signal === 'SIGKILL' };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

const results = [];
for (const n of rows) results.push({ ...(await runCase(`one table, ${n} rows`, oneTable(n))), units: n });
for (const n of tables) results.push({ ...(await runCase(`${n} small tables`, manyTables(n))), units: n });
for (const r of results) {
  const perUnit = r.peakMb === null ? '' : `, ${((r.peakMb * 1024) / r.units).toFixed(1)} KB/unit peak, ${(r.ms / r.units).toFixed(2)} ms/unit`;
  process.stdout.write(`${r.case}: ${(r.bytes / 1048576).toFixed(1)} MB, ${r.timedOut ? `timed out after ${timeoutS} s` : `${r.ms} ms`}, peak ${r.peakMb ?? '?'} MB, exit ${r.exit}${perUnit}\n`);
}
for (const r of results) process.stdout.write(`${JSON.stringify(r)}\n`);
