/**
 * The figures of an indicator, computed once for the plan page, the comparison pages, the CLI diff
 * and the open data: its values as one list, its reported actual and its status.
 */
import type { Indicator, IndicatorValue, Plan } from '../../../schemas/plan/index.ts';
import type { LocalizedText } from '../../../schemas/localized-text.ts';
import type { Evaluation } from '../../../schemas/evaluation.ts';

export type IndicatorRole = IndicatorValue['role'];
type Result = NonNullable<Plan['results']>[number];
type Measure = NonNullable<Indicator['actual']>;
type Target = NonNullable<Indicator['target']>;

/** One value of an indicator with its role; the compact fields carry a few more details. */
export interface RoleValue extends IndicatorValue {
  /** From the compact target: per year or in total, and its remark. */
  period?: Target['period'];
  note?: LocalizedText;
}

const fromMeasure = (role: IndicatorRole, m: Measure): RoleValue => ({
  role,
  ...(m.value !== undefined ? { value: m.value } : {}),
  ...(m.unit ? { unit: m.unit } : {}),
  ...(m.text ? { text: m.text } : {}),
  ...(m.asOf ? { asOf: m.asOf } : {}),
});

/**
 * The values of an indicator as one list: `values` as given, then the compact `baseline`, `target`,
 * `actual` and `longTermTarget` turned into values with their roles (a role is never given both ways).
 * @example indicatorValues({ id: 'a', target: { value: 80, unit: { ja: '回' }, comparator: 'gte' } }) → [{ role: 'target', value: 80, unit: { ja: '回' }, comparator: 'gte' }]
 */
export function indicatorValues(indicator: Indicator): RoleValue[] {
  const out: RoleValue[] = [...(indicator.values ?? [])];
  if (indicator.baseline) out.push(fromMeasure('baseline', indicator.baseline));
  const t = indicator.target;
  if (t)
    out.push({
      role: 'target',
      value: t.value,
      unit: t.unit,
      comparator: t.comparator,
      ...(t.period ? { period: t.period } : {}),
      ...(t.note ? { note: t.note } : {}),
    });
  if (indicator.actual) out.push(fromMeasure('actual', indicator.actual));
  if (indicator.longTermTarget) out.push(fromMeasure('long-term-target', indicator.longTermTarget));
  return out;
}

/** The actual an indicator's own plan gives, if any (compact `actual` or a value with role actual). */
export function ownActual(indicator: Indicator): RoleValue | undefined {
  return indicatorValues(indicator).find((v) => v.role === 'actual');
}

/** The numeric target the status is judged against: a number with a comparator. */
export function numericTarget(indicator: Indicator): RoleValue | undefined {
  return indicatorValues(indicator).find((v) => v.role === 'target' && v.value !== undefined && v.comparator !== undefined);
}

/** An entry of a later plan's `results`, with the year of the plan that reports it. */
export interface LaterReport {
  /** Fiscal year of the plan whose `results` gives it. */
  from: number;
  result: Result;
}

/** Where a result points: plan year, then project (empty for the plan-level indicators), indicator or goal. */
export const resultKey = (m: string, d: string, year: number, ref: { project?: string; indicator?: string; goal?: string }) =>
  `${m}/${d}/${year}/${ref.project ?? ''}/${ref.indicator ?? ''}/${ref.goal ?? ''}`;

const reportsCache = new WeakMap<readonly Plan[], Map<string, LaterReport[]>>();

/**
 * Every `results` entry of `plans`, by what it reports on, newest reporting plan first. Cached per
 * list: pages ask once per plan with the same list of all plans.
 */
export function laterReports(plans: readonly Plan[]): Map<string, LaterReport[]> {
  const cached = reportsCache.get(plans);
  if (cached) return cached;
  const out = new Map<string, LaterReport[]>();
  for (const plan of [...plans].sort((a, b) => b.fiscalYear - a.fiscalYear)) {
    for (const result of plan.results ?? []) {
      const key = resultKey(plan.municipality, plan.department, result.fiscalYear, result);
      out.set(key, [...(out.get(key) ?? []), { from: plan.fiscalYear, result }]);
    }
  }
  reportsCache.set(plans, out);
  return out;
}

/** The reports on one item of one plan, newest first. */
export function reportsOn(plan: Plan, ref: { project?: string; indicator?: string; goal?: string }, plans: readonly Plan[]): LaterReport[] {
  return laterReports(plans).get(resultKey(plan.municipality, plan.department, plan.fiscalYear, ref)) ?? [];
}

