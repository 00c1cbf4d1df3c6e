import { SIMILARITY_THRESHOLD, titleSimilarity } from './similarity.ts';

export interface Matched<T> {
  old: T;
  new: T;
  /** How the two were matched: the same id, or alike titles (see SIMILARITY_THRESHOLD). */
  by: 'id' | 'title';
  /** Whether the title changed between the two years. */
  renamed: boolean;
}

export interface Matching<T> {
  matched: Matched<T>[];
  added: T[];
  removed: T[];
}

/**
 * Matches the items of two years: first by id, then, among those left, by title similarity
 * (greedy, most alike pair first, at or above the threshold). Order follows the newer list.
 * @example matchItems(old, new, (p) => p.title.ja) → { matched, added, removed }
 */
export function matchItems<T extends { id: string }>(older: T[], newer: T[], title: (item: T) => string): Matching<T> {
  const oldById = new Map(older.map((o) => [o.id, o]));
  const pairs = new Map<T, Matched<T>>();
  for (const n of newer) {
    const o = oldById.get(n.id);
    if (o) pairs.set(n, { old: o, new: n, by: 'id', renamed: title(o) !== title(n) });
  }
  const matchedOld = new Set([...pairs.values()].map((p) => p.old));
  const leftOld = older.filter((o) => !matchedOld.has(o));
  const leftNew = newer.filter((n) => !pairs.has(n));
  const candidates = leftNew
    .flatMap((n) => leftOld.map((o) => ({ n, o, score: titleSimilarity(title(o), title(n)) })))
    .filter((c) => c.score >= SIMILARITY_THRESHOLD)
    .sort((a, b) => b.score - a.score);
  for (const { n, o } of candidates) {
    if (pairs.has(n) || matchedOld.has(o)) continue;
    pairs.set(n, { old: o, new: n, by: 'title', renamed: title(o) !== title(n) });
    matchedOld.add(o);
  }
  return {
    matched: newer.filter((n) => pairs.has(n)).map((n) => pairs.get(n)!),
    added: newer.filter((n) => !pairs.has(n)),
    removed: older.filter((o) => !matchedOld.has(o)),
  };
}
