import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../helpers/snippet.js';

// A hard line break (two trailing spaces, or a backslash) is a line of the paragraph's text, as a
// soft break is: reference pages write a field's name, text, `Type:` and `Required:` lines so.
describe('hard line breaks in a paragraph', () => {
  it('each is a line break of the text, with or without HTML beside it', () => {
    const texts = parseSnippet('**DryRun**  \nChecks permissions.  \nType: Boolean\\\nRequired: No\n\nx <span>y</span>  \nz\n').blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''));
    expect(texts).toEqual(['DryRun\nChecks permissions.\nType: Boolean\nRequired: No', 'x y\nz']);
  });
});
