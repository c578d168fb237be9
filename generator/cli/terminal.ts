/** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function colors(stream: NodeJS.WriteStream): { red(s: string): string; yellow(s: string): string; green(s: string): string; dim(s: string): string } {
  const on = Boolean(stream.isTTY) && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '');
  const wrap = (code: number) => (s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);
  return { red: wrap(31), yellow: wrap(33), green: wrap(32), dim: wrap(2) };
}

/** A progress line per stage on a terminal; silent otherwise. */
export function progress(enabled: boolean): (line: string) => void {
  const on = enabled && Boolean(process.stderr.isTTY);
  return (line) => {
    if (on) process.stderr.write(`${colors(process.stderr).dim(line)}\n`);
  };
}
