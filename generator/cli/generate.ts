import { stat } from 'node:fs/promises';
import { generateAll } from '../pipeline.js';
import { formatDiagnostic } from './format.js';
import type { Command } from './commands.js';
import { writeOutputDir } from './write-output.js';

export const generateCommand: Command = {
  summary: 'Read docs-src/ and write the model, types, schemas, validators and reports to generated/',
  help: `Usage: docs2ts generate [--docs DIR] [--out DIR] [--quiet]

  --docs DIR   folder of pages laid out as PRODUCT/… (default: docs-src)
  --out DIR    output folder, replaced atomically (default: generated)
  --quiet      print nothing but errors
`,
  options: {
    docs: { type: 'string' },
    out: { type: 'string' },
    quiet: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
  async run(values) {
    const docs = (values.docs as string | undefined) ?? 'docs-src';
    const out = (values.out as string | undefined) ?? 'generated';
    if (!(await isDirectory(docs))) {
      process.stderr.write(`docs2ts generate: the docs folder ${docs} does not exist or is not a folder\n`);
      return 2;
    }
    const started = performance.now();
    const result = await generateAll(docs, { cacheDir: '.docs2ts-cache' });
    await writeOutputDir(out, result.files);
    // problems with the input itself (unreadable, binary, too large) are worth a line on stderr
    for (const d of result.findings.filter((f) => f.severity === 'error' && inputCodes.has(f.code))) process.stderr.write(`${formatDiagnostic(d)}\n`);
    if (!values.quiet) {
      const m = result.model;
      const by = (s: string): number => result.findings.filter((f) => f.severity === s).length;
      process.stdout.write(`docs2ts: ${result.docs.length} documents, ${m.events.length} events, ${m.apis.length} APIs, ${Object.keys(m.structs).length} structs; findings: ${by('error')} errors, ${by('warning')} warnings, ${by('info')} info; ${result.files.size} files → ${out}/ in ${Math.round(performance.now() - started)} ms\n`);
    }
    return 0;
  },
};

const inputCodes = new Set(['binary-file', 'file-too-large', 'manifest-invalid', 'api-action-missing', 'event-name-missing']);

export async function isDirectory(p: string): Promise<boolean> {
  return stat(p).then((s) => s.isDirectory(), () => false);
}
