/**
 * The lines before the body: a saved web page's "source: <address>" first line, the department name
 * printed above the title (Nakano), and the title. A line is the title only when it looks like one:
 * it names the kind of document (運営方針, 工程表, 組織目標, 目標, 抱負 …), is not a sentence, a list
 * item, a table row or a breadcrumb. Without such a line (or a title given by the caller) the draft
 * asks for it (要入力).
 */
import { textToFiscalYear } from '../figures.ts';
import { BULLET, pipeCells } from '../line-shapes.ts';
import type { ImportState, LineHandler } from '../state.ts';
import type { SourceLine } from '../source-lines.ts';

const DEPARTMENT_LINE = /^[^\s、。「」()（）]{1,12}(?:部|局|室|本部)$/;
/** Words that name the kind of a plan document. */
const DOCUMENT_KIND = /工程表|運営方針|経営方針|組織目標|目標|抱負|方針|マニフェスト|ミッション|チャレンジ|経営計画|事業計画/;
/** How far into the text the title may be (a web page puts a menu and a breadcrumb first). */
const TITLE_WITHIN = 10;

/** Whether a line looks like a plan's title. */
export const looksLikeTitle = (text: string) =>
  DOCUMENT_KIND.test(text) &&
  [...text].length <= 60 &&
  !/[。．、]$/.test(text) &&
  !BULLET.test(text) &&
  !pipeCells(text) &&
  !/[>＞]/.test(text) &&
  !/^source:/.test(text);

/** The title line, among the first lines of the text. */
export function findTitle(lines: SourceLine[]): SourceLine | undefined {
  return lines.slice(0, TITLE_WITHIN).find((l) => !l.cells && looksLikeTitle(l.text));
}

/** The caller's title: the document's kind, fiscal year and department are read from it. */
export function takeTitle(title: string, state: ImportState): void {
  state.title = title;
  state.departmentName ??= /^(\S+?)の「/.exec(title)?.[1];
  state.fiscalYear ??= textToFiscalYear(title);
  state.documentType = /「(.+?)」/.exec(title)?.[1] ?? title.replace(/\s*[（(].*$/, '');
}

/** The source line, a department line before the title, and the title line itself. */
export const preambleLine: LineHandler = (line, _next, state) => {
  if (line === state.titleLine) {
    if (!state.title) takeTitle(line.text, state);
    return true;
  }
  if (state.mode.kind !== 'start') return false;
  const m = /^source:\s*(https?:\/\/\S+)$/.exec(line.text);
  if (m) {
    state.url ??= m[1];
    return true;
  }
  if (state.titleLine && line.number < state.titleLine.number && !state.departmentName && DEPARTMENT_LINE.test(line.text))
    return ((state.departmentName = line.text), true);
  return false;
};
