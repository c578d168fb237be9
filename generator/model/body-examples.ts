import type { CodeBlock } from '../parse/types.js';
import { parseExampleBlock } from './example-json.js';
import type { Section } from './recognise/section.js';

/**
 * The section whose event a JSON block outside every section shows (a "Request body example" at
 * the top of the page): the body's discriminator key holds exactly one section's value. None when
 * the block is no object, names no event, or names several (two sections of one code).
 */
export function bodyExampleOwner(block: CodeBlock, sections: Section[]): number | undefined {
  const parsed = parseExampleBlock(block);
  const body = parsed.value ?? parsed.repaired;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const record = body as Record<string, unknown>;
  const owners = sections.flatMap((s, i) => {
    const d = s.discriminator;
    return d && Object.prototype.hasOwnProperty.call(record, d.key) && record[d.key] === d.value ? [i] : [];
  });
  return owners.length === 1 ? owners[0] : undefined;
}
