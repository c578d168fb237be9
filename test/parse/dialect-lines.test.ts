import { describe, expect, it } from 'vitest';
import { isComponentTagLine, normaliseDialectLines } from '../../generator/parse/dialect-lines.js';

const norm = (...lines: string[]): string[] => normaliseDialectLines(lines.join('\n')).split('\n');

describe('normaliseDialectLines: ::: code fences', () => {
  it('turns a ::: fence naming a language into a ``` fence with that language, lower-cased', () => {
    expect(norm('::: JSON title', '{}', ':::', 'after')).toEqual(['```json', '{}', '```', 'after']);
    expect(norm('  :::: Python', 'x = 1', '::::')).toEqual(['```python', 'x = 1', '```']);
  });

  it('reads a container whose first content line opens a bracket as code without a language', () => {
    expect(norm('::: 示例', '', '  [1]', ':::')).toEqual(['```', '', '  [1]', '```']);
    expect(norm('::: 示例', '{', ':::')).toEqual(['```', '{', '```']);
  });

  it('makes the fence longer than any ``` run in the body', () => {
    expect(norm('::: text', 'a ```` b', ':::')).toEqual(['`````text', 'a ```` b', '`````']);
  });

  it('closes on a marker at least as long as the opening one, and not on a shorter one', () => {
    expect(norm(':::: json', '{', ':::', '}', '::::')).toEqual(['```json', '{', ':::', '}', '```']);
    expect(norm('::: json', '{}', '::::')).toEqual(['```json', '{}', '```']);
  });

  it('skips nested containers when looking for the closing line', () => {
    expect(norm('::: json', '{', '::: inner', ':::', '}', ':::')).toEqual(['```json', '{', '::: inner', ':::', '}', '```']);
    expect(norm('::: json', '{', ':::inner', ':::', '}', ':::')).toEqual(['```json', '{', ':::inner', ':::', '}', '```']);
  });

  it('closes only on a line that starts with the colons', () => {
    expect(norm('::: json', '{', 'x :::', '}', ':::')).toEqual(['```json', '{', 'x :::', '}', '```']);
  });

  it('looks for a bracket at the start of the first line that is not blank or spaces', () => {
    expect(norm('::: 示例', '   ', '{', ':::')).toEqual(['```', '   ', '{', '```']);
    expect(norm('::: 示例', 'see {x}', ':::')).toEqual(['', 'see {x}', '']);
  });
});

describe('normaliseDialectLines: transparent containers', () => {
  it('blanks the marker lines of a container that is not code, and reads its content', () => {
    expect(norm('::: tip 注意', 'text', ':::')).toEqual(['', 'text', '']);
    expect(norm('::: 示例', 'prose first', '{}', ':::')).toEqual(['', 'prose first', '{}', '']);
  });

  it('a container holding its own ``` or ~~~ fence is not code, even under a language name', () => {
    expect(norm('::: Java', '```java', 'int a;', '```', ':::')).toEqual(['', '```java', 'int a;', '```', '']);
    expect(norm('::: json', '  ~~~', '{}', '  ~~~', ':::')).toEqual(['', '  ~~~', '{}', '  ~~~', '']);
  });

  it('blanks only the opening line of a container that never closes', () => {
    expect(norm('::: json', '{}', 'rest')).toEqual(['', '{}', 'rest']);
  });

  it('reads containers inside a transparent one', () => {
    expect(norm('::: tab A', '::: json', '{}', ':::', ':::')).toEqual(['', '```json', '{}', '```', '']);
  });

  it('needs a label, at most three spaces of indentation and three colons', () => {
    expect(norm(':::', 'x', ':::')).toEqual([':::', 'x', ':::']);
    expect(norm('    ::: json', '{}', ':::')).toEqual(['    ::: json', '{}', ':::']);
    expect(norm(':: json', '{}', '::')).toEqual([':: json', '{}', '::']);
  });
});

describe('normaliseDialectLines: ``` fences', () => {
  it('leaves everything inside a ``` or ~~~ fence alone until it closes', () => {
    expect(norm('```', '<Tabs>', '::: json', '```', '<Tabs>')).toEqual(['```', '<Tabs>', '::: json', '```', '']);
    expect(norm('~~~', '<Tabs>', '~~~', '<Tabs>')).toEqual(['~~~', '<Tabs>', '~~~', '']);
  });

  it('closes a fence only with the same marker, at least as long, alone on its line', () => {
    expect(norm('````', '```', '<Tabs>', '````', '<Tabs>')).toEqual(['````', '```', '<Tabs>', '````', '']);
    expect(norm('```', '~~~', '<Tabs>', '```', '<Tabs>')).toEqual(['```', '~~~', '<Tabs>', '```', '']);
    expect(norm('```', '``` x', '<Tabs>', '```  ', '<Tabs>')).toEqual(['```', '``` x', '<Tabs>', '```  ', '']);
    expect(norm('```', '```', '<Tabs>')).toEqual(['```', '```', '']);
    expect(norm('```', '   ```', '<Tabs>')).toEqual(['```', '   ```', '']);
  });

  it('opens a fence only with at most three spaces of indentation', () => {
    expect(norm('    ```', '<Tabs>')).toEqual(['    ```', '']);
  });

  it('opens a fence with three tildes, not one, and closes it only with a line starting with the fence', () => {
    expect(norm('~x', '<Tabs>')).toEqual(['~x', '']);
    expect(norm('```', 'x ```', '<Tabs>')).toEqual(['```', 'x ```', '<Tabs>']);
  });
});

describe('isComponentTagLine', () => {
  it('accepts capitalised components, custom elements with a hyphen, closing and self-closing tags', () => {
    for (const line of ['<Tabs>', '</Tabs>', '  <Note title="说明">  ', '<Foo.Bar />', '<dx-codeblock>', '<abc-def>', '</dx-tabs-x>', '<X/>']) expect(isComponentTagLine(line), line).toBe(true);
  });

  it('rejects plain HTML elements, text around the tag, and several tags', () => {
    for (const line of ['<table>', '<div id="x">', '<Note>text</Note>', 'a <Tabs>', '<Tabs> a', '<br/>', '<dx>', '<Tabs><Tab>', '< Tabs>', '<-x>']) expect(isComponentTagLine(line), line).toBe(false);
  });
});
