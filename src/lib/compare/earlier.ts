import type { Indicator, Plan, Project } from '../../../schemas/plan.ts';
import type { LocalizedText } from '../../../schemas/localized-text.ts';
import { indicatorStatus, type IndicatorStatus } from './status.ts';

export interface ReportedResult {
  fiscalYear: number;
  project: Project;
  indicator: Indicator;
  actual: NonNullable<Indicator['actual']>;
  status: IndicatorStatus;
}

/** What a plan's page needs from the department's earlier plans: division names and reported results. */
export function earlierContext(plan: Plan, departmentPlans: Plan[]): { divisionNames: Record<string, LocalizedText>; results: ReportedResult[] } {
  const earlier = departmentPlans.filter((p) => p.fiscalYear < plan.fiscalYear).sort((a, b) => a.fiscalYear - b.fiscalYear);
  const divisionNames: Record<string, LocalizedText> = {};
  for (const p of earlier) for (const d of p.divisions?.items ?? []) divisionNames[d.id] = d.name;
  const results = (plan.results ?? []).map((r) => {
    const project = earlier.find((p) => p.fiscalYear === r.fiscalYear)!.projects!.items.find((x) => x.id === r.project)!;
    const indicator = project.indicators!.find((x) => x.id === r.indicator)!;
    return { fiscalYear: r.fiscalYear, project, indicator, actual: r.actual, status: indicatorStatus(indicator.target, r.actual) };
  });
  return { divisionNames, results };
}
