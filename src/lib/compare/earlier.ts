import type { Indicator, Plan, Project, Statement } from '../../../schemas/plan/index.ts';
import { statementBlocks } from '../../../schemas/plan/outline-walk.ts';
import type { Evaluation } from '../../../schemas/evaluation.ts';
import type { LocalizedText } from '../../../schemas/localized-text.ts';
import { indicatorStatus, numericTarget, type IndicatorStatus } from '../figures/indicators.ts';

export interface ReportedResult {
  fiscalYear: number;
  /** What the result is about in that year's plan: a project, a goal (statement block), or neither for a plan-level indicator. */
  project?: Project;
  goal?: Statement;
  indicator?: Indicator;
  /** The indicator's position in its list (project or plan-level), for 「指標N」 when it has no label. */
  indicatorNumber?: number;
  actual?: NonNullable<Indicator['actual']>;
  /** Set with an actual: computed by the figures module. */
  status?: IndicatorStatus;
  evaluation?: Evaluation;
}

/**
 * What a plan's page needs from the unit's earlier plans: division names and every result this
 * plan reports on them (an indicator's actual with its status, an evaluation of a project, goal or indicator).
 */
export function earlierContext(
  plan: Plan,
  departmentPlans: Plan[],
): { divisionNames: Record<string, LocalizedText>; results: ReportedResult[] } {
  const earlier = departmentPlans.filter((p) => p.fiscalYear < plan.fiscalYear).sort((a, b) => a.fiscalYear - b.fiscalYear);
  const divisionNames: Record<string, LocalizedText> = {};
  for (const p of earlier) for (const d of p.divisions?.items ?? []) divisionNames[d.id] = d.name;
  const results: ReportedResult[] = [];
  for (const r of plan.results ?? []) {
    const then = earlier.find((p) => p.fiscalYear === r.fiscalYear);
    if (!then) continue;
    const project = r.project ? then.projects?.items.find((x) => x.id === r.project) : undefined;
    const goal = r.goal ? statementBlocks(then).find(({ block: b }) => b.id === r.goal)?.block : undefined;
    const list = r.project ? project?.indicators : then.indicators?.items;
    const indicator = r.indicator ? list?.find((x) => x.id === r.indicator) : undefined;
    // The validator has checked every reference; one that is not found here belongs to a plan with problems of its own.
    if ((r.project && !project) || (r.goal && !goal) || (r.indicator && !indicator)) continue;
    const status = r.actual && indicator ? (indicatorStatus(numericTarget(indicator), r.actual) ?? 'indeterminable') : undefined;
    results.push({
      fiscalYear: r.fiscalYear,
      project,
      goal,
      indicator,
      indicatorNumber: indicator && list ? list.indexOf(indicator) + 1 : undefined,
      actual: r.actual,
      status,
      evaluation: r.evaluation,
    });
  }
  return { divisionNames, results };
}
