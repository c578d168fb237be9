import { commands } from './commands.js';

/** The usage text: every command's summary, so every command module is loaded (help and mistakes only). */
export async function usage(): Promise<string> {
  const lines = await Promise.all(Object.entries(commands).map(async ([name, load]) => `  ${name.padEnd(10)} ${(await load()).summary}`));
  return `Usage: docs2ts <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun "docs2ts <command> --help" for a command's options.\n`;
}
