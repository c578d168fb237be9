import type { Diagnostic } from '../shared/diagnostic.js';
import type { SourceDoc } from '../sources/types.js';

/** A link inside a cell or paragraph: `[RecordFile](#recordfile)`. */
export interface InlineLink {
  label: string;
  href: string;
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
}

export interface TableRow {
  cells: Cell[];
  line: number;
}

/** How a table was written: GFM, scraped `a | b |` rows, or space-separated API text. */
export type TableDialect = 'gfm' | 'pipe-text' | 'api-text';

export interface TableBlock {
  kind: 'table';
  dialect: TableDialect;
  header: Cell[];
  rows: TableRow[];
  line: number;
  /** API-page tables only: which section the table belongs to. */
  role?: 'input' | 'output' | 'errors';
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
}

export interface CodeBlock {
  kind: 'code';
  lang: string | null;
  text: string;
  /** Line of the first content line (not the fence). */
  line: number;
  /** Heading-like caption before it on an API page, e.g. `Output Example`. */
  caption?: string;
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
  action?: { value: string; line: number };
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
