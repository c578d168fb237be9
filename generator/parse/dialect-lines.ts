/**
 * Line-level dialect rules applied before remark reads a page. Every line keeps its number, so
 * positions stay those of the file.
 *
 * - `::: JSON` … `:::` (Tencent's code fence, often wrapped in `<dx-codeblock>`) becomes a ``` fence
 *   with that language; a `:::` container that is not code (`::: tip`, a tab holding its own ```
 *   fence) is transparent: its marker lines are blanked and its content read as Markdown.
 * - A line that is only a component tag (`<Tabs>`, `</Accordion>`, `<dx-codeblock>`,
 *   `<MediaMsgBodyDescriptionZh />`) is blanked: components are transparent. Done on lines, not by
 *   an MDX parser, because these pages are not valid MDX (`<br>` unclosed, `{` in prose); and done
 *   before remark because CommonMark would swallow the lines after such a tag into one HTML block.
 */
export function normaliseDialectLines(body: string): string {
  const lines = body.split('\n');
  let fence: { marker: string; length: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (fence) {
      if (closesFence(line, fence)) fence = undefined;
      continue;
    }
    const opened = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (opened) {
      fence = { marker: opened[1][0], length: opened[1].length };
      continue;
    }
    const container = CONTAINER_OPEN.exec(line);
    if (container) {
      i = rewriteContainer(lines, i, container[1], container[2].trim());
      continue;
    }
    if (isComponentTagLine(line)) lines[i] = '';
  }
  return lines.join('\n');
}

const CONTAINER_OPEN = /^\s{0,3}(:{3,})\s*(\S.*)$/;

/** Languages a `::: NAME` fence names; any other label is a container title (`::: tip`, `::: 示例`). */
const CODE_LANGUAGES = new Set(
  'json json5 jsonc javascript js typescript ts java python py go golang php ruby shell bash sh zsh powershell xml html http yaml yml text plaintext txt c cpp c++ csharp c# cs kotlin swift objective-c objc dart rust sql lua'.split(' '),
);

function closesFence(line: string, fence: { marker: string; length: number }): boolean {
  const m = /^\s{0,3}(`{3,}|~{3,})\s*$/.exec(line);
  return m !== null && m[1][0] === fence.marker && m[1].length >= fence.length;
}

/**
 * Rewrites the `:::` container opened at `start` (a code fence or a transparent container) and
 * returns the index of its last line. Without a closing line, only the opening line is touched.
 */
function rewriteContainer(lines: string[], start: number, colons: string, label: string): number {
  const close = closingLine(lines, start, colons.length);
  const body = lines.slice(start + 1, close);
  const word = label.split(/\s+/)[0].toLowerCase();
  const holdsFence = body.some((l) => /^\s*(```|~~~)/.test(l));
  const firstContent = body.find((l) => l.trim() !== '')?.trim() ?? '';
  const isCode = !holdsFence && close !== undefined && (CODE_LANGUAGES.has(word) || /^[{[]/.test(firstContent));
  if (!isCode) {
    lines[start] = '';
    if (close !== undefined) lines[close] = '';
    // a transparent container's content is read normally (it may hold fences or more containers)
    return start;
  }
  // the body may itself hold ``` (rare); a longer fence keeps it inside
  const longest = Math.max(2, ...body.map((l) => /`{3,}/.exec(l)?.[0].length ?? 0));
  const fence = '`'.repeat(longest + 1);
  lines[start] = `${fence}${CODE_LANGUAGES.has(word) ? word : ''}`;
  lines[close] = fence;
  return close;
}

function closingLine(lines: string[], start: number, colons: number): number | undefined {
  let depth = 0;
  for (let i = start + 1; i < lines.length; i++) {
    const m = /^\s{0,3}(:{3,})\s*(\S.*)?$/.exec(lines[i]);
    if (!m || m[1].length < colons) continue;
    if (m[2] !== undefined) depth++;
    else if (depth === 0) return i;
    else depth--;
  }
  return undefined;
}

/**
 * `<Tabs>`, `</Tab>`, `<Note title="说明">`, `<dx-codeblock>`, `<Foo />` alone on a line: an MDX
 * component (capitalised) or a custom element (a hyphen in its name), never a plain HTML element.
 */
export function isComponentTagLine(line: string): boolean {
  return /^\s*<\/?(?:[A-Z][\w.]*|[a-z][\w]*(?:-[\w]+)+)(?:\s+[^<>]*?)?\s*\/?>\s*$/.test(line);
}
