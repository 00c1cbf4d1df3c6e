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

/**
 * Change notes are written oldest first, so a new one is added at the end and the earlier ones keep
 * their place (the feed's entry ids count notes of a day in that order). None can predate the plan's
 * writing (before its fiscal year's previous 1 April). No date is checked against the clock: the
 * same file must give the same result whenever it is validated or built.
 */
function checkChangeNotes(plan: Plan, ctx: z.RefinementCtx, earliest: string): void {
  const notes = plan.changes ?? [];
  notes.forEach((n, i) => {
    if (!isRealIsoDate(n.date)) return;
    if (n.date < earliest) {
      addRuleIssue(ctx, ['changes', i, 'date'], {
        ja: `${n.date} は ${plan.fiscalYear}年度の計画の変更のお知らせの日付としてありえません（${earliest} より前）。日付を直してください。`,
        en: `${n.date} cannot be the date of a change note of the FY${plan.fiscalYear} plan (it is before ${earliest}). Correct the date.`,
      });
    }
    const before = notes[i - 1]?.date;
    if (before && isRealIsoDate(before) && n.date < before) {
      addRuleIssue(ctx, ['changes', i, 'date'], {
        ja: `変更のお知らせ（changes）は古い順に書きます（新しいお知らせは下に足します）。${i + 1}番目（${n.date}）が${i}番目（${before}）より前の日付です。順番か日付を直してください。`,
        en: `Change notes are written oldest first (a new note goes at the end). Note ${i + 1} (${n.date}) is dated before note ${i} (${before}). Reorder them or correct the date.`,
      });
    }
  });
}

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
  checkChangeNotes(plan, ctx, earliest);
  plan.results?.forEach((r, i) => {
    if (r.fiscalYear >= fy) {
      addRuleIssue(ctx, ['results', i, 'fiscalYear'], {
        ja: `results には、この計画（${fy}年度）より前の年度の実績を書きます（${r.fiscalYear}年度になっています）。この年度の実績は指標の actual に書いてください。`,
        en: `results holds actuals of years before this plan (FY${fy}), not FY${r.fiscalYear}. Put this year's actual in the indicator's actual.`,
      });
    }
  });
}
