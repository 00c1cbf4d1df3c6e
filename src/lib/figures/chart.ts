/**
 * The geometry of a small line chart over fiscal years, computed at build time so the page needs no
 * JavaScript: one slot per column (a gap column of years without a plan takes a slot and breaks the
 * lines), a value axis from zero with round ticks, and each series as separate runs of points.
 */
import type { YearColumn } from '../compare/coverage.ts';

export interface ChartSeries {
  /** By fiscal year; years without a value are gaps in the line. */
  values: ReadonlyMap<number, number>;
}

export interface ChartPoint {
  year: number;
  value: number;
  x: number;
  y: number;
}

export interface ChartGeometry {
  width: number;
  height: number;
  /** The plotting area. */
  plot: { left: number; right: number; top: number; bottom: number };
  /** The x of each column's centre, in column order. */
  columnX: number[];
  ticks: { value: number; y: number }[];
  /** Per series, its runs of consecutive points (a missing value or a gap column ends a run). */
  runs: ChartPoint[][][];
}

/**
 * Round tick values from zero to at least `max`: steps of 1, 2 or 5 times a power of ten.
 * @example niceTicks(83) → [0, 20, 40, 60, 80, 100]
 */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough)!;
  const ticks: number[] = [];
  for (let v = 0; v < max + step; v += step) {
    ticks.push(Number(v.toPrecision(12)));
    if (v >= max) break;
  }
  return ticks;
}

/** Lays out series over the columns (values are counts and amounts, so the axis starts at zero). */
export function lineChart(
  columns: readonly YearColumn[],
  series: readonly ChartSeries[],
  size: { columnWidth?: number; height?: number; left?: number } = {},
): ChartGeometry {
  const columnWidth = size.columnWidth ?? 96;
  const height = size.height ?? 220;
  const left = size.left ?? 72;
  // Room above the top tick for the values written over the points.
  const plot = { left, right: left + columnWidth * Math.max(1, columns.length), top: 36, bottom: height - 40 };
  const all = series.flatMap((s) => [...s.values.values()]);
  const ticks = niceTicks(Math.max(0, ...all));
  const top = ticks.at(-1)!;
  const y = (v: number) => plot.bottom - ((plot.bottom - plot.top) * v) / top;
  const columnX = columns.map((_, i) => plot.left + columnWidth * (i + 0.5));
  const runs = series.map((s) => {
    const out: ChartPoint[][] = [];
    let run: ChartPoint[] = [];
    columns.forEach((c, i) => {
      const value = 'year' in c ? s.values.get(c.year) : undefined;
      if (value === undefined || !('year' in c)) {
        if (run.length) out.push(run);
        run = [];
        return;
      }
      run.push({ year: c.year, value, x: columnX[i]!, y: y(value) });
    });
    if (run.length) out.push(run);
    return out;
  });
  return { width: plot.right + 16, height, plot, columnX, ticks: ticks.map((v) => ({ value: v, y: y(v) })), runs };
}
