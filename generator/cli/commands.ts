export interface Command {
  summary: string;
  help: string;
  options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;
  run(values: Record<string, string | boolean | undefined>, positionals: string[]): Promise<number>;
}

/**
 * The command table: adding a command is adding a module and a line here. Each module is
 * imported only when its command runs (or for the usage text), so `generate` never loads
 * the modules of `diff`, `release`, `watch` and the rest.
 */
export const commands = {
  generate: async () => (await import('./generate.js')).generateCommand,
  check: async () => (await import('./check.js')).checkCommand,
  validate: async () => (await import('./validate.js')).validateCommand,
  diff: async () => (await import('./diff.js')).diffCommand,
  release: async () => (await import('./release.js')).releaseCommand,
  inspect: async () => (await import('./inspect.js')).inspectCommand,
  watch: async () => (await import('./watch.js')).watchCommand,
} satisfies Record<string, () => Promise<Command>>;

export type CommandName = keyof typeof commands;

export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(commands, name);
}
