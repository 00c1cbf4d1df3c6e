import { diffWords } from 'diff';
import { titleSimilarity } from './similarity.ts';

export interface DiffPart {
  type: 'same' | 'added' | 'removed';
  text: string;
}

const segmenters = new Map<string, Intl.Segmenter>();

/**
 * Marks what changed between two texts at word level, with Intl.Segmenter supplying the word
 * boundaries, so Japanese (which has no spaces) is compared by words rather than as one block.
 * @example textDiff('年間80回以上', '年間85回以上', 'ja') → [same 年間, removed 80, added 85, same 回以上]
 */
export function textDiff(older: string, newer: string, lang: string): DiffPart[] {
  // Both languages' pages of a pair usually compare the same texts (English falls back to Japanese).
  const key = `${lang}\u0000${older}\u0000${newer}`;
  let parts = memo.get(key);
  if (!parts) memo.set(key, (parts = computeDiff(older, newer, lang)));
  return parts;
}

const memo = new Map<string, DiffPart[]>();

function computeDiff(older: string, newer: string, lang: string): DiffPart[] {
  let segmenter = segmenters.get(lang);
  if (!segmenter) segmenters.set(lang, (segmenter = new Intl.Segmenter(lang, { granularity: 'word' })));
  if (older === newer) return [{ type: 'same', text: older }];
  // Long texts with little in common are shown as replaced: cheaper, and easier to read than a confetti of marks.
  if (older.length + newer.length > 80 && titleSimilarity(older, newer) < REPLACED_BELOW) return [{ type: 'removed', text: older }, { type: 'added', text: newer }];
  const changes = diffWords(older, newer, { intlSegmenter: segmenter, maxEditLength: MAX_EDITS });
  // Past the cap the texts have little in common: showing all of one replaced by all of the other is
  // both truer to the reader and far cheaper than an exhaustive word-by-word search.
  if (!changes) return [{ type: 'removed', text: older }, { type: 'added', text: newer }];
  return changes.map((c) => ({ type: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value }));
}

/** Edits beyond which two texts are shown as replaced rather than diffed word by word. */
export const MAX_EDITS = 100;

/** Below this bigram similarity two texts are shown as replaced without a word-by-word search. */
export const REPLACED_BELOW = 0.4;
