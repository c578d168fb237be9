import { commands } from './commands.js';

export function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`);
  return `Usage: docs2ts <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun "docs2ts <command> --help" for a command's options.\n`;
}
