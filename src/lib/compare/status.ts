import type { Indicator } from '../../../schemas/plan.ts';

export type IndicatorStatus = 'met' | 'not-met' | 'ongoing' | 'not-measurable';
type Measure = NonNullable<Indicator['actual']>;

/**
 * An indicator's status, computed from the numbers and never typed by hand:
 * - a numeric target and a numeric actual in the same unit → met or not met, by the comparator;
 * - a numeric target and no actual yet → ongoing;
 * - no numeric target (a milestone), or an actual without a number or in another unit → not measurable.
 * @example indicatorStatus({ value: 80, unit: { ja: '回' }, comparator: 'gte' }, { value: 85, unit: { ja: '回' } }) → 'met'
 */
export function indicatorStatus(target: Indicator['target'], actual: Measure | undefined): IndicatorStatus {
  if (!target) return 'not-measurable';
  if (!actual) return 'ongoing';
  if (actual.value === undefined) return 'not-measurable';
  if (actual.unit && actual.unit.ja !== target.unit.ja) return 'not-measurable';
  const v = actual.value;
  const t = target.value;
  const met = { eq: v === t, gte: v >= t, lte: v <= t, gt: v > t, lt: v < t }[target.comparator];
  return met ? 'met' : 'not-met';
}
