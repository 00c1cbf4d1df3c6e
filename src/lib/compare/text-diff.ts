import { diffWords } from 'diff';

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
  let segmenter = segmenters.get(lang);
  if (!segmenter) segmenters.set(lang, (segmenter = new Intl.Segmenter(lang, { granularity: 'word' })));
  return diffWords(older, newer, { intlSegmenter: segmenter }).map((c) => ({
    type: c.added ? 'added' : c.removed ? 'removed' : 'same',
    text: c.value,
  }));
}
