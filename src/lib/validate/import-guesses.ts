/**
 * The guesses `npm run import` leaves in a draft: a comment `# 要確認 / check: <field>: <why>` above a
 * field it filled from weak evidence (a year read from the body, a kind taken from the document's kind,
 * a title named in the text). The validator lists each as a warning until a clerk has confirmed or
 * edited the field and removed the comment; a warning never stops publishing, so the comment is the
 * clerk's to-do list, not a gate.
 */

/** The mark of a guess, as the import writes it. */
export const GUESS_MARK = '要確認 / check:';

const GUESS = /^([ \t]*)#[ \t]*要確認 \/ check:[ \t]*(.*)$/;

export interface ImportGuess {
  line: number;
  column: number;
  message: { ja: string; en: string };
}

/** Every guess comment in a plan file's text, with its line and column. */
export function importGuesses(text: string): ImportGuess[] {
  return text.split(/\r?\n/).flatMap((line, i) => {
    const m = GUESS.exec(line);
    if (!m) return [];
    const what = m[2]!.trim();
    return [
      {
        line: i + 1,
        column: m[1]!.length + 1,
        message: {
          ja: `取り込み（npm run import）が推測で書いた値です（${what}）。原本と見比べて正しければ、この「# 要確認」の行を消してください。`,
          en: `The import (npm run import) filled this from weak evidence (${what}). Compare it with the original; when it is right, delete this "# 要確認" comment line.`,
        },
      },
    ];
  });
}
