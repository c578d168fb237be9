#!/usr/bin/env node
// Records the JSON reports in reports/mutation/ (one per source file, see run.mjs) as
// test/mutation/files/<file>.json (committed: the score, the date and the surviving mutants of that
// file), then writes test/mutation/summary.md and summary.json from every record: the mutation
// score per folder and per file, the files of a folder not scored yet, and the surviving mutants.
// Records are per file so that runs made in different checkouts add up instead of overwriting.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';

const folders = ['model', 'parse', 'check', 'diff'];
const dir = 'reports/mutation';
const recordsDir = 'test/mutation/files';
const reports = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.incremental.json')) : [];
const detectedStatus = new Set(['Killed', 'Timeout']);
const countedStatus = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);
const recordName = (path) => path.slice('generator/'.length, -'.ts'.length).replaceAll('/', '--');

// the newest report of each source file wins, and replaces that file's record
mkdirSync(recordsDir, { recursive: true });
const fresh = new Map();
for (const r of reports.map((f) => `${dir}/${f}`).sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs)) {
  const report = JSON.parse(readFileSync(r, 'utf8'));
  for (const [path, result] of Object.entries(report.files)) fresh.set(path.replaceAll('\\', '/'), { mutants: result.mutants, date: statSync(r).mtime.toISOString().slice(0, 10) });
}
for (const [path, { mutants: all, date }] of fresh) {
  const mutants = all.filter((m) => countedStatus.has(m.status));
  const survivors = mutants
    .filter((m) => !detectedStatus.has(m.status))
    .sort((a, b) => a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column)
    .map((m) => `${m.location.start.line} ${m.status} ${m.mutatorName}${m.replacement ? ` → ${JSON.stringify(m.replacement).slice(0, 60)}` : ''}`);
  const record = { path, detected: mutants.length - survivors.length, mutants: mutants.length, date, survivors };
  writeFileSync(`${recordsDir}/${recordName(path)}.json`, `${JSON.stringify(record, null, 2)}\n`);
}

const records = new Map(
  readdirSync(recordsDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(`${recordsDir}/${f}`, 'utf8')))
    .map((r) => [r.path, r]),
);
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
    const scored = records.get(path);
    if (!scored) {
      missing.push(path);
      continue;
    }
    k += scored.detected;
    n += scored.mutants;
    perFile.push({ path, score: scored.mutants ? scored.detected / scored.mutants : 1, killed: scored.detected, total: scored.mutants, date: scored.date });
    for (const s of scored.survivors) survivors.push(`${path}:${s}`);
  }
  rows.push({ folder, score: n ? k / n : null, killed: k, total: n, scoredFiles: perFile.length, files: perFile.length + missing.length, perFile, missing });
}
const pct = (x) => (x === null ? '–' : `${(x * 100).toFixed(1)}%`);
const lines = [
  '# Mutation scores (StrykerJS)',
  '',
  'Detected (killed or timed out) over counted mutants (killed, timed out, survived, not covered), from the unit tests',
  'of each folder (vitest.mutation.config.ts). `npm run mutation [-- folder|file]` to rerun; `node test/mutation/summarize.mjs`',
  'records each new report under test/mutation/files/ and rewrites this file. A folder not fully scored lists its files',
  'still to run: its score covers the scored files only.',
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
lines.push('', `Surviving or uncovered mutants: ${survivors.length} (listed in summary.json and per file in files/).`);
writeFileSync('test/mutation/summary.md', `${lines.join('\n')}\n`);
writeFileSync('test/mutation/summary.json', `${JSON.stringify({ folders: rows.map(({ perFile: _p, missing, ...r }) => ({ ...r, missing })), survivors }, null, 2)}\n`);
console.log(lines.slice(7, 9 + rows.length).join('\n'));
