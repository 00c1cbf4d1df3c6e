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
