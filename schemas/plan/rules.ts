/**
 * The rules of a plan that span fields (the schema's `.superRefine`): dates within the fiscal year,
 * ids unique and known, figures that add up. Each message says how to fix the file.
 */
import type { z } from 'astro/zod';
import { fiscalYearBounds } from '../fiscal-year.ts';
import { isRealDate } from '../ids.ts';
import { addRuleIssue } from '../issue.ts';
import type { Plan } from './shape.ts';
import { checkParts } from './rules-parts.ts';
import { checkDivisions } from './rules-divisions.ts';
import { checkStaff } from './rules-staff.ts';
import { checkBudget } from './rules-budget.ts';
import { checkProjects } from './rules-projects.ts';
import { checkDocumentRules } from './rules-document.ts';
import { uniqueIds, type Path } from './rules-ids.ts';

const isRealIsoDate = (date: string) => /^\d{4}-\d{2}-\d{2}$/.test(date) && isRealDate(date);

/** Every rule of a plan, in the order the file reads: dates, parts, divisions, resources, policies, projects, results. */
export function checkPlanRules(plan: Plan, ctx: z.RefinementCtx): void {
  const fy = plan.fiscalYear;
  const [start, end] = fiscalYearBounds(fy);
  const earliest = `${fy - 1}-04-01`;
  const checkDate = (date: string | undefined, path: Path) => {
    if (date && isRealIsoDate(date) && (date < earliest || date > end)) {
      addRuleIssue(ctx, path, {
        ja: `${date} は ${fy}年度（${start}〜${end}）の計画の時点としてありえません。年度か日付を直してください。`,
        en: `${date} cannot be the date of a plan for FY${fy} (${start} to ${end}). Correct the date or the fiscal year.`,
      });
    }
  };
  checkDate(plan.asOf, ['asOf']);
  checkDate(plan.resources?.asOf, ['resources', 'asOf']);

  checkParts(plan, ctx);
  const divisionIds = checkDivisions(plan, ctx);
  checkStaff(plan, ctx, divisionIds);
  checkBudget(plan, ctx);
  uniqueIds(ctx, plan.policies?.items ?? [], ['policies', 'items'], '方針', 'policy');
  checkProjects(plan, ctx, divisionIds);
  checkDocumentRules(plan, ctx);
  plan.organisation?.units.forEach((u, i) => {
    if (u.leader && u.leaders) {
      addRuleIssue(ctx, ['organisation', 'units', i, 'leaders'], {
        ja: '長が1人なら leader、複数なら leaders に文書の順で書きます。両方は書けません。leader の人を leaders の先頭に移してください。',
        en: 'One head goes in leader, several in leaders, in the order printed; not both. Move the leader into leaders, first.',
      });
    }
  });
  plan.results?.forEach((r, i) => {
    if (r.fiscalYear >= fy) {
      addRuleIssue(ctx, ['results', i, 'fiscalYear'], {
        ja: `results には、この計画（${fy}年度）より前の年度の実績を書きます（${r.fiscalYear}年度になっています）。この年度の実績は指標の actual に書いてください。`,
        en: `results holds actuals of years before this plan (FY${fy}), not FY${r.fiscalYear}. Put this year's actual in the indicator's actual.`,
      });
    }
  });
}
