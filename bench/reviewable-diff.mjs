// How reviewable is a doc edit? Removes one field row near the top of a docs page (every line
// below it moves), regenerates, and counts the generated files that changed.
// Usage: node bench/reviewable-diff.mjs [PAGE]   (default: docs-src/rtc/zh/callbacks.md)
// Prints the changed files and one summary line; writes nothing outside a temporary folder.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const page = process.argv[2] ?? 'docs-src/rtc/zh/callbacks.md';
const work = mkdtempSync(path.join(os.tmpdir(), 'docs2ts-reviewable-'));
const cli = path.join(root, 'bin/docs2ts.js');
const generate = (out) => execFileSync(process.execPath, [cli, 'generate', '--quiet', '--docs', path.join(work, 'docs-src'), '--out', path.join(work, out)], { cwd: work, stdio: 'pipe' });

function files(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name), base) : [path.relative(base, path.join(dir, e.name))]));
}

try {
  cpSync(path.join(root, 'docs-src'), path.join(work, 'docs-src'), { recursive: true });
  generate('before');
  // the second data row of the first field table (its header names a type column) with three rows
  const file = path.join(work, page);
  const lines = readFileSync(file, 'utf8').split('\n');
  let target = -1;
  for (let i = 0; i < lines.length && target < 0; i++) {
    if (/类型|\btype\b/i.test(lines[i - 1] ?? '') && /^\s*\|\s*:?-{3,}/.test(lines[i]) && /^\s*\|/.test(lines[i + 1] ?? '') && /^\s*\|/.test(lines[i + 2] ?? '') && /^\s*\|/.test(lines[i + 3] ?? '')) target = i + 2;
  }
  if (target < 0) throw new Error(`no table with three rows in ${page}`);
  const removed = lines.splice(target, 1)[0];
  writeFileSync(file, lines.join('\n'));
  generate('after');
  const before = new Set(files(path.join(work, 'before')));
  const after = new Set(files(path.join(work, 'after')));
  const changed = [...new Set([...before, ...after])].sort().filter((f) => !before.has(f) || !after.has(f) || !readFileSync(path.join(work, 'before', f)).equals(readFileSync(path.join(work, 'after', f))));
  for (const f of changed) console.log(`  ${before.has(f) ? (after.has(f) ? 'changed' : 'removed') : 'added'}  ${f}`);
  console.log(`reviewable-diff: removed ${page}:${target + 1} (${removed.trim().slice(0, 60)}); ${changed.length} of ${after.size} generated files changed`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
