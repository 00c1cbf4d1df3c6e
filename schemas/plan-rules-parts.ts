/** The numbered parts of a plan list each section it has exactly once. */
import type { z } from 'astro/zod';
import { addRuleIssue } from './issue.ts';
import type { Plan } from './plan.ts';
import { PLAN_SECTION_KEYS } from './plan-section-key.ts';

export function checkParts(plan: Plan, ctx: z.RefinementCtx): void {
  const placed = new Set<string>();
  plan.parts?.forEach((part, i) =>
    part.sections.forEach((key, j) => {
      const path = ['parts', i, 'sections', j];
      if (placed.has(key)) {
        addRuleIssue(ctx, path, {
          ja: `節「${key}」は複数の parts に入っています。1つの部にだけ入れてください。`,
          en: `Section "${key}" is listed in more than one part. List it once.`,
        });
      } else if (plan[key] === undefined) {
        addRuleIssue(ctx, path, {
          ja: `節「${key}」がこの計画にありません。parts から外すか、${key} を書いてください。`,
          en: `Section "${key}" is not in this plan. Remove it from parts or add ${key}.`,
        });
      }
      placed.add(key);
    }),
  );
  if (plan.parts) {
    for (const key of PLAN_SECTION_KEYS) {
      if (plan[key] !== undefined && !placed.has(key)) {
        addRuleIssue(ctx, ['parts'], {
          ja: `parts を使う場合は、すべての節を入れてください（「${key}」がありません）。`,
          en: `When parts are given, every section must be in one ("${key}" is missing).`,
        });
      }
    }
  }
}
