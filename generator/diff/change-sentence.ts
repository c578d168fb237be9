import type { DocChange } from './changes.js';

/**
 * One change in words, for SARIF messages and release notes: "field Timestamp removed (was int64)".
 * `code` wraps names and values (backticks in Markdown, nothing in plain text).
 */
export function changeSentence(c: DocChange, code: (text: string) => string = (t) => t): string {
  const field = c.field ? code(c.field) : '';
  const page = c.lang ? ` (${c.lang} page)` : '';
  const was = c.before !== undefined ? ` (was ${c.before})` : '';
  switch (c.kind) {
    case 'event-added':
      return `event added${c.after ? ` as ${code(c.after)}` : ''}`;
    case 'event-removed':
      return `event removed${was}`;
    case 'version-added':
      return `version ${code(c.version ?? '?')} added`;
    case 'version-removed':
      return `version ${code(c.version ?? '?')} removed`;
    case 'api-added':
      return `API added${c.after ? ` as ${code(c.after)}` : ''}`;
    case 'api-removed':
      return `API removed${was}`;
    case 'field-added':
      return `field ${field} added${c.after ? ` (${c.after})` : ''}${page}`;
    case 'field-removed':
      return `field ${field} removed${was}${page}`;
    case 'field-renamed':
      return `field ${code(c.before ?? '?')} renamed to ${field}${c.evidence ? ` (${c.evidence})` : ''}`;
    case 'field-retyped':
      return `field ${field} retyped from ${code(c.before ?? '?')} to ${code(c.after ?? '?')}${page}`;
    case 'field-made-optional':
      return `field ${field} made optional${page}`;
    case 'field-made-required':
      return `field ${field} made required${page}`;
    case 'field-made-nullable':
      return `field ${field} may now be null${page}`;
    case 'field-made-non-nullable':
      return `field ${field} is no longer nullable${page}`;
    case 'enum-value-added':
      return `value ${code(c.after ?? '?')} added to ${field}${page}`;
    case 'enum-value-removed':
      return `value ${code(c.before ?? '?')} removed from ${field}${page}`;
    case 'enum-opened':
      return `the values of ${field} are no longer the complete set (${c.after ?? ''})${page}`;
    case 'enum-closed':
      return `the values of ${field} are now the complete set (${c.after ?? ''})${page}`;
    case 'description-changed':
      return `${c.field ? `description of ${field}` : 'description'} changed${page}`;
  }
}

/** Where the reader finds it: product, event (and version), as one label. */
export function changeSubject(c: DocChange, code: (text: string) => string = (t) => t): string {
  return `${c.product} ${code(c.event)}${c.version ? ` (${c.version})` : ''}`;
}
