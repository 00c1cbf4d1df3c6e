/**
 * What a typed query means, before Pagefind sees it (browser and Node, no DOM): the fiscal year it
 * names (令和元年度, R1, H31, 2019年度, FY2019 → 2019) as a filter instead of text, question words
 * dropped, and for each remaining word its alternatives: other spellings and names from the lexicon
 * (lexicon.ts), okurigana folded (foldKey), kana typed for a katakana word, a reading (hiragana,
 * katakana or romaji) for the words of the pages read so. Each alternative has a weight ≤ 1.
 */
import { toKana } from 'wanakana';
import { foldKey, isKana, katakanaVariants, normalizeForSearch, toHiragana, toKatakana } from './normalize.ts';

export interface Lexicon {
  alt: Record<string, string[]>;
  read: Record<string, string[]>;
  /** Pagefind's page id → [url, title, municipality, department, year], on a small site. */
  pages?: Record<string, string[]>;
}
export interface Alternative {
  term: string;
  weight: number;
}
export interface ParsedQuery {
  /** The fiscal year named, if any. */
  year?: number;
  /** The words left, each with its alternatives (the word itself first). */
  parts: { word: string; alternatives: Alternative[] }[];
}

const ERAS: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925, r: 2018, h: 1988, s: 1925 };
const YEAR_PATTERNS: [RegExp, (m: RegExpExecArray) => number][] = [
  [/(令和|平成|昭和)(元|\d{1,2})年度?/u, (m) => ERAS[m[1]!]! + (m[2] === '元' ? 1 : Number(m[2]))],
  [/(?<![a-z])([rhs])(元|\d{1,2})(?:年度?)?(?![a-z0-9])/iu, (m) => ERAS[m[1]!.toLowerCase()]! + (m[2] === '元' ? 1 : Number(m[2]))],
  [/(?<![a-z])fy\s?(\d{4})(?!\d)/iu, (m) => Number(m[1])],
  [/(?<!\d)((?:19|20)\d{2})(?:年度?)?(?!\d)/u, (m) => Number(m[1])],
];
/** Words that ask "which year" or "when": the year filter or the results answer them, the text cannot. */
const QUESTION = /何年度|何年|いつ|どの年度|どの年|\b(?:which|what)\s+(?:fiscal\s+)?year\b|\bwhen\b|\bin which year\b|[?？]/giu;

/** The fiscal year a query names, and the query without it. */
export function takeYear(query: string): { year?: number; rest: string } {
  for (const [pattern, year] of YEAR_PATTERNS) {
    const m = pattern.exec(query);
    if (m) return { year: year(m), rest: `${query.slice(0, m.index)} ${query.slice(m.index + m[0].length)}` };
  }
  return { rest: query };
}

/**
 * Splits a katakana reading into readings the lexicon knows, and katakana words left as they are
 * (ボウハン|カメラ → 防犯カメラ), in as few pieces as it can, a reading counting as readingCost says and a
 * katakana piece two plus its length; at least one piece must be a known reading. The ways to write it (each piece's spellings combined, at most
 * `limit`), or undefined.
 */
function segment(reading: string, read: Lexicon['read'], limit = 4): string[] | undefined {
  // best[k][i]: the cheapest split of reading[0, i), with (k = 1) or without (k = 0) a known reading.
  type Split = { cost: number; pieces: string[][] };
  const best: (Split | undefined)[][] = [[{ cost: 0, pieces: [] }], []];
  const offer = (k: number, j: number, split: Split) => {
    if (!best[k]![j] || best[k]![j]!.cost > split.cost) best[k]![j] = split;
  };
  for (let i = 0; i < reading.length; i++)
    for (const k of [0, 1])
      for (let j = i + 1; j <= reading.length; j++) {
        const from = best[k]![i];
        if (!from) break;
        const piece = reading.slice(i, j);
        const words = read[piece];
        if (words) offer(1, j, { cost: from.cost + readingCost(piece, words), pieces: [...from.pieces, words] });
        // A piece left as typed, in katakana (カメラ) or in hiragana (ふるさと).
        if (j - i >= 2) offer(k, j, { cost: from.cost + 2 + piece.length, pieces: [...from.pieces, [piece, toHiragana(piece)]] });
      }
  const split = best[1]![reading.length];
  if (!split) return undefined;
  return split.pieces.reduce<string[]>((ways, words) => ways.flatMap((w) => words.map((x) => w + x)).slice(0, limit), ['']);
}

