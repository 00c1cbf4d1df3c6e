import { normalizeForSearch } from '../search/normalize.ts';
import { Lru } from '../lru.ts';

// Titles repeat across years and comparison pages; recent ones are kept, so a huge site cannot grow it.
const bigramCache = new Lru<string, Map<string, number>>(8192);

/** Character bigrams of a normalised text (a single character counts as its own bigram), computed once per text. */
function bigrams(text: string): Map<string, number> {
  return bigramCache.get(text) ?? bigramCache.set(text, countBigrams(text));
}

function countBigrams(text: string): Map<string, number> {
  const chars = [...normalizeForSearch(text).replace(/\s+/g, '')];
  const out = new Map<string, number>();
  if (chars.length === 1) out.set(chars[0], 1);
  for (let i = 0; i < chars.length - 1; i++) {
    const gram = chars[i] + chars[i + 1];
    out.set(gram, (out.get(gram) ?? 0) + 1);
  }
  return out;
}

/**
 * How alike two titles are, from 0 to 1: the Dice coefficient of their character bigrams. It suits
 * Japanese, which has no spaces between words.
 * @example titleSimilarity('防犯カメラ設置等に関する事業', '防犯カメラ設置事業') ≈ 0.64
 */
export function titleSimilarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  const total = [...x.values(), ...y.values()].reduce((s, n) => s + n, 0);
  if (total === 0) return 0;
  let shared = 0;
  for (const [gram, n] of x) shared += Math.min(n, y.get(gram) ?? 0);
  return (2 * shared) / total;
}

/** Titles at least this alike are taken as the same item when their ids differ. The pages state this rule. */
export const SIMILARITY_THRESHOLD = 0.5;
