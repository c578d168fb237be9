import { parseArgs } from 'node:util';
import { commands, isCommandName } from './commands.js';
import { argumentErrorMessage } from './arg-errors.js';
import { usage } from './usage.js';
import { OverridesFileError } from '../config/overrides.js';
import { formatDiagnostic } from './format.js';
import { boundHeapGrowth } from './heap-growth.js';

export const EXIT = { ok: 0, failed: 1, badInput: 2, internal: 3 } as const;

/** Entry point: argument routing only; every command lives in its own module. */
export async function main(argv: string[]): Promise<number> {
  boundHeapGrowth();
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(await usage());
    return name === undefined ? EXIT.badInput : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${await packageVersion()}\n`);
    return EXIT.ok;
  }
  if (!isCommandName(name)) {
    process.stderr.write(`docs2ts: unknown command "${name}"\n\n${await usage()}`);
    return EXIT.badInput;
  }
  const command = await commands[name]();
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
  } catch (error) {
    process.stderr.write(`docs2ts ${name}: ${argumentErrorMessage(error, command.options)}\n\n${command.help}`);
    return EXIT.badInput;
  }
  if (parsed.values.help) {
    process.stdout.write(command.help);
    return EXIT.ok;
  }
  try {
    return await command.run(parsed.values as Record<string, string | boolean | undefined>, parsed.positionals);
  } catch (error) {
    // bad input found deep in the pipeline (any command that reads the docs): its lines, exit 2
    if (!(error instanceof OverridesFileError)) throw error;
    process.stderr.write(`docs2ts ${name}: the overrides file is malformed; nothing was written\n${error.diagnostics.map((d) => `${formatDiagnostic(d)}\n`).join('')}`);
    return EXIT.badInput;
  }
}

async function packageVersion(): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
