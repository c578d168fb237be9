// Reference: a bare single-threaded unified + remark-parse + remark-gfm parse of the given files.
import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';

const processor = unified().use(remarkParse).use(remarkGfm);
for (const file of process.argv.slice(2)) processor.parse(readFileSync(file, 'utf8'));
