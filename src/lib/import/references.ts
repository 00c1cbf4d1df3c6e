/**
 * The department's other plans (parsed YAML, not checked): the draft reuses the ids of their items
 * when titles match, so that the same project keeps its id from year to year.
 */
import { SIMILARITY_THRESHOLD, titleSimilarity } from '../compare/similarity.ts';

export type Data = Record<string, unknown>;

/** The Japanese of a text, whether written as a plain string or as { ja, en }. */
export const ja = (value: unknown): string =>
  typeof value === 'string' ? value : (((value as Data | undefined)?.ja as string | undefined) ?? '');
/** The value when it is a list, else an empty one: a reference file may hold anything. */
export const list = (value: unknown): Data[] => (Array.isArray(value) ? (value as Data[]) : []);
const at = (value: unknown, ...path: string[]) => path.reduce<unknown>((v, k) => (v as Data | undefined)?.[k], value);

/** The items at `path` (e.g. projects.items) of each reference plan. */
export const itemsAt = (references: Data[], ...path: string[]): Data[][] => references.map((plan) => list(at(plan, ...path)));

/** Finds an id for a new item: the id of the most alike unused item in the reference plans, or a numbered one. */
export class Ids {
  private readonly taken = new Set<string>();
  private readonly references: Data[][];
  constructor(references: Data[][]) {
    this.references = references;
  }

  pick(text: string, fallback: string, exact = false): string {
    let best: { id: string; score: number } | undefined;
    for (const items of this.references)
      for (const item of items) {
        const id = item.id as string | undefined;
        const other = ja(item.title ?? item.name ?? item.label);
        if (!id || this.taken.has(id) || !other) continue;
        const score = other === text ? 1 : exact ? 0 : titleSimilarity(text, other);
        if (score >= (exact ? 1 : SIMILARITY_THRESHOLD) && (!best || score > best.score)) best = { id, score };
      }
    let id = best?.id ?? fallback;
    for (let n = 2; this.taken.has(id); n++) id = `${fallback}-${n}`;
    this.taken.add(id);
    return id;
  }
}

/** The reference project the draft project took its id from, for its indicators' ids. */
export function projectReference(references: Data[], id: string): Data | undefined {
  for (const plan of references) {
    const found = list(at(plan, 'projects', 'items')).find((p) => p.id === id);
    if (found) return found;
  }
  return undefined;
}
