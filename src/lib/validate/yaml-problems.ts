import { isMap, isScalar, type Document, type Node } from 'yaml';
import type { Bilingual } from './diagnostic.ts';

/** A text in a flow mapping `{ … }` that an unquoted comma cut into a value and bare keys. */
export interface CutText {
  /** The key whose value the text was meant to be (e.g. en). */
  key: string;
  /** The pieces after the commas, which YAML read as keys without values. */
  strays: string[];
  /** The whole text as written, from the value to the last piece. */
  text: string;
}

/**
 * In a flow mapping `{ ja: 架空区, en: City, Ward }` YAML ends a value at a comma, so `Ward` becomes a
 * key without a value. Finds such runs of bare keys at `path` of `doc` (whose source is `source`), each
 * with the key and text they were cut from, so the clerk hears once that the text needs quotes.
 */
export function cutTexts(doc: Document, source: string, path: readonly PropertyKey[]): CutText[] {
  const node = path.length ? doc.getIn(path as (string | number)[], true) : doc.contents;
  if (!isMap(node) || !node.flow) return [];
  const cuts: CutText[] = [];
  let current: (CutText & { start: number }) | undefined;
  for (const pair of node.items) {
    const keyNode = pair.key as Node | null;
    const bare = isScalar(keyNode) && pair.value === null && keyNode.range && !/^\s*:/.test(source.slice(keyNode.range[1]));
    if (bare && current) {
      current.strays.push(String(keyNode.value));
      current.text = source.slice(current.start, keyNode.range![1]).trim();
      continue;
    }
    if (current?.strays.length) cuts.push({ key: current.key, strays: current.strays, text: current.text });
    current = undefined;
    const value = pair.value as Node | null;
    if (isScalar(keyNode) && isScalar(value) && value.range && typeof value.value === 'string' && !value.type?.startsWith('QUOTE')) {
      current = { key: String(keyNode.value), strays: [], text: String(value.value), start: value.range[0] };
    }
  }
  if (current?.strays.length) cuts.push({ key: current.key, strays: current.strays, text: current.text });
  return cuts;
}

/** The message for a cut text: one, at the value, saying to quote it. */
export function cutTextMessage(cut: CutText): Bilingual {
  const quoted = `${cut.key}: "${cut.text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  return {
    ja: `{ } の中の「${cut.key}」の文にカンマ（,）があるため、YAML がカンマの後ろ（${cut.strays.map((s) => `「${s}」`).join('')}）を別の項目として読みました。文全体を引用符で囲んでください（例 ${quoted}）。`,
    en: `The text of "${cut.key}" inside { } has a comma, so YAML read what follows it (${cut.strays.map((s) => `"${s}"`).join(', ')}) as other keys. Put the whole text in double quotes (e.g. ${quoted}).`,
  };
}
