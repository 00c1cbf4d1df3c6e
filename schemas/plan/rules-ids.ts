/** What several plan rules share: ids unique within a list, and the message for an unknown division. */
import type { z } from 'astro/zod';
import { addRuleIssue, type BilingualMessage } from '../issue.ts';

/** A path into the plan file, for an issue. */
export type Path = (string | number)[];

/** Reports each id that appears twice in a list, at the second occurrence. */
export function uniqueIds(ctx: z.RefinementCtx, items: { id: string }[], path: Path, ja: string, en: string): Set<string> {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first !== undefined) {
      addRuleIssue(ctx, [...path, i, 'id'], {
        ja: `${ja}の ID「${item.id}」が2回使われています（${first + 1}番目と${i + 1}番目）。別の ID にしてください。`,
        en: `The ${en} id "${item.id}" is used twice (items ${first + 1} and ${i + 1}). Give each a different id.`,
      });
    } else seen.set(item.id, i);
  });
  return new Set(seen.keys());
}

/** The message for a division id that divisions.items lacks, listing the ids it has. */
export function unknownDivision(id: string, known: Set<string>): BilingualMessage {
  const list = [...known].join(', ') || '—';
  return {
    ja: `課「${id}」は divisions.items にありません。そこにある ID（${list}）を書くか、課を追加してください。`,
    en: `Division "${id}" is not in divisions.items. Use one of its ids (${list}) or add the division.`,
  };
}
