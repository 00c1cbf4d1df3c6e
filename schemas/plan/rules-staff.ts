/** Staff figures: a count or a breakdown that adds up, parts within the whole, and a ratio checked against the counts. */
import type { z } from 'astro/zod';
import { addRuleIssue } from '../issue.ts';
import type { Plan } from './shape.ts';
import { uniqueIds, unknownDivision } from './rules-ids.ts';
import { cellCount, cellText } from './outline-walk.ts';

export function checkStaff(plan: Plan, ctx: z.RefinementCtx, divisionIds: Set<string>): void {
  const staff = plan.resources?.staff;
  if (staff) {
    uniqueIds(ctx, staff.items, ['resources', 'staff', 'items'], '職員数', 'staff figure');
    staff.items.forEach((item, i) => {
      const path = ['resources', 'staff', 'items', i];
      const sum = item.composition?.reduce((acc, c) => acc + c.count, 0);
      if (item.cell) {
        const text = cellText(plan, item.cell);
        const read = cellCount(text);
        if (read === undefined) {
          addRuleIssue(ctx, [...path, 'cell'], {
            ja:
              text === undefined
                ? 'cell が指す表のセルがありません。表の ID（または番号）・行・列を確認してください。'
                : `cell が指すセル（「${text}」）は人数ではありません。人数が印刷されているセルを指してください。`,
            en:
              text === undefined
                ? 'cell points at no table cell. Check the table id (or number), row and column.'
                : `The cell points at "${text}", which is not a number of staff. Point at the cell that prints it.`,
          });
        } else if (item.count !== undefined && item.count !== read) {
          addRuleIssue(ctx, [...path, 'count'], {
            ja: `count（${item.count}人）が cell の人数（${read}人）と違います。count を消してください（人数はセルから読みます）。`,
            en: `count (${item.count}) differs from the cell (${read}). Remove count: the figure is read from the cell.`,
          });
        }
        return;
      }
      if (item.count === undefined && sum === undefined) {
        addRuleIssue(ctx, [...path, 'count'], {
          ja: `人数 count か内訳 composition のどちらかを書いてください。`,
          en: `Give the number of staff as count, or its breakdown as composition.`,
        });
      }
      if (item.count !== undefined && sum !== undefined && sum !== item.count) {
        addRuleIssue(ctx, [...path, 'count'], {
          ja: `内訳の合計（${sum}人）が count（${item.count}人）と一致しません。どちらかを直してください。`,
          en: `The breakdown adds up to ${sum}, not the count of ${item.count}. Correct one of them.`,
        });
      }
      const total = item.count ?? sum ?? 0;
      item.includes?.forEach((part, j) => {
        if (part.count > total) {
          addRuleIssue(ctx, [...path, 'includes', j, 'count'], {
            ja: `「うち」の人数（${part.count}人）が全体（${total}人）を超えています。`,
            en: `The included count (${part.count}) is larger than the whole (${total}).`,
          });
        }
      });
      if (item.division && !divisionIds.has(item.division)) {
        addRuleIssue(ctx, [...path, 'division'], unknownDivision(item.division, divisionIds));
      }
    });
    const ratio = staff.ratio;
    if (ratio) {
      const item = staff.items.find((s) => s.id === ratio.staff);
      const count = item?.count ?? item?.composition?.reduce((acc, c) => acc + c.count, 0);
      if (count === undefined) {
        addRuleIssue(ctx, ['resources', 'staff', 'ratio', 'staff'], {
          ja: `ratio.staff「${ratio.staff}」に当たる職員数が staff.items にありません。既存の id を書いてください。`,
          en: `ratio.staff "${ratio.staff}" names no staff figure in staff.items. Use one of their ids.`,
        });
      } else if (ratio.total === 0 || count > ratio.total) {
        addRuleIssue(ctx, ['resources', 'staff', 'ratio', 'total'], {
          ja: `全体の職員数（${ratio.total}人）が部の職員数（${count}人）より少なくなっています。`,
          en: `The municipality's total (${ratio.total}) is smaller than the department's staff (${count}).`,
        });
      } else {
        const decimals = (String(ratio.percent).split('.')[1] ?? '').length;
        const computed = Number(((count / ratio.total) * 100).toFixed(decimals));
        if (computed !== ratio.percent) {
          addRuleIssue(ctx, ['resources', 'staff', 'ratio', 'percent'], {
            ja: `職員比率は ${count}人 ÷ ${ratio.total}人 = ${computed}% です（書かれているのは ${ratio.percent}%）。人数か比率を直してください。`,
            en: `The staff ratio is ${count} / ${ratio.total} = ${computed}%, not ${ratio.percent}%. Correct the counts or the ratio.`,
          });
        }
      }
    }
  }
}
