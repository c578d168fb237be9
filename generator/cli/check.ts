import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { baselineFrom, newErrors, parseBaseline } from '../check/index.js';
import { generateAll } from '../pipeline.js';
import { BASELINE_FILE } from '../sources/index.js';
import type { Command } from './commands.js';
import { compareOutputDir } from './compare-output.js';
import { formatDiagnostic } from './format.js';
import { isDirectory } from './generate.js';
import { settings } from './settings.js';

export const checkCommand: Command = {
  summary: 'Fail when generated/ is stale or a new error finding is not in the baseline (writes nothing)',
  help: `Usage: docs2ts check [--docs DIR] [--out DIR] [--update-baseline]

Regenerates in memory and compares with the output folder; lists stale, missing and extra files.
Fails as well when a finding of severity error is not accepted in DOCS/${BASELINE_FILE}.

  --docs DIR          folder of pages (default: docs-src)
  --out DIR           output folder to compare (default: generated)
  --update-baseline   accept every current error finding: rewrite DOCS/${BASELINE_FILE}
`,
  options: {
    docs: { type: 'string' },
    out: { type: 'string' },
    'update-baseline': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
  async run(values) {
    const config = await settings(values, 'check');
    if (typeof config === 'number') return config;
    const { docs, out } = config;
    if (!(await isDirectory(docs))) {
      process.stderr.write(`docs2ts check: the docs folder ${docs} does not exist or is not a folder\n`);
      return 2;
    }
    const result = await generateAll(docs, { packageName: config.packageName, packageVersion: config.packageVersion, enumPolicy: config.enumPolicy, signatures: config.signatures, profiles: config.profiles, limits: config.limits });
    const baselinePath = path.join(docs, BASELINE_FILE);
    if (values['update-baseline']) {
      await writeFile(baselinePath, baselineFrom(result.findings));
      process.stdout.write(`docs2ts check: wrote ${baselinePath} (${result.findings.filter((f) => f.severity === 'error').length} accepted error findings)\n`);
      return 0;
    }
    let failed = false;
    const diff = await compareOutputDir(out, result.files);
    for (const [label, list] of [['stale', diff.stale], ['missing', diff.missing], ['extra', diff.extra]] as const) {
      for (const f of list) process.stderr.write(`${label}: ${out}/${f}\n`);
    }
    if (diff.stale.length + diff.missing.length + diff.extra.length > 0) {
      failed = true;
      process.stderr.write(`docs2ts check: ${out}/ is not what the docs give (${diff.stale.length} stale, ${diff.missing.length} missing, ${diff.extra.length} extra); run "docs2ts generate".\n`);
    }
    const baselineText = await readFile(baselinePath, 'utf8').catch(() => undefined);
    const parsed = baselineText === undefined ? { baseline: { accepted: [] }, diagnostics: [] } : parseBaseline(baselineText, baselinePath);
    for (const d of parsed.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
    const fresh = newErrors(result.findings, parsed.baseline);
    if (fresh.length > 0) {
      failed = true;
      for (const f of fresh) process.stderr.write(`${formatDiagnostic(f)}\n`);
      process.stderr.write(`docs2ts check: ${fresh.length} error finding(s) not in ${baselinePath}; fix the docs or accept them with --update-baseline.\n`);
    }
    if (!failed) process.stdout.write(`docs2ts check: ${out}/ is fresh; no new error findings (${result.findings.length} findings in all).\n`);
    return failed ? 1 : 0;
  },
};
