/** What the handlers of several sections recognise in a line. */

/** A list mark at the start of a line (◇ 方針, ・ 指標, ○ 項目), when text follows it. */
export const BULLET = /^[◇◆●■○◯・･•]\s*(?=\S)/;

/** A numbered item mark: ①, (1), （1）. */
export const NUMBERED_ITEM = /^(?:[①-⑳]|[(（]\d{1,2}[)）])\s*(?=\S)/;

/** A short line that does not end a sentence and is not a table row. */
export const isHeading = (text: string, max = 30) =>
  text.length <= max && !/[。．]$/.test(text) && !text.includes('\t') && !pipeCells(text);

/** The numbering of a heading: 1. / 1． / (1) / （1） / 1 (then a space) / 第1 / 第一章, and the style it is of. */
export function headingNumber(text: string): string | undefined {
  if (/^第[0-9０-９一二三四五六七八九十]+[章節部項]?\s*\S/.test(text)) return 'dai';
  if (/^\d{1,2}[.．](?!\d)\s*\S/.test(text)) return 'dot';
  if (/^[(（]\d{1,2}[)）]\s*\S/.test(text)) return 'paren';
  if (/^[①-⑳]\s*\S/.test(text)) return 'circled';
  if (/^\d{1,2}\s+\S/.test(text)) return 'space';
  return undefined;
}

/** A heading mark that is not a list mark: 【見出し】, ■ 見出し, □ 見出し. */
export const MARKED_HEADING = /^(?:【[^】]+】|[■□◆])/;

/**
 * The cells of a pipe-separated table row (`a | b | c |`, as a web page's table is copied), without
 * the empty cells at its edges; undefined for a line that is no such row.
 */
export function pipeCells(text: string): string[] | undefined {
  if (!/[|｜]/.test(text) || /^https?:/.test(text)) return undefined;
  const cells = text.split(/\s*[|｜]\s*/);
  if (cells[0] === '') cells.shift();
  if (cells.at(-1) === '') cells.pop();
  return cells.length >= 2 || /^[|｜]|[|｜]$/.test(text.trim()) ? cells : undefined;
}
