/** Divisions and their sub-sections: unique ids, and a shared mission only with an earlier row that has one. */
import type { z } from 'astro/zod';
import { addRuleIssue } from '../issue.ts';
import type { Plan } from './shape.ts';
import { uniqueIds } from './rules-ids.ts';

/** Returns the division ids, which staff figures and projects refer to. */
export function checkDivisions(plan: Plan, ctx: z.RefinementCtx): Set<string> {
  const items = plan.divisions?.items ?? [];
  const ids = uniqueIds(ctx, items, ['divisions', 'items'], '課', 'division');
  items.forEach((division, i) => {
    const sections = division.sections ?? [];
    uniqueIds(ctx, sections, ['divisions', 'items', i, 'sections'], '担当', 'sub-section');
    sections.forEach((section, j) => {
      if (!section.sharesMissionWith) return;
      const path = ['divisions', 'items', i, 'sections', j, 'sharesMissionWith'];
      const target = sections.findIndex((s) => s.id === section.sharesMissionWith);
      if (section.mission) {
        addRuleIssue(ctx, path, {
          ja: `mission と sharesMissionWith は同時に書けません。どちらか一方にしてください。`,
          en: `Give either mission or sharesMissionWith, not both.`,
        });
      } else if (target < 0 || target >= j || !sections[target].mission) {
        addRuleIssue(ctx, path, {
          ja: `「${section.sharesMissionWith}」は、この担当より前にある、mission を持つ担当の ID である必要があります。`,
          en: `"${section.sharesMissionWith}" must be the id of an earlier sub-section of this division that has a mission.`,
        });
      }
    });
  });
  return ids;
}
