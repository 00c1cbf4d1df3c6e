/**
 * What happened to each followed item in a year, and the counts of it between two years: the words of
 * the comparison page's table and its summary come from here, so they always agree.
 */
import type { Plan } from '../../../schemas/plan/index.ts';
import type { Thread } from './timeline.ts';

export type CellState = 'new' | 'continued' | 'renamed' | 'ended' | 'moved' | 'not-in-excerpt' | 'none';

/**
 * An item's state in a year. An item missing from an excerpt is "not in the excerpt" (the source may
 * still have it), never ended; an item that ended and went to another unit (`moved`) is moved.
 */
export function cellState<T>(thread: Thread<T>, year: number, planOf: (year: number) => Plan | undefined, moved: boolean): CellState {
  const cell = thread.cells.get(year);
  if (cell) return cell.state;
  if (thread.endedIn === year) return moved ? 'moved' : 'ended';
  const plan = planOf(year);
  const first = Math.min(...thread.cells.keys());
  const open = thread.endedIn === undefined || thread.endedIn > year;
  if (plan?.source.completeness === 'excerpt' && year > first && open) return 'not-in-excerpt';
  return 'none';
}

export type PairCounts = Record<Exclude<CellState, 'none'>, number>;

/** How many items of each state the newer of two years has. */
export function pairCounts<T>(
  threads: readonly Thread<T>[],
  year: number,
  planOf: (year: number) => Plan | undefined,
  moved: (thread: Thread<T>) => boolean,
): PairCounts {
  const counts: PairCounts = { new: 0, continued: 0, renamed: 0, ended: 0, moved: 0, 'not-in-excerpt': 0 };
  for (const th of threads) {
    const state = cellState(th, year, planOf, moved(th));
    if (state !== 'none') counts[state]++;
  }
  return counts;
}

/** The counts of every year after the first, added up: what changed over the whole period. */
export function periodCounts<T>(
  threads: readonly Thread<T>[],
  years: readonly number[],
  planOf: (year: number) => Plan | undefined,
  moved: (thread: Thread<T>) => boolean,
): PairCounts {
  const total: PairCounts = { new: 0, continued: 0, renamed: 0, ended: 0, moved: 0, 'not-in-excerpt': 0 };
  for (const year of years.slice(1)) {
    const c = pairCounts(threads, year, planOf, moved);
    for (const k of Object.keys(total) as (keyof PairCounts)[]) total[k] += c[k];
  }
  return total;
}

/** A figure's change over a period as a sign and an amount. @example signedChange(-3, (n) => `${n}人`) → '−3人' */
export function signedChange(delta: number, format: (n: number) => string): string {
  return delta > 0 ? `+${format(delta)}` : delta < 0 ? `−${format(-delta)}` : `±${format(0)}`;
}
