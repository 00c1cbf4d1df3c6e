/**
 * The search lexicon of one language's index, built with the index (Node only; nothing here reaches
 * the browser but the JSON it returns): for the words of the indexed pages,
 * - `alt`: other spellings and names of a word that the pages use: Sudachi's synonym dictionary
 *   (sudachi-synonyms-dictionary, Apache-2.0: spelling variants, okurigana, abbreviations, English),
 *   the 公用文 交ぜ書き table (kana-table.ts) and the site's glossary (ja ↔ en);
 * - `read`: katakana readings of the pages' nouns, from the kuromoji analyser
 *   (IPADIC) → the words as written, so 「きょうどう」 finds 協働 and not every stray き or う.
 * Keys and values are normalised as the index is (normalizeForSearch), English lower-cased.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { MAZEGAKI } from './kana-table.ts';
import { foldKey, normalizeForSearch } from './normalize.ts';

export interface Lexicon {
  /** A word (as typed, normalised) → words the pages use that mean the same; a trailing `~` marks a looser synonym. */
  alt: Record<string, string[]>;
  /** A katakana reading → the words of the pages read so. */
  read: Record<string, string[]>;
}

interface SynonymItem {
  midashi: string;
  vocabularyNumber: number;
  expandControl: number;
}

const require = createRequire(import.meta.url);

/** A synonym with its word as the index holds it (`key`). */
type SynonymForm = SynonymItem & { word: string };

let synonyms: Promise<SynonymForm[][]> | undefined;
/** Sudachi's synonym groups with their words normalised, read once per process (each language's lexicon goes through them). */
function synonymGroups(): Promise<SynonymForm[][]> {
  synonyms ??= (async () => {
    const dir = dirname(require.resolve('sudachi-synonyms-dictionary'));
    const groups = JSON.parse(await readFile(join(dir, 'sudachi-synonyms-dictionary.json'), 'utf8')) as { items: SynonymItem[] }[];
    return groups.map((g) => g.items.map((i) => ({ ...i, word: key(i.midashi) })));
  })();
  return synonyms;
}

interface Token {
  surface_form: string;
  pos: string;
  pos_detail_1: string;
  reading?: string;
}
interface Tokenizer {
  tokenize(text: string): Token[];
}

/** The longest compound read whole, in words: longer runs are phrases, which a query splits into these. */
const MAX_COMPOUND = 4;

let tokenizer: Promise<Tokenizer> | undefined;
/** kuromoji's tokenizer with its IPADIC dictionary, loaded once per process. */
function getTokenizer(): Promise<Tokenizer> {
  tokenizer ??= new Promise((resolve, reject) => {
    const kuromoji = require('kuromoji') as {
      builder(o: { dicPath: string }): { build(cb: (err: Error | null, t: Tokenizer) => void): void };
    };
    kuromoji
      .builder({ dicPath: join(dirname(require.resolve('kuromoji/package.json')), 'dict') })
      .build((err, t) => (err ? reject(err) : resolve(t)));
  });
  return tokenizer;
}

const key = (word: string) => normalizeForSearch(word).toLowerCase();
const HAS_KANJI = /\p{Script=Han}/u;

/** Adds `to` as an alternative of `from` when the pages use `to` and it is another word. */
function add(map: Map<string, Set<string>>, from: string, to: string) {
  if (from === to || from.length < 2) return;
  let set = map.get(from);
  if (!set) map.set(from, (set = new Set()));
  set.add(to);
}

/**
 * The lexicon of pages whose text (normalised) is `texts`, with the glossary's pairs.
 * @param glossary the site's glossary terms ({ ja, en })
 */
