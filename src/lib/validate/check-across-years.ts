/** Results and division lineage, which refer from one year's plan to an earlier plan of the department. */
import { statementBlocks } from '../../../schemas/plan/outline-walk.ts';
import type { Plan } from '../../../schemas/index.ts';
import type { ParsedFile, ReportAt } from './parsed-file.ts';

/**
 * Rules between the years of one department: results refer to an indicator of an earlier plan, and
 * division lineage to a division of an earlier plan.
 */
export function checkAcrossYears(plans: { f: ParsedFile; plan: Plan }[], present: Set<string>, at: ReportAt): void {
  const byKey = new Map(plans.map((p) => [`${p.plan.municipality}/${p.plan.department}/${p.plan.fiscalYear}`, p.plan]));
  for (const { f, plan } of plans) {
    const dept = `${plan.municipality}/${plan.department}`;
    plan.results?.forEach((r, i) => {
      const earlier = byKey.get(`${dept}/${r.fiscalYear}`);
      if (!earlier && present.has(`${dept}/${r.fiscalYear}`)) return;
      // A result names a project (and maybe its indicator), a plan-level indicator, or a goal (statement block).
      const project = r.project === undefined ? undefined : earlier?.projects?.items.find((p) => p.id === r.project);
      const indicator =
        r.indicator === undefined
          ? undefined
          : r.project !== undefined
            ? project?.indicators?.find((x) => x.id === r.indicator)
            : earlier?.indicators?.items.find((x) => x.id === r.indicator);
      const goal = r.goal === undefined ? undefined : earlier && statementBlocks(earlier).find(({ block: b }) => b.id === r.goal)?.block;
      const missing = !earlier
        ? ([`${r.fiscalYear}年度の計画`, `the FY${r.fiscalYear} plan`] as const)
        : r.project !== undefined && !project
          ? ([`事業「${r.project}」`, `project "${r.project}"`] as const)
          : r.indicator !== undefined && !indicator
            ? ([`指標「${r.indicator}」`, `indicator "${r.indicator}"`] as const)
            : r.goal !== undefined && !goal
              ? ([`目標「${r.goal}」`, `goal "${r.goal}"`] as const)
              : undefined;
      if (missing) {
        const [what, whatEn] = missing;
        at(f, ['results', i], 'unknown-result-target', {
          ja: `実績の対象が見つかりません（${what}がありません）。fiscalYear・project・indicator・goal を、その年度の計画にある ID にしてください。`,
          en: `The result refers to something that does not exist (${whatEn}). Use the fiscal year and ids of that year's plan.`,
        });
      }
    });
    plan.divisions?.items.forEach((d, i) =>
      d.lineage?.forEach((l, j) => {
        const found = plans.some(
          (p) =>
            `${p.plan.municipality}/${p.plan.department}` === dept &&
            p.plan.fiscalYear < plan.fiscalYear &&
            p.plan.divisions?.items.some((x) => x.id === l.division),
        );
        if (!found) {
          at(f, ['divisions', 'items', i, 'lineage', j, 'division'], 'unknown-division-lineage', {
            ja: `課「${l.division}」はこの部のこれより前の年度の計画にありません。前の年度の課の ID を書いてください。`,
            en: `Division "${l.division}" is in no earlier plan of this department. Use the id of a division in an earlier year's plan.`,
          });
        }
      }),
    );
  }
}
