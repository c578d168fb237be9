#!/usr/bin/env node
// Writes test/mutation/summary.md (and summary.json) from the JSON reports in reports/mutation/
// (one per source file, see run.mjs): the mutation score per folder and per file, the files of a
// folder not scored yet (a partial folder says so), and the surviving mutants.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';

const folders = ['model', 'parse', 'check', 'diff'];
const dir = 'reports/mutation';
const reports = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.incremental.json')) : [];
const detected = new Set(['Killed', 'Timeout']);
const counted = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);
// the newest report of each source file wins
const files = new Map();
for (const r of reports.map((f) => `${dir}/${f}`).sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs)) {
  const report = JSON.parse(readFileSync(r, 'utf8'));
  for (const [path, result] of Object.entries(report.files)) files.set(path.replaceAll('\\', '/'), { mutants: result.mutants, date: statSync(r).mtime.toISOString().slice(0, 10) });
}
const sourcesOf = (folder) =>
  readdirSync(`generator/${folder}`, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => `generator/${folder}/${f}`)
    .sort();
const rows = [];
const survivors = [];
for (const folder of folders) {
  let k = 0;
  let n = 0;
  const perFile = [];
  const missing = [];
  for (const path of sourcesOf(folder)) {
    const scored = files.get(path);
    if (!scored) {
      missing.push(path);
      continue;
    }
    const mutants = scored.mutants.filter((m) => counted.has(m.status));
    const fk = mutants.filter((m) => detected.has(m.status)).length;
    k += fk;
    n += mutants.length;
    perFile.push({ path, score: mutants.length ? fk / mutants.length : 1, killed: fk, total: mutants.length, date: scored.date });
    for (const m of mutants.filter((x) => !detected.has(x.status)).sort((a, b) => a.location.start.line - b.location.start.line)) {
      survivors.push(`${path}:${m.location.start.line} ${m.status} ${m.mutatorName}${m.replacement ? ` → ${JSON.stringify(m.replacement).slice(0, 60)}` : ''}`);
    }
  }
  rows.push({ folder, score: n ? k / n : null, killed: k, total: n, scoredFiles: perFile.length, files: perFile.length + missing.length, perFile, missing });
}
const pct = (x) => (x === null ? '–' : `${(x * 100).toFixed(1)}%`);
const lines = [
  '# Mutation scores (StrykerJS)',
  '',
  'Detected (killed or timed out) over counted mutants (killed, timed out, survived, not covered), from the unit tests',
  'of each folder (vitest.mutation.config.ts). `npm run mutation [-- folder|file]` to rerun; `node test/mutation/summarize.mjs`',
  'rewrites this file. A folder not fully scored lists its files still to run: its score covers the scored files only.',
  '',
  '| folder | score | detected / mutants | files scored |',
  '| --- | --- | --- | --- |',
];
for (const r of rows) lines.push(`| generator/${r.folder} | ${pct(r.score)} | ${r.killed} / ${r.total} | ${r.scoredFiles} of ${r.files} |`);
for (const r of rows) {
  lines.push('', `## generator/${r.folder}`, '');
  if (r.perFile.length) {
    lines.push('| file | score | detected / mutants | run on |', '| --- | --- | --- | --- |');
    for (const f of r.perFile) lines.push(`| ${f.path} | ${pct(f.score)} | ${f.killed} / ${f.total} | ${f.date} |`);
  }
  if (r.missing.length) lines.push('', `Not scored yet: ${r.missing.map((m) => m.slice(`generator/${r.folder}/`.length)).join(', ')}.`);
}
lines.push('', `Surviving or uncovered mutants: ${survivors.length} (listed in summary.json).`);
writeFileSync('test/mutation/summary.md', `${lines.join('\n')}\n`);
writeFileSync('test/mutation/summary.json', `${JSON.stringify({ folders: rows.map(({ perFile: _p, missing, ...r }) => ({ ...r, missing })), survivors }, null, 2)}\n`);
console.log(lines.slice(6, 8 + rows.length).join('\n'));
