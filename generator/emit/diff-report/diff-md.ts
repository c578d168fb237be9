import type { DocChange } from '../../diff/changes.js';
import { mdCell } from '../report/findings-md.js';
import { groupByEvent, summaryLine, type DiffReport } from './report.js';
import { markedSides } from './words.js';

/** GitHub refuses comments over 65 536 characters; stay well under it. */
export const COMMENT_BUDGET = 60_000;
/** A long value is cut in a table cell; the JSON and HTML reports keep it whole. Description changes are condensed around the changed words instead. */
const CELL_LIMIT = 240;

/** Doc text for a cell: escaped, and with no `@name` that would notify someone on GitHub. */
const escapeCell = (text: string): string => mdCell(text).replace(/@/g, '&#64;');

function cell(text: string | undefined): string {
  if (!text) return '';
  return escapeCell([...text].length > CELL_LIMIT ? `${[...text].slice(0, CELL_LIMIT).join('')}…` : text);
}

/** GitHub renders `<del>` and `<ins>` in tables, and unlike `~~`/`**` they need no spaces around them in Chinese text. */
const markWords = (escaped: string, op: 'removed' | 'added'): string => (op === 'removed' ? `<del>${escaped}</del>` : `<ins>${escaped}</ins>`);

/** `old file:line` / `new file:line`: a removed field's place is in the old docs, and says so. */
function whereCell(c: DocChange): string {
  const parts: string[] = [];
  if (c.where?.old) parts.push(`old ${escapeCell(`${c.where.old.file}:${c.where.old.line}`)}`);
  if (c.where?.new) parts.push(`new ${escapeCell(`${c.where.new.file}:${c.where.new.line}`)}`);
  if (parts.length === 0 && c.file) parts.push(escapeCell(`${c.file}:${c.line}`));
  return parts.join('<br>');
}

function row(c: DocChange, withVersion: boolean): string {
  const words = markedSides(c, escapeCell, markWords, true);
  const cells = [
    c.accepted !== undefined ? '**breaking** (accepted)' : c.breaking ? '**breaking**' : '',
    `${c.kind}${c.evidence ? ` (${cell(c.evidence)})` : ''}${c.accepted ? ` — accepted: ${cell(c.accepted)}` : ''}`,
    ...(withVersion ? [cell(c.version)] : []),
    c.field ? cell(c.field) : '(event)',
    words ? words.before : cell(c.before),
    words ? words.after : cell(c.after),
    c.lang ?? '',
    whereCell(c),
  ];
  return `| ${cells.join(' | ')} |`;
}

function table(changes: DocChange[], withVersion: boolean): string[] {
  const head = ['', 'change', ...(withVersion ? ['version'] : []), 'field', 'before', 'after', 'lang', 'where'];
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...changes.map((c) => row(c, withVersion))];
}

function sections(report: DiffReport, changes: DocChange[]): string[] {
  const lines: string[] = [];
  if (report.steps) {
    // a versions report: every step of every event, the unchanged ones too
    const events = groupByEvent(report.steps.map((s) => ({ product: s.product, event: s.event }) as DocChange));
    for (const { product, event } of events) {
      const steps = report.steps.filter((s) => s.product === product && s.event === event);
      lines.push(`## ${mdCell(`${product} / ${event}`)}`, '', [steps[0].from, ...steps.map((s) => s.to)].join(' → '), '');
      for (const s of steps) {
        const version = `${s.from} → ${s.to}`;
        const list = changes.filter((c) => c.product === product && c.event === event && c.version === version);
        if (s.breaking + s.nonBreaking === 0) {
          lines.push(`### ${version}: no change`, '');
          continue;
        }
        lines.push(`### ${version}: ${s.breaking} breaking, ${s.nonBreaking} non-breaking`, '');
        if (list.length) lines.push(...table(list, false), '');
      }
    }
    return lines;
  }
  for (const group of groupByEvent(changes)) lines.push(`## ${mdCell(`${group.product} / ${group.event}`)}`, '', ...table(group.changes, true), '');
  return lines;
}

/** The local overrides, apart from the doc changes: a reviewer reads "the docs say X, we override to Y". */
function overrideSection(report: DiffReport): string[] {
  if (!report.overrides?.length) return [];
  const head = ['', 'override', 'version', 'field', 'docs say', 'overridden to', 'reason', 'where'];
  const rows = report.overrides.map((o) => {
    const places = [`${o.status === 'dropped' ? 'old ' : ''}${o.source.file}:${o.source.line}`, ...(o.contradicts ? [`docs ${o.contradicts.file}:${o.contradicts.line}`] : [])];
    const cells = [o.status, `${cell(o.product)} / ${cell(o.event)}: ${o.action}`, cell(o.version ?? ''), cell(o.path), o.docs === null ? '(not in the docs)' : cell(o.docs), o.overridden === null ? '(removed)' : cell(o.overridden), cell(o.reason), places.map(escapeCell).join('<br>')];
    return `| ${cells.join(' | ')} |`;
  });
  return ['## Local overrides (docs-src/overrides.json, not doc changes)', '', `| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows, ''];
}

/**
 * A pull-request comment: the summary line, then one table per product and event. When that is
 * too long for a comment, the non-breaking rows go first, then whole events, each with a note.
 */
export function diffMarkdown(report: DiffReport): string {
  const head = [`# ${mdCell(report.title)}`, '', `**${summaryLine(report.summary)}**`, ''];
  const overrides = overrideSection(report);
  if (report.changes.length === 0 && !report.steps) return [...head, 'No change.', '', ...overrides].join('\n');
  let text = [...head, ...sections(report, report.changes), ...overrides].join('\n');
  if (text.length <= COMMENT_BUDGET) return text;
  const breaking = report.changes.filter((c) => c.breaking);
  const note = `_${report.summary.nonBreaking} non-breaking changes are not listed here, to fit a pull-request comment: see the JSON or HTML report._`;
  text = [...head, note, '', ...sections(report, breaking), ...overrides].join('\n');
  if (text.length <= COMMENT_BUDGET) return text;
  const kept: string[] = [];
  const body = sections(report, breaking);
  let size = head.join('\n').length + note.length + 200;
  for (const line of body) {
    if (size + line.length + 1 > COMMENT_BUDGET) break;
    kept.push(line);
    size += line.length + 1;
  }
  return [...head, note, '', ...kept, '', `_… cut at ${COMMENT_BUDGET} characters: see the JSON or HTML report for the rest._`, ''].join('\n');
}
