import { describe, expect, it } from 'vitest';
import { lineOffset } from '../../generator/check/json-position.js';

const raw = ['{', '  "Data": [', '    { "Rate": 1 },', '    {', '      "Rate": "2",', '      "Stream": { "UserId": "u" }', '    }', '  ],', '  "Rate": 3', '}'].join('\n');

describe('lineOffset', () => {
  it('finds the line of a key along a JSON path, array items included', () => {
    expect(lineOffset({ raw }, ['Data'])).toBe(1);
    expect(lineOffset({ raw }, ['Data', 0, 'Rate'])).toBe(2);
    expect(lineOffset({ raw }, ['Data', 1, 'Rate'])).toBe(4);
    expect(lineOffset({ raw }, ['Data', 1, 'Stream', 'UserId'])).toBe(5);
    expect(lineOffset({ raw }, ['Data', 1])).toBe(3);
    // the top-level Rate, not the nested ones before it
    expect(lineOffset({ raw }, ['Rate'])).toBe(8);
    expect(lineOffset({ raw }, [])).toBe(0);
  });

  it('still finds keys in text that is not valid JSON (full-width comma, trailing comma)', () => {
    const broken = '{\n  "EventData": {\n    "Vid": "x"，\n    "Reason": 4\n  },\n}';
    expect(lineOffset({ raw: broken }, ['EventData', 'Vid'])).toBe(2);
    expect(lineOffset({ raw: broken }, ['EventData', 'Reason'])).toBe(3);
  });

  it('falls back to searching the keys in order when the parser gives up, and to the first line', () => {
    const unclosed = '{\n  "UserId": "u,\n  "State": 0\n}';
    expect(lineOffset({ raw: unclosed }, ['UserId'])).toBe(1);
    expect(lineOffset({ raw: unclosed }, ['Missing'])).toBe(0);
  });
});
