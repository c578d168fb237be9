import type { Diagnostic } from '../shared/diagnostic.js';
import type { SourceDoc } from '../sources/types.js';

/** A link inside a cell or paragraph: `[RecordFile](#recordfile)`. */
export interface InlineLink {
  label: string;
  href: string;
}

/** A list item inside a cell (`<ul><li>` or `<li>` alone), with the list nested in it. */
export interface CellItem {
  /** Plain text of the item itself, without its nested list. */
  text: string;
  /** Contents of inline code spans of the item itself, in order (`` `userUuid` ``). */
  code: string[];
  items: CellItem[];
}

/** One table cell, with the inline structure the model needs and the plain text. */
export interface Cell {
  /** Plain text: Markdown markup removed, `<br>` and list items kept as line breaks. */
  text: string;
  /** The cell's source text as written (for messages and enum extraction). */
  raw: string;
  links: InlineLink[];
  /** Contents of inline code spans, in order. */
  code: string[];
  /** The whole cell is bold (`**String**`). */
  strong: boolean;
  /** List items in the cell (`<ul><li>…</li></ul>`), nested as written; absent when there are none. */
  items?: CellItem[];
}

export interface TableRow {
  cells: Cell[];
  line: number;
}

/** How a table was written: GFM, scraped `a | b |` rows, space-separated API text, or a list of fields (`` - `uid`: Number. … ``). */
export type TableDialect = 'gfm' | 'html' | 'pipe-text' | 'api-text' | 'field-list';

export interface TableBlock {
  kind: 'table';
  dialect: TableDialect;
  header: Cell[];
  rows: TableRow[];
  line: number;
  /** API-page tables only: which section the table belongs to (`error-response`: a body table under an error status). */
  role?: 'input' | 'output' | 'errors' | 'error-response';
}

export interface HeadingBlock {
  kind: 'heading';
  depth: number;
  text: string;
  line: number;
}

/** A paragraph, or a short label line such as `**EventData**` or `RecordFile`. */
export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
  /** The paragraph is entirely bold (`**EventType**`): a label. */
  strong: boolean;
  code: string[];
  links: InlineLink[];
  line: number;
  /** The paragraph is a Markdown list (or quote) flattened to lines. */
  list?: boolean;
}

export interface CodeBlock {
  kind: 'code';
  lang: string | null;
  text: string;
  /** Line of the first content line (not the fence). */
  line: number;
  /** Heading-like caption before it on an API page, e.g. `Output Example`. */
  caption?: string;
  /** Over a per-page limit (size, or nesting depth of JSON): kept as text, never read as JSON. Line and column are within `text`. */
  overLimit?: { limit: 'bytes' | 'depth'; message: string; offset: number; line: number; column: number };
}

/** `<span id="recordfile"></span>`: a target of `(#recordfile)` links. */
export interface AnchorBlock {
  kind: 'anchor';
  id: string;
  line: number;
}

export type Block = HeadingBlock | ParagraphBlock | TableBlock | CodeBlock | AnchorBlock;

/** Facts an API reference page states in prose. */
export interface ApiPageFacts {
  /** Stated in the Action row, or (`from`) read from the title or the request line when no row states it. */
  action?: { value: string; line: number; from?: 'title' | 'request-line' | 'request-url' };
  apiVersion?: { value: string; line: number };
  domain?: { value: string; line: number };
  summary?: { value: string; line: number };
  rateLimit?: { count: number; per: string; line: number };
  regions?: { value: string[]; line: number };
}

export interface ParsedDoc {
  source: Omit<SourceDoc, 'text'>;
  blocks: Block[];
  frontMatter?: Record<string, string>;
  api?: ApiPageFacts;
  diagnostics: Diagnostic[];
}