/**
 * What a known reading costs in a split: 1, but a one-kana reading 2, and a reading only single kanji
 * have a little more than keeping the kana as typed: セン → 線 and コウ → 行 are some of the many words read
 * so, no better evidence than the kana themselves (センター, 公契約). Compounds the pages write are read
 * whole (the lexicon has them), so a single kanji is needed only where the pages never join it.
 */
function readingCost(piece: string, words: string[]): number {
  if (piece.length === 1) return 2;
  return words.every((w) => [...w].length === 1) ? 2.5 + piece.length : 1;
}

/**
 * The word with one word of the lexicon inside it replaced by its same-word spellings (the longest such
 * word at each place, looser synonyms left out), at most `limit` of them.
 */
function substitutions(word: string, lexicon: Lexicon, limit = 6): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length && out.length < limit; i++)
    for (let j = Math.min(word.length, i + 12); j >= i + 2; j--) {
      if (i === 0 && j === word.length) continue;
      const alts = lexicon.alt[word.slice(i, j).toLowerCase()];
      if (!alts) continue;
      for (const a of alts) if (!a.endsWith('~')) out.push(word.slice(0, i) + a + word.slice(j));
      break;
    }
  return out.slice(0, limit);
}

/** The alternatives of one word of a query. */
export function alternatives(word: string, lexicon: Lexicon): Alternative[] {
  const out = new Map<string, number>();
  const put = (term: string, weight: number) => {
    if (term && (out.get(term) ?? 0) < weight) out.set(term, weight);
  };
  const lookup = (w: string, weight: number) => {
    for (const a of lexicon.alt[w.toLowerCase()] ?? [])
      put(a.endsWith('~') ? a.slice(0, -1) : a, a.endsWith('~') ? weight * 0.3 : weight * 0.9);
  };
  put(word, 1);
  lookup(word, 1);
  // A word of the lexicon inside the query (すべて in すべて達成): the query with its other spellings.
  for (const variant of substitutions(word, lexicon)) put(variant, 0.9);
  const folded = foldKey(word);
  if (folded !== word) {
    put(folded, 0.9);
    lookup(folded, 1);
  }
  // A reading: kana as typed, or romaji (for readers who cannot type Japanese).
  const kana = /^[a-z-]+$/i.test(word) ? toKana(word.toLowerCase()) : word;
  if (isKana(kana)) {
    const kata = toKatakana(kana);
    // Romaji might be an English word read as kana, katakana a loanword rather than a reading: their
    // readings count less than the word itself. Hiragana is a reading: the kana themselves would match
    // stray kana inside other words, so they go last.
    const hiragana = kana === word && /^[ぁ-ゖー]+$/u.test(word);
    const trust = hiragana ? 1 : kana === word ? 0.5 : 0.6;
    // Typed in katakana, a word is read only when one reading covers it whole (キョウドウ → 協働): split
    // into pieces, a loanword would turn into unrelated kanji (ウエ|ブ → 上部).
    const written = kana === word && !hiragana ? lexicon.read[kata] : segment(kata, lexicon.read);
    for (const w of written ?? []) put(w, trust);
    if (hiragana) out.set(word, written ? 0.2 : 0.3);
    put(kata, hiragana ? 0.9 : trust);
    lookup(kata, hiragana ? 0.9 : trust);
    for (const v of katakanaVariants(kata)) put(v, 0.7);
  }
  return [...out].map(([term, weight]) => ({ term, weight }));
}

/** The query normalised, its year taken out, question words dropped, and each word's alternatives. */
export function parseQuery(raw: string, lexicon: Lexicon): ParsedQuery {
  // A hyphen or dash typed for the long-vowel mark inside katakana (テレワ-ク) is that mark.
  const text = normalizeForSearch(raw).replace(/(?<=[ァ-ヺ])[-‐‑–—―−](?=[ァ-ヺ]|$|\s)/gu, 'ー');
  const { year, rest } = takeYear(text.trim());
  const words = rest
    .replace(QUESTION, ' ')
    .split(/[\s\u3000]+/u)
    .filter(Boolean);
  return { year, parts: words.map((word) => ({ word, alternatives: alternatives(word, lexicon) })) };
}
