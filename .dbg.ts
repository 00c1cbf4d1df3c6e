import { SourceLines } from './src/lib/import/source-lines.ts';
import { looksLikeHeading } from './src/lib/import/handlers/generic.ts';
import { readFileSync } from 'node:fs';
const s = new SourceLines(readFileSync(process.argv[2]!, 'utf8'));
s.lines.forEach((l, i) => console.log(l.number, [...l.text].length, looksLikeHeading(l, s.lines[i + 1]), l.text.slice(0, 40)));
