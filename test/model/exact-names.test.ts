import { describe, expect, it } from 'vitest';
import { modelOf } from '../helpers/snippet.js';

const page = (rows: string): string => `### E\n\n**EventType**\n\n\`E\`\n\n**EventData**\n\n| 参数名 | 类型 | 描述 |\n| --- | --- | --- |\n${rows}`;
const names = (rows: string): string[] => modelOf([page(rows)]).events[0].fields.map((f) => f.name);

describe('field names are the JSON keys exactly as written', () => {
  it('takes a name written as one code span verbatim, stars, underscores and spaces included', () => {
    expect(names('| `*/x` | String | a |\n| `__proto__` | String | b |\n| `constructor` | Int | c |\n| `a b` | String | d |\n| `*Star*` | String | e |\n')).toEqual(['*/x', '__proto__', 'constructor', 'a b', '*Star*']);
  });

  it('still drops emphasis around a name outside a code span', () => {
    expect(names('| **Bold** | String | a |\n| Plain | String | b |\n')).toEqual(['Bold', 'Plain']);
  });

  it('keeps a code-span name verbatim under a └ nesting prefix', () => {
    const model = modelOf([page('| Outer | Object | o |\n| └`*/in` | String | i |\n')]);
    const outer = model.events[0].fields[0];
    expect(outer.type.kind === 'object' ? outer.type.fields.map((f) => f.name) : []).toEqual(['*/in']);
  });
});