export interface ReportedActual {
  actual: RoleValue;
  /** Fiscal year of the plan that gives it: the indicator's own plan, or the later plan that reports it. */
  from: number;
}

/**
 * The reported actual of an indicator, by ONE rule: an actual that a later plan reports in its
 * `results` wins over the plan's own `actual`, and of several later reports the newest plan's wins.
 * `project` is left out for a plan-level indicator (the `indicators` section).
 */
export function reportedActual(
  plan: Plan,
  indicator: Indicator,
  project: string | undefined,
  plans: readonly Plan[],
  values: readonly RoleValue[] = indicatorValues(indicator),
): ReportedActual | undefined {
  const later = reportsOn(plan, { project, indicator: indicator.id }, plans).find((r) => r.from > plan.fiscalYear && r.result.actual);
  if (later) return { actual: fromMeasure('actual', later.result.actual!), from: later.from };
  // The very object of `values`, so that a caller can tell which of the values is the reported one.
  const own = values.find((v) => v.role === 'actual');
  return own ? { actual: own, from: plan.fiscalYear } : undefined;
}

/** The evaluations of an item: its own, then those later plans report, newest first. */
export function evaluationsOf(
  plan: Plan,
  own: Evaluation | undefined,
  ref: { project?: string; indicator?: string; goal?: string },
  plans: readonly Plan[],
): { evaluation: Evaluation; from: number }[] {
  const later = reportsOn(plan, ref, plans)
    .filter((r) => r.from > plan.fiscalYear && r.result.evaluation)
    .map((r) => ({ evaluation: r.result.evaluation!, from: r.from }));
  return [...(own ? [{ evaluation: own, from: plan.fiscalYear }] : []), ...later];
}

/** met 達成, not-met 未達成, indeterminable 判定不能; no status at all when there is no actual. */
export type IndicatorStatus = 'met' | 'not-met' | 'indeterminable';

/**
 * An indicator's status, computed from the numbers and never typed by hand:
 * - no actual → no status (undefined);
 * - a numeric target (a value with a comparator) and a numeric actual in the same unit (or without
 *   a unit) → met or not met, by the comparator;
 * - an actual otherwise (a text, another unit, or no numeric target) → indeterminable 判定不能.
 * @example indicatorStatus({ value: 80, unit: { ja: '回' }, comparator: 'gte' }, { value: 85, unit: { ja: '回' } }) → 'met'
 */
export function indicatorStatus(
  target: Pick<RoleValue, 'value' | 'unit' | 'comparator'> | undefined,
  actual: Pick<RoleValue, 'value' | 'unit' | 'text'> | undefined,
): IndicatorStatus | undefined {
  if (!actual) return undefined;
  if (!target || target.value === undefined || !target.comparator || actual.value === undefined) return 'indeterminable';
  if (actual.unit && target.unit && actual.unit.ja !== target.unit.ja) return 'indeterminable';
  const [v, t] = [actual.value, target.value];
  const met = { eq: v === t, gte: v >= t, lte: v <= t, gt: v > t, lt: v < t }[target.comparator];
  return met ? 'met' : 'not-met';
}

/** Everything about one indicator of one plan: its values, reported actual and status. */
export interface IndicatorFigures {
  values: RoleValue[];
  reported?: ReportedActual;
  status?: IndicatorStatus;
}

/** The figures of an indicator of `plan` (project id left out for a plan-level indicator). */
export function indicatorFigures(plan: Plan, indicator: Indicator, project: string | undefined, plans: readonly Plan[]): IndicatorFigures {
  const values = indicatorValues(indicator);
  const reported = reportedActual(plan, indicator, project, plans, values);
  return { values, reported, status: indicatorStatus(numericTarget(indicator), reported?.actual) };
}

/** Every indicator of a plan, project ones in document order, then the plan-level ones. */
export function planIndicators(plan: Plan): { project?: NonNullable<Plan['projects']>['items'][number]; indicator: Indicator }[] {
  return [
    ...(plan.projects?.items ?? []).flatMap((project) => (project.indicators ?? []).map((indicator) => ({ project, indicator }))),
    ...(plan.indicators?.items ?? []).map((indicator) => ({ indicator })),
  ];
}
