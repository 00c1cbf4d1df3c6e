/** Budget figures: parts within the amount, and a derived amount (事業費 = 一般会計 − 人件費) checked. */
import type { z } from 'astro/zod';
import { addRuleIssue } from '../issue.ts';
import type { Plan } from './shape.ts';
import { uniqueIds } from './rules-ids.ts';

export function checkBudget(plan: Plan, ctx: z.RefinementCtx): void {
  const items = plan.resources?.budget?.items ?? [];
  uniqueIds(ctx, items, ['resources', 'budget', 'items'], '予算', 'budget figure');
  items.forEach((item, i) => {
    const path = ['resources', 'budget', 'items', i];
    const parts = item.includes?.reduce((acc, p) => acc + p.amount, 0) ?? 0;
    if (parts > item.amount) {
      addRuleIssue(ctx, [...path, 'includes'], {
        ja: `内訳の合計（${parts}）が金額（${item.amount}）を超えています。`,
        en: `The included parts add up to ${parts}, more than the amount ${item.amount}.`,
      });
    }
    if (!item.derivedFrom) return;
    const base = items.find((b) => b.id === item.derivedFrom!.item);
    if (!base || base === item) {
      addRuleIssue(ctx, [...path, 'derivedFrom', 'item'], {
        ja: `derivedFrom.item「${item.derivedFrom.item}」に当たる別の予算がありません。既存の id を書いてください。`,
        en: `derivedFrom.item "${item.derivedFrom.item}" names no other budget figure. Use one of their ids.`,
      });
      return;
    }
    let expected = base.amount;
    const subtracted: number[] = [];
    item.derivedFrom.minus.forEach((id, j) => {
      const part = base.includes?.find((p) => p.id === id);
      if (!part) {
        addRuleIssue(ctx, [...path, 'derivedFrom', 'minus', j], {
          ja: `「${id}」は予算「${base.id}」の includes にありません。そこにある id を書いてください。`,
          en: `"${id}" is not one of the includes of budget "${base.id}". Use one of their ids.`,
        });
      } else {
        expected -= part.amount;
        subtracted.push(part.amount);
      }
    });
    if (item.unit !== base.unit) {
      addRuleIssue(ctx, [...path, 'unit'], {
        ja: `計算元の予算「${base.id}」と単位が違います（${base.unit} と ${item.unit}）。同じ単位で書いてください。`,
        en: `The unit differs from budget "${base.id}" (${base.unit} vs ${item.unit}). Use the same unit.`,
      });
    } else if (expected !== item.amount) {
      addRuleIssue(ctx, [...path, 'amount'], {
        ja: `金額は ${[base.amount, ...subtracted].map(digits).join(' − ')} = ${digits(expected)} になるはずですが、${digits(item.amount)} と書かれています。数字を確認してください。`,
        en: `The amount should be ${[base.amount, ...subtracted].map(digits).join(' − ')} = ${digits(expected)}, but it is ${digits(item.amount)}. Check the figures.`,
      });
    }
  });
}

/** @example digits(1234567000) → '1,234,567,000' */
const digits = (n: number) => n.toLocaleString('en-US');
