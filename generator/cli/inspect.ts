import path from 'node:path';
import { runChecks } from '../check/index.js';
import { pageReport, pageText, pageYield } from '../emit/coverage/index.js';
import { buildModelFromDocs } from '../pipeline.js';
import type { Command } from './commands.js';
import { formatDiagnostic } from './format.js';
import { isDirectory } from './generate.js';
import { settings } from './settings.js';

export const inspectCommand: Command = {
  summary: 'Show what the tool read on one page: each table, list and code block with its role or why not (reads the page live)',
  help: `Usage: docs2ts inspect PAGE [--docs DIR] [--json]

Reads the docs folder as generate does (nothing is written, generated/ is not read) and shows, for
PAGE, every table, list and code block with the role it was given (payload of an event, struct,
values of a field, reply, query parameters, example, …) or the reason it was not used; the page's
summary line; the events, APIs and structs it gave; and the findings on it.
PAGE is a path as given (docs-src/im/zh/page.md) or inside the docs folder (im/zh/page.md).

  --docs DIR   folder of pages (default: docs-src)
  --json       print the page's coverage, yield and findings as JSON

Exit codes: 0 shown, 2 no such page in the docs folder, bad usage or config.
`,
  options: {
    docs: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
  async run(values, positionals) {
    const page = positionals[0];
    if (page === undefined || positionals.length > 1) {
      process.stderr.write(`docs2ts inspect: give exactly one PAGE\n\n${inspectCommand.help}`);
      return 2;
    }
    const config = await settings(values, 'inspect');
    if (typeof config === 'number') return config;
    if (!(await isDirectory(config.docs))) {
      process.stderr.write(`docs2ts inspect: the docs folder ${config.docs} does not exist or is not a folder\n`);
      return 2;
    }
    // no cache: inspect writes nothing, and every page is read as it is now
    const { model } = await buildModelFromDocs(config.docs, { exclude: [config.out, config.cacheDir] });
    const file = findPage(page, config.docs, model.coverage.map((p) => p.file));
    const coverage = model.coverage.find((p) => p.file === file);
    if (!file || !coverage) {
      const known = model.coverage.map((p) => p.file);
      process.stderr.write(`docs2ts inspect: no page ${page} in ${config.docs}/ (${known.length} pages${known.length ? `, e.g. ${known.slice(0, 3).join(', ')}` : ''})\n`);
      return 2;
    }
    const report = pageReport(coverage);
    const gave = pageYield(model, file);
    const findings = runChecks(model).filter((f) => f.file === file);
    const format = model.documents.find((d) => d.file === file)?.format;
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ ...report, ...(format ? { format } : {}), gave, findings }, null, 2)}\n`);
      return 0;
    }
    let text = pageText(report, format, gave);
    if (findings.length) text += `\nfindings on this page (${findings.length}):\n${findings.map((f) => `  ${formatDiagnostic(f)}`).join('\n')}\n`;
    process.stdout.write(text);
    return 0;
  },
};

/** The page as the model names it: the path as given (from the working folder), or inside the docs folder. */
function findPage(page: string, docs: string, files: string[]): string | undefined {
  const asGiven = path.relative(process.cwd(), path.resolve(page)).split(path.sep).join('/');
  const inDocs = path.relative(process.cwd(), path.resolve(docs, page)).split(path.sep).join('/');
  return files.find((f) => f === asGiven) ?? files.find((f) => f === inDocs);
}
