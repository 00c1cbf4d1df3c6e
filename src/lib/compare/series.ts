/** An indicator's numbers across years, as a chart draws them: the actual (as reported) and the target. */
import type { LocalizedText } from '../../../schemas/localized-text.ts';
import type { IndicatorCell } from './timeline.ts';

export interface IndicatorSeries {
  actual: Map<number, number>;
  target: Map<number, number>;
  /** The unit the numbers share (the newest given), if any. */
  unit?: LocalizedText;
}

/**
 * The numeric actuals and targets of one indicator by plan year; text values (全て達成する) stay out,
 * they are not numbers. Undefined when fewer than two numbers exist, which is no series to draw, or
 * when the numbers do not share one unit.
 */
export function indicatorSeries(cells: ReadonlyMap<number, IndicatorCell>): IndicatorSeries | undefined {
  const actual = new Map<number, number>();
  const target = new Map<number, number>();
  const units = new Set<string>();
  let unit: LocalizedText | undefined;
  for (const [year, cell] of [...cells].sort(([a], [b]) => a - b)) {
    const a = cell.reported?.actual ?? cell.values.find((v) => v.role === 'actual');
    const t = cell.values.find((v) => v.role === 'target');
    for (const [v, into] of [
      [a, actual],
      [t, target],
    ] as const) {
      if (v?.value === undefined) continue;
      into.set(year, v.value);
      const u = v.unit === undefined ? '' : typeof v.unit === 'string' ? v.unit : v.unit.ja;
      units.add(u);
      if (v.unit !== undefined) unit = v.unit;
    }
  }
  if (actual.size + target.size < 2 || units.size > 1) return undefined;
  return { actual, target, ...(unit !== undefined ? { unit } : {}) };
}
