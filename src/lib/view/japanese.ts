/** Japanese inside English text: what must be marked lang="ja" to be read out and shown as Japanese. */

/** A run starts at a kana or kanji (with the digits before it: 25年度末) and goes on over kana, kanji, ー・ and digits. */
const RUN = /([0-9]*[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}][\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u30fc\u30fb0-9]*)/u;

export function hasJapanese(text: string): boolean {
  return RUN.test(text);
}

/** The text split into runs, alternately other text and Japanese: ['Unit (e.g. ', '回', ')']. */
export function japaneseRuns(text: string): string[] {
  return text.split(RUN);
}
