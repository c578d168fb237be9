import { buildModelFromDocs } from '../pipeline.js';
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
    const run = await buildModelFromDocs(docs);
    const files = new Map<string, string>();
    files.set('model.json', `${JSON.stringify(run.model, null, 2)}\n`);
    await writeOutputDir(out, files);
    if (!values.quiet) {
      const m = run.model;
      process.stdout.write(`docs2ts: ${run.docs.length} documents, ${m.events.length} events, ${m.apis.length} APIs, ${Object.keys(m.structs).length} structs → ${out}/ (${files.size} files)\n`);
    }
    return 0;
  },
};
