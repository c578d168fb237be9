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
  // an array has no key that names an event (its keys are indexes and `length`)
  if (typeof body !== 'object' || body === null) return undefined;
  const record = body as Record<string, unknown>;
  // a value is a string or a number: a missing key (undefined) never equals it
  const owners = sections.flatMap((s, i) => (s.discriminator && record[s.discriminator.key] === s.discriminator.value ? [i] : []));
  return owners.length === 1 ? owners[0] : undefined;
}
