/** What the handlers of several sections recognise in a line. */

/** A list mark at the start of a line (◇ 方針, ・ 指標, ○ 項目), when text follows it. */
export const BULLET = /^[◇◆●■○◯・･•]\s*(?=\S)/;

/** A short line that does not end a sentence and is not a table row. */
export const isHeading = (text: string, max = 30) => text.length <= max && !/[。．]$/.test(text) && !text.includes('\t');
