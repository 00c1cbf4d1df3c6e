import type { Indicator, Plan, Project } from '../../../schemas/plan.ts';
import type { LocalizedText } from '../../../schemas/localized-text.ts';
import { indicatorStatus, numericTarget, type IndicatorStatus } from '../figures/indicators.ts';

export interface ReportedResult {
  fiscalYear: number;
  project: Project;
  indicator: Indicator;
  actual: NonNullable<Indicator['actual']>;
  /** Always set: a result here has an actual. */
  status: IndicatorStatus;
}

/**
 * What a plan's page needs from the department's earlier plans: division names and the actuals this
 * plan reports for earlier projects' indicators (with the status from the figures module).
 */
export function earlierContext(plan: Plan, departmentPlans: Plan[]): { divisionNames: Record<string, LocalizedText>; results: ReportedResult[] } {
  const earlier = departmentPlans.filter((p) => p.fiscalYear < plan.fiscalYear).sort((a, b) => a.fiscalYear - b.fiscalYear);
  const divisionNames: Record<string, LocalizedText> = {};
  for (const p of earlier) for (const d of p.divisions?.items ?? []) divisionNames[d.id] = d.name;
  const results: ReportedResult[] = [];
  for (const r of plan.results ?? []) {
    if (!r.project || !r.indicator || !r.actual) continue;
    const project = earlier.find((p) => p.fiscalYear === r.fiscalYear)?.projects?.items.find((x) => x.id === r.project);
    const indicator = project?.indicators?.find((x) => x.id === r.indicator);
    if (!project || !indicator) continue;
    results.push({ fiscalYear: r.fiscalYear, project, indicator, actual: r.actual, status: indicatorStatus(numericTarget(indicator), r.actual) ?? 'indeterminable' });
  }
  return { divisionNames, results };
}
