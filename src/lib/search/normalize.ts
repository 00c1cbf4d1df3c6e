/**
 * One normalisation for both sides of search, so the index and the query agree (Pagefind issues
 * #1237 and #987: Japanese compounds and full-width text otherwise miss). It runs in Node when the
 * index is built and in the browser on every query.
 */

/**
 * Variant kanji folded to the form used in official documents (国土強靱化, not 国土強靭化).
 * Compatibility ideographs (U+F900…) need no entry: NFKC already folds them.
 */
const VARIANTS: Record<string, string> = {
  靭: '靱',
  﨑: '崎',
  嵜: '崎',
  髙: '高',
  邉: '辺',
  邊: '辺',
  濵: '浜',
  濱: '浜',
  德: '徳',
  凜: '凛',
  𠮷: '吉',
  頰: '頬',
  剝: '剥',
  𠮟: '叱',
  塡: '填',
  冩: '写',
  舘: '館',
  槇: '槙',
};
const VARIANT_PATTERN = new RegExp(`[${Object.keys(VARIANTS).join('')}]`, 'gu');

/** Japanese punctuation that NFKC would turn into ASCII; kept so excerpts read as published. */
const KEEP = '（）［］｛｝「」『』【】〔〕〈〉《》，．、。：；！？～＝＋－／＼＆％＃＠＊◇○●◎□■△▲▽▼※①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
/** Runs of text between kept characters, folded a run at a time (a half-width ｶﾞ becomes ガ, not カ plus a mark). */
const FOLDABLE_RUN = new RegExp(`[^${[...KEEP].map((ch) => `\\u{${ch.codePointAt(0)!.toString(16)}}`).join('')}]+`, 'gu');

/**
 * Folds width (full-width letters and digits, half-width katakana), variant kanji, variation
 * selectors and the katakana middle dot, which writers use inconsistently (ワーク・ライフ・バランス).
 * @example normalizeForSearch('ＵＤフォントと国土強靭化') → 'UDフォントと国土強靱化' (Pagefind itself ignores case)
 * @example normalizeForSearch('ワーク・ライフ・バランス') → 'ワークライフバランス'
 */
export function normalizeForSearch(text: string): string {
  return text
    .replace(FOLDABLE_RUN, (run) => run.normalize('NFKC'))
    .replace(/[\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}]/gu, '')
    .replace(VARIANT_PATTERN, (ch) => VARIANTS[ch])
    .replace(/[・･]/g, '');
}

/** Hiragana → katakana (ぁ-ゖ and ゝゞ are U+3041…, katakana U+30A1…, 0x60 apart). @example toKatakana('わーくらいふ') → 'ワークライフ' */
export const toKatakana = (text: string) =>
  text.replace(/[\u3041-\u3096\u309D\u309E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0x60));

/** Katakana → hiragana (the long-vowel mark stays). @example toHiragana('フルサト') → 'ふるさと' */
export const toHiragana = (text: string) =>
  text.replace(/[\u30A1-\u30F6\u30FD\u30FE]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60));

/** Whether the text is kana only (hiragana, katakana, the long-vowel mark). */
export const isKana = (text: string) => /^[\u3041-\u3096\u309D\u309E\u30A1-\u30FA\u30FC]+$/u.test(text);

/**
 * Spelling variants of a katakana word that writers use for the same loanword: without a final long
 * vowel (コンピューター/コンピュータ), ヴ as バ行 (ヴァ → バ), small ァィェォ after a consonant dropped
 * into the plain vowel only where the Japanese spelling rules of 外来語の表記 allow both (ウィ/ウイ, ウェ/ウエ, ウォ/ウオ).
 */
export function katakanaVariants(word: string): string[] {
  const out = new Set<string>();
  if (/[^ー]ー$/.test(word)) out.add(word.slice(0, -1));
  const v = word.replace(/ヴァ/g, 'バ').replace(/ヴィ/g, 'ビ').replace(/ヴェ/g, 'ベ').replace(/ヴォ/g, 'ボ').replace(/ヴ/g, 'ブ');
  if (v !== word) out.add(v);
  const w = word.replace(/ウィ/g, 'ウイ').replace(/ウェ/g, 'ウエ').replace(/ウォ/g, 'ウオ');
  if (w !== word) out.add(w);
  const w2 = word.replace(/ウイ/g, 'ウィ').replace(/ウエ/g, 'ウェ').replace(/ウオ/g, 'ウォ');
  if (w2 !== word) out.add(w2);
  out.delete(word);
  return [...out];
}

/**
 * A word without the okurigana that 公用文 allows to leave out in compounds (申し込み → 申込,
 * 取り組み → 取組, 打ち合わせ and 打合せ → 打合): kana between two kanji, and up to two after the last, go.
 * Particles (を, の, は, な …) are not okurigana and stay.
 */
export function foldKey(word: string): string {
  return word
    .replace(/(\p{Script=Han})(?![をのはがにとでへもやな])[ぁ-ゖ]{1,2}(?=\p{Script=Han})/gu, '$1')
    .replace(/(\p{Script=Han})(?![をのはがにとでへもやな])[ぁ-ゖ]{1,2}$/u, '$1');
}
