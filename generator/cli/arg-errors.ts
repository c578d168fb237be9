import type { Command } from './commands.js';

/**
 * One line for an argument error of node's parseArgs, in our words: its own text quotes
 * unevenly (`as in '-- "--x"`) and suggests `--` where a typo is far more likely.
 */
export function argumentErrorMessage(error: unknown, options: Command['options']): string {
  const { code, message } = error as { code?: string; message?: string };
  const known = Object.entries(options)
    .map(([name, o]) => `--${name}${o.type === 'string' ? ' VALUE' : ''}`)
    .join(', ');
  const option = /'(-{1,2}[^' <]+)/.exec(message ?? '')?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `unknown option ${option} (options: ${known})`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    return options[option.replace(/^-+/, '')]?.type === 'boolean' ? `option ${option} takes no value` : `option ${option} needs a value`;
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return 'unexpected argument';
  return message ?? String(error);
}
