import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { fieldSince, fieldTimelines, timelineMarkdown } from '../../generator/emit/field-timeline.js';
import { buildDeclarations } from '../../generator/emit/ts/structures.js';
import { event, field, tinyModel } from '../helpers/tiny-model.js';

const s = { kind: 'string' } as const;
// Old in all three; New from 2022; Gone until 2022 (left in 2023); Back in 2020, absent in 2022, back in 2023
const v1 = event('E', [field('Old', s), field('Gone', s), field('Back', s)], { version: '2020-01-01' });
const v2 = event('E', [field('Old', s), field('New', s), field('Gone', s)], { version: '2022-06-01' });
const v3 = event('E', [field('Old', s), field('New', s), field('Back', s)], { version: '2023-11-01' });
const model = tinyModel({ events: [v3, v1, v2, event('Single', [field('A', s)])] });

describe('field timeline', () => {
  it('gives each field of a dated event the version it appeared in and the one it left in', () => {
    expect(fieldTimelines(model)).toEqual([
      {
        product: 'p',
        eventType: 'E',
        versions: ['2020-01-01', '2022-06-01', '2023-11-01'],
        fields: [
          { field: 'Gone', since: '2020-01-01', until: '2023-11-01' },
          { field: 'Old', since: '2020-01-01' },
          { field: 'New', since: '2022-06-01' },
          { field: 'Back', since: '2023-11-01' },
        ],
      },
    ]);
  });

  it('says per version since when a field has been there without a gap', () => {
    const since = fieldSince(model);
    expect([since(v1, 'Back'), since(v3, 'Back'), since(v3, 'New'), since(v2, 'Gone')]).toEqual(['2020-01-01', '2023-11-01', '2022-06-01', '2020-01-01']);
    expect(since(model.events[3], 'A')).toBeUndefined();
  });

  it('puts @since in the JSDoc of dated events only', () => {
    const { interfaces } = buildDeclarations(model);
    const description = (type: string, prop: string): string => (interfaces.find((i) => i.name === type)!.properties!.find((p) => p.name === prop)!.docs![0] as { description: string }).description;
    expect(description('E_20231101', 'New')).toMatch(/@since 2022-06-01$/);
    expect(description('E_20231101', 'Back')).toMatch(/@since 2023-11-01$/);
    expect(description('Single', 'A')).not.toContain('@since');
  });

  it('writes the table of report/versions.md', () => {
    expect(timelineMarkdown(fieldTimelines(model))).toContain('| `Gone` | 2020-01-01 | 2023-11-01 |');
    expect(timelineMarkdown([])).toBe('');
  });
});

describe('field timeline on the fixture docs', () => {
  it('tags the fields of the dated RTC events with @since', async () => {
    const { readFile } = await import('node:fs/promises');
    const types = await readFile(path.join(inject('fixtureOut'), 'src/types.ts'), 'utf8');
    // event payloads only (`RecordStopped_20231101`), not structs named after an owner version
    const dated = [...types.matchAll(/export interface ([A-Za-z0-9]+_\d{8}) \{([\s\S]*?)\n\}/g)];
    expect(dated.length).toBeGreaterThan(0);
    for (const [, name, body] of dated) expect(body, name).toMatch(/@since \d{4}-\d{2}-\d{2}/);
  });
});
