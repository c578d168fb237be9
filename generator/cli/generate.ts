import { generateAll } from '../pipeline.js';
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
    const started = performance.now();
    const result = await generateAll(docs, { cacheDir: '.docs2ts-cache' });
    await writeOutputDir(out, result.files);
    if (!values.quiet) {
      const m = result.model;
      const by = (s: string): number => result.findings.filter((f) => f.severity === s).length;
      process.stdout.write(`docs2ts: ${result.docs.length} documents, ${m.events.length} events, ${m.apis.length} APIs, ${Object.keys(m.structs).length} structs; findings: ${by('error')} errors, ${by('warning')} warnings, ${by('info')} info; ${result.files.size} files → ${out}/ in ${Math.round(performance.now() - started)} ms\n`);
    }
    return 0;
  },
};