export async function buildLexicon(texts: string[], glossary: { ja: string; en?: string }[]): Promise<Lexicon> {
  const corpus = texts.join('\n');
  const lower = corpus.toLowerCase();
  // A word is used when it stands as a word: Latin letters and katakana not inside a longer run of them
  // (AI is not in "said", アクセ not in アクセシビリティ). Every two characters of it must be in the pages,
  // which rules out most of the dictionary's words before a search of the text; where the text holds
  // them, the places to look are those of its rarest two characters (where each pair starts, in order),
  // not the whole text: tens of thousands of dictionary words are looked up in every build.
  const starts = new Map<string, number[]>();
  for (let i = 0; i + 2 <= lower.length; i++) {
    const pair = lower.slice(i, i + 2);
    const list = starts.get(pair);
    if (list) list.push(i);
    else starts.set(pair, [i]);
  }
  const LATIN = /[a-z0-9]/;
  const KATAKANA = /[ァ-ヺー]/;
  const seen = new Map<string, boolean>();
  const find = (word: string) => {
    let rarest: number[] | undefined;
    let offset = 0;
    for (let k = 0; k + 2 <= word.length; k++) {
      const list = starts.get(word.slice(k, k + 2));
      if (!list) return false;
      if (!rarest || list.length < rarest.length) [rarest, offset] = [list, k];
    }
    const edge = LATIN.test(word[0]!) ? LATIN : KATAKANA.test(word[0]!) ? KATAKANA : undefined;
    // Every place the word starts, in order (overlapping ones too).
    for (const start of rarest!) {
      const at = start - offset;
      if (at < 0 || !lower.startsWith(word, at)) continue;
      if (!edge) return true;
      const end = at + word.length;
      if (!edge.test(lower[at - 1] ?? '') && !edge.test(lower[end] ?? '')) return true;
    }
    return false;
  };
  const used = (word: string) => {
    if (word.length < 2) return false;
    let found = seen.get(word);
    if (found === undefined) seen.set(word, (found = find(word)));
    return found;
  };
  const alt = new Map<string, Set<string>>();

  // Synonyms: the forms of one vocabulary item are the same word (申込/申し込み, 特定健診/特定健康診査);
  // other items of the group are looser (マイナンバー/個人番号), marked `~` and ranked lower, and only
  // between Japanese words (an English word's looser Japanese senses are too loose).
  const ascii = (w: string) => /^[\x20-\x7e]+$/.test(w);
  for (const forms of await synonymGroups()) {
    if (!forms.some((f) => used(f.word))) continue;
    for (const from of forms) {
      if (from.expandControl !== 0) continue;
      for (const to of forms) {
        if (to.expandControl === 2 || !used(to.word)) continue;
        if (to.vocabularyNumber === from.vocabularyNumber) add(alt, from.word, to.word);
        else if (!ascii(from.word) && !ascii(to.word)) add(alt, from.word, `${to.word}~`);
      }
    }
  }
  // 交ぜ書き (障がい/障害, 連けい/連携): both spellings are one word.
  for (const [kana, kanji] of MAZEGAKI) {
    if (used(kanji)) add(alt, kana, kanji);
    if (used(kana)) add(alt, kanji, kana);
  }
  // Okurigana (公用文: 申込/申し込み, 取組/取り組み): words that differ only in okurigana are one word.
  const byFold = new Map<string, Set<string>>();
  for (const m of corpus.matchAll(
    /\p{Script=Han}+(?:(?![をのはがにとでへもやな])[ぁ-ゖ]{1,2}\p{Script=Han}+)+(?:(?![をのはがにとでへもやな])[ぁ-ゖ]{1,2}(?![ぁ-ゖ]))?/gu,
  )) {
    const folded = foldKey(m[0]);
    if (folded !== m[0]) (byFold.get(folded) ?? byFold.set(folded, new Set()).get(folded)!).add(m[0]);
  }
  for (const [folded, forms] of byFold) for (const form of forms) add(alt, folded, form);
  // The glossary's pairs: an English word finds the Japanese one where a plan is not translated.
  for (const term of glossary) {
    if (!term.en) continue;
    const [ja, en] = [key(term.ja), key(term.en)];
    if (used(ja)) add(alt, en, ja);
    if (used(en)) add(alt, ja, en);
  }

  // Readings: each noun of the pages, and each compound the pages write (two to four words of a run of
  // nouns and the prefixes before them: 公 + 契約 + 条例, 協力 + 隊 in 協力隊等), so that a query's reading of a compound is read whole, not split into
  // homophones of its parts (コウ → 行); the nouns are there for compounds the pages do not write.
  const read = new Map<string, Set<string>>();
  const addReading = (reading: string, surface: string) => (read.get(reading) ?? read.set(reading, new Set()).get(reading)!).add(surface);
  // Each distinct sentence once: plans repeat their headings, labels and set phrases.
  const tokenizer = await getTokenizer();
  const sentences = new Set(corpus.split(/[\s。]+/u));
  for (const sentence of sentences) {
    let run: Token[] = [];
    const endRun = () => {
      // Every compound inside the run, of two to MAX_COMPOUND words, that does not end with a prefix.
      for (let i = 0; i < run.length; i++)
        for (let j = i + 2; j <= Math.min(run.length, i + MAX_COMPOUND); j++) {
          const words = run.slice(i, j);
          if (words.at(-1)!.pos === '接頭詞') continue;
          const surface = words.map((t) => t.surface_form).join('');
          if (HAS_KANJI.test(surface)) addReading(words.map((t) => t.reading).join(''), surface);
        }
      run = [];
    };
    for (const t of tokenizer.tokenize(sentence)) {
      const readable = t.reading !== undefined && t.reading !== '*';
      const noun = t.pos === '名詞' && t.pos_detail_1 !== '数' && readable;
      if (noun && HAS_KANJI.test(t.surface_form)) addReading(t.reading!, t.surface_form);
      if (noun || (t.pos === '接頭詞' && readable)) run.push(t);
      else endRun();
    }
    endRun();
  }
  const out = (map: Map<string, Set<string>>) =>
    Object.fromEntries([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, [...v].sort()]));
  return { alt: out(alt), read: out(read) };
}
