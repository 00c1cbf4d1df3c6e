/** The order municipalities are listed in, wherever a page lists them. */
import type { Municipality } from '../../../schemas/index.ts';

const japanese = new Intl.Collator('ja');

/**
 * The order municipalities are listed in: by 全国地方公共団体コード (prefecture, then the body within it),
 * as the ministry's list is; bodies sharing a code by their Japanese names (Intl's Japanese collation:
 * kana in 五十音 order), then by id, so the order never depends on the machine.
 */
export function byCode(a: Pick<Municipality, 'code' | 'name' | 'id'>, b: Pick<Municipality, 'code' | 'name' | 'id'>): number {
  return (
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) || japanese.compare(a.name.ja, b.name.ja) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
