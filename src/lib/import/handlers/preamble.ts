/**
 * The lines before the title: a saved web page's "source: <address>" first line, and in Nakano's
 * layout the department name printed above the title. The first other line is the title.
 */
import { textToFiscalYear } from '../figures.ts';
import type { ImportState, LineHandler } from '../state.ts';
import type { SourceLine } from '../source-lines.ts';

const DEPARTMENT_LINE = /^[^\s、。「」()（）]{1,12}(?:部|局|室|本部)$/;

/** Every line before the title is one of these, so this handler always takes the line. */
export const preambleLine: LineHandler = (line, _next, state) => sourceAddress(line, state) || titleLine(line, state);

/** A saved web page's first line gives the document's address, unless the caller gave one. */
function sourceAddress(line: SourceLine, state: ImportState): boolean {
  const m = !state.url && /^source:\s*(https?:\/\/\S+)$/.exec(line.text);
  return !!m && ((state.url = m[1]), true);
}

/** The title, which also names the fiscal year, the kind of document and often the department. */
function titleLine(line: SourceLine, state: ImportState): boolean {
  if (!state.departmentName && DEPARTMENT_LINE.test(line.text)) return (state.departmentName = line.text), true;
  const title = line.text;
  state.title = title;
  state.departmentName ??= /^(\S+?)の「/.exec(title)?.[1];
  state.fiscalYear ??= textToFiscalYear(title);
  state.documentType = /「(.+?)」/.exec(title)?.[1] ?? title.replace(/\s*[（(].*$/, '');
  return true;
}
