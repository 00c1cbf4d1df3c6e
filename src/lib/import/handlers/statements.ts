/**
 * Statements: a heading (部の使命・目標, ビジョン（目指す姿）, 各課の役割 …) begins a block, and the
 * lines under it are its paragraphs, or its items when they carry a list mark.
 */
import { BULLET, MARKED_HEADING, NUMBERED_ITEM, headingNumber, isHeading } from '../line-shapes.ts';
import { looksLikeHeading } from './generic.ts';
import { divisionNamed, origin, section, type LineHandler } from '../state.ts';
import type { StatementDraft } from '../draft.ts';

/** The kind of statement a heading names, the first that matches. */
const STATEMENT_KINDS: [RegExp, StatementDraft['kind']][] = [
  [/使命|ミッション/, 'mission'],
  [/ビジョン|目指す姿/, 'vision'],
  [/運営方針|経営方針/, 'policy'],
  [/役割/, 'roles'],
  [/概要/, 'overview'],
  [/目標/, 'goals'],
  [/はじめに|紹介/, 'introduction'],
];

/** The kind a heading names, if it names one. */
export const statementKind = (heading: string) => STATEMENT_KINDS.find(([re]) => re.test(heading))?.[1];

export const statementHeading: LineHandler = (line, next, state) => {
  const kind = statementKind(line.text);
  if (!kind || !['start', 'other', 'statement', 'table'].includes(state.mode.kind)) return false;
  if (!isHeading(line.text) || BULLET.test(line.text) || !next || next.cells) return false;
  const block: StatementDraft = { kind, heading: line.text };
  origin(state, block, line);
  section(state, 'statements');
  state.blocks.push(block);
  state.mode = { kind: 'statement', block };
  return true;
};

export const statementLine: LineHandler = (line, next, state) => {
  if (state.mode.kind !== 'statement') return false;
  const block = state.mode.block;
  const item =
    (BULLET.test(line.text) && !(MARKED_HEADING.test(line.text) && looksLikeHeading(line, next))) ||
    ((NUMBERED_ITEM.test(line.text) || !!headingNumber(line.text)) && !looksLikeHeading(line, next));
  // A short line is a paragraph when it is the first under its heading or heads nothing.
  const first = !(block.items ?? block.paragraphs ?? block.tables) && !headingNumber(line.text) && !MARKED_HEADING.test(line.text);
  const field = item ? 'items' : isHeading(line.text) && !first && (looksLikeHeading(line, next) || !first) ? undefined : 'paragraphs';
  if (!field) return false;
  (block[field] ??= []).push(field === 'items' ? line.text.replace(BULLET, '') : line.text);
  state.itemIndent = field === 'items' ? (line.indent ?? 0) : undefined;
  // 各課の役割: "総務部は、政策法務課、職員課、…の7課で構成され" lists the divisions.
  const m = block.kind === 'roles' ? /は、(.+?)の(\d+)課で構成/.exec(line.text) : null;
  const names = m?.[1]?.split('、');
  if (names && names.length === Number(m![2]) && names.every((n) => /課$/.test(n))) names.forEach((n) => divisionNamed(state, n));
  return true;
};

/** A line indented under a list item (a web page's nested list: the item's details): an item of the same list. */
export const subItemLine: LineHandler = (line, _next, state) => {
  const indent = state.itemIndent;
  state.itemIndent = undefined;
  if (
    state.mode.kind !== 'statement' ||
    indent === undefined ||
    (line.indent ?? 0) <= indent ||
    line.cells ||
    MARKED_HEADING.test(line.text)
  )
    return false;
  state.mode.block.items!.push(line.text.replace(BULLET, ''));
  state.itemIndent = indent;
  return true;
};
