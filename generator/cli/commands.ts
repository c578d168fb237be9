import { checkCommand } from './check.js';
import { diffCommand } from './diff.js';
import { generateCommand } from './generate.js';
import { inspectCommand } from './inspect.js';
import { releaseCommand } from './release.js';
import { validateCommand } from './validate.js';
import { watchCommand } from './watch.js';

export interface Command {
  summary: string;
  help: string;
  options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;
  run(values: Record<string, string | boolean | undefined>, positionals: string[]): Promise<number>;
}

/** The command table: adding a command is adding a module and a line here. */
export const commands = {
  generate: generateCommand,
  check: checkCommand,
  validate: validateCommand,
  diff: diffCommand,
  release: releaseCommand,
  inspect: inspectCommand,
  watch: watchCommand,
} satisfies Record<string, Command>;

export type CommandName = keyof typeof commands;
