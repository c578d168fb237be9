#!/usr/bin/env node
// Writes test/mutation/summary.md (and summary.json) from the JSON reports in reports/mutation/:
// the mutation score per folder and per file, and the surviving mutants of each file.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

// the four folders, then any narrower run (one file: DOCS2TS_MUTATE_NAME in stryker.config.mjs)
const reports = existsSync('reports/mutation') ? readdirSync('reports/mutation').filter((f) => f.endsWith('.json') && !f.endsWith('.incremental.json')).map((f) => f.slice(0, -5)) : [];
const folders = [...['model', 'parse', 'check', 'diff'].filter((f) => reports.includes(f)), ...reports.filter((r) => !['model', 'parse', 'check', 'diff'].includes(r)).sort()];
const detected = new Set(['Killed', 'Timeout']);
const counted = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);
const rows = [];
const survivors = [];
for (const folder of folders) {
  const file = `reports/mutation/${folder}.json`;
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  let k = 0;
  let n = 0;
  const perFile = [];
  for (const [path, result] of Object.entries(report.files).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const mutants = result.mutants.filter((m) => counted.has(m.status));
    const fk = mutants.filter((m) => detected.has(m.status)).length;
    k += fk;
    n += mutants.length;
    if (mutants.length) perFile.push({ path, score: fk / mutants.length, killed: fk, total: mutants.length });
    for (const m of mutants.filter((x) => !detected.has(x.status))) survivors.push(`${path}:${m.location.start.line} ${m.status} ${m.mutatorName}${m.replacement ? ` → ${JSON.stringify(m.replacement).slice(0, 60)}` : ''}`);
  }
  rows.push({ folder, score: n ? k / n : 0, killed: k, total: n, files: perFile });
}
const label = (name) => (['model', 'parse', 'check', 'diff'].includes(name) ? `generator/${name}` : `${name} (one file, its own tests)`);
const pct = (x) => `${(x * 100).toFixed(1)}%`;
const lines = ['# Mutation scores (StrykerJS)', '', 'Detected (killed or timed out) over counted mutants (killed, timed out, survived, not covered); `npm run mutation [-- folder]` to rerun. Per-file detail below.', '', '| folder | score | detected / mutants |', '| --- | --- | --- |'];
for (const r of rows) lines.push(`| ${label(r.folder)} | ${pct(r.score)} | ${r.killed} / ${r.total} |`);
for (const r of rows) {
  lines.push('', `## ${label(r.folder)}`, '', '| file | score | detected / mutants |', '| --- | --- | --- |');
  for (const f of r.files) lines.push(`| ${f.path} | ${pct(f.score)} | ${f.killed} / ${f.total} |`);
}
lines.push('', `Surviving or uncovered mutants: ${survivors.length} (listed in summary.json).`);
writeFileSync('test/mutation/summary.md', `${lines.join('\n')}\n`);
writeFileSync('test/mutation/summary.json', `${JSON.stringify({ folders: rows.map(({ files: _f, ...r }) => r), survivors }, null, 2)}\n`);
console.log(lines.slice(4, 6 + rows.length).join('\n'));
