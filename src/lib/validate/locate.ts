import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

/**
 * Finds the line and column of a field in a parsed YAML document. It walks as far down the path as
 * the file goes, so a missing field points at its parent; `atKey` points at a key rather than its value.
 */
export function locate(
  doc: Document,
  lineCounter: LineCounter,
  path: readonly PropertyKey[],
  atKey = false,
): { line: number; column: number } {
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      // A complex key (? [a, b]) is named in paths by its value joined with commas, as JavaScript does.
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : String((p.key as Node | null)?.toJSON?.())) === seg);
      if (!pair) break;
      const keyNode = pair.key as Node | null;
      const valueNode = pair.value as Node | null;
      offset = (last && atKey) || !valueNode?.range ? (keyNode?.range?.[0] ?? offset) : valueNode.range[0];
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as Node | undefined;
      if (!item?.range) break;
      offset = item.range[0];
      node = item;
    } else break;
  }
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}
