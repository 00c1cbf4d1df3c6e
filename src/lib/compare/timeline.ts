import type { Division, Indicator, Plan, Project } from '../../../schemas/plan.ts';
import type { LocalizedText } from '../../../schemas/localized-text.ts';
import { matchItems } from './match.ts';
import { indicatorStatus, type IndicatorStatus } from './status.ts';

type Measure = NonNullable<Indicator['actual']>;

export interface Change {
  value: number;
  /** Change from the previous year with a figure, absolute and in percent (undefined from zero). */
  delta?: number;
  percent?: number;
}

export interface FigureRow {
  id: string;
  label: LocalizedText;
  account?: LocalizedText;
  /** By fiscal year; budgets in yen. */
  values: Map<number, Change>;
}

export interface ThreadCell<T> {
  item: T;
  /** new: first year; continued: same id and title; renamed: title changed; matched by title when the id changed. */
  state: 'new' | 'continued' | 'renamed';
  matchedBy?: 'title';
}

export interface Thread<T> {
  key: string;
  cells: Map<number, ThreadCell<T>>;
  /** The first year after its last appearance in which the department has a plan, if any: the item ended. */
  endedIn?: number;
}

export interface IndicatorCell {
  indicator: Indicator;
  actual?: Measure;
  /** Where the actual comes from: this plan, or a later plan's results. */
  actualFrom?: number;
  status: IndicatorStatus;
}

export interface DepartmentTimeline {
  years: number[];
  staff: FigureRow[];
  budget: FigureRow[];
  projects: Thread<Project>[];
  /** Indicators of each project thread, keyed by thread key, then by indicator id. */
  indicators: Map<string, Map<string, Map<number, IndicatorCell>>>;
  divisions: Thread<Division>[];
}

function withChanges(values: Map<number, number>, years: number[]): Map<number, Change> {
  const out = new Map<number, Change>();
  let previous: number | undefined;
  for (const year of years) {
    const value = values.get(year);
    if (value === undefined) continue;
    const change: Change = { value };
    if (previous !== undefined) {
      change.delta = value - previous;
      if (previous !== 0) change.percent = ((value - previous) / previous) * 100;
    }
    out.set(year, change);
    previous = value;
  }
  return out;
}

/**
 * Follows items from year to year, matching each year with the one before it (by id, then title).
 * A plan without the section at all (items → undefined) says nothing about it, so it is skipped.
 */
function threads<T extends { id: string }>(plans: Plan[], items: (p: Plan) => T[] | undefined, title: (t: T) => string): Thread<T>[] {
  const all: Thread<T>[] = [];
  let open = new Map<T, Thread<T>>();
  let previousItems: T[] = [];
  for (const plan of plans) {
    const current = items(plan);
    if (!current) continue;
    const m = matchItems(previousItems, current, title);
    const next = new Map<T, Thread<T>>();
    for (const pair of m.matched) {
      const thread = open.get(pair.old)!;
      thread.cells.set(plan.fiscalYear, { item: pair.new, state: pair.renamed ? 'renamed' : 'continued', ...(pair.by === 'title' ? { matchedBy: 'title' as const } : {}) });
      next.set(pair.new, thread);
    }
    for (const item of m.added) {
      const thread: Thread<T> = { key: `${plan.fiscalYear}:${item.id}`, cells: new Map([[plan.fiscalYear, { item, state: 'new' }]]) };
      all.push(thread);
      next.set(item, thread);
    }
    for (const item of m.removed) open.get(item)!.endedIn = plan.fiscalYear;
    open = next;
    previousItems = current;
  }
  // Newest first within the latest year's order, then the ones that ended.
  const latest = plans.at(-1)?.fiscalYear;
  const order = (t: Thread<T>) => {
    const years = [...t.cells.keys()];
    const last = Math.max(...years);
    const position = items(plans.find((p) => p.fiscalYear === last)!)!.indexOf(t.cells.get(last)!.item);
    return [last === latest ? 0 : 1, -last, position] as const;
  };
  return all.sort((a, b) => {
    const [x, y] = [order(a), order(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
}

/** Everything the department comparison page shows, computed from the plans alone. */
export function departmentTimeline(plansAnyOrder: Plan[]): DepartmentTimeline {
  const plans = [...plansAnyOrder].sort((a, b) => a.fiscalYear - b.fiscalYear);
  const years = plans.map((p) => p.fiscalYear);

  const figures = (pick: (p: Plan) => { id: string; label: LocalizedText; account?: LocalizedText; value: number }[]): FigureRow[] => {
    const rows = new Map<string, { label: LocalizedText; account?: LocalizedText; values: Map<number, number> }>();
    for (const plan of plans) {
      for (const f of pick(plan)) {
        const key = f.account ? `${f.id}:${f.account.ja}` : f.id;
        const row = rows.get(key) ?? { label: f.label, account: f.account, values: new Map() };
        row.label = f.label;
        row.values.set(plan.fiscalYear, f.value);
        rows.set(key, row);
      }
    }
    return [...rows].map(([id, r]) => ({ id, label: r.label, account: r.account, values: withChanges(r.values, years) }));
  };
  const staff = figures((p) =>
    (p.resources?.staff?.items ?? []).map((s) => ({ id: s.id, label: s.label, value: s.count ?? s.composition!.reduce((a, c) => a + c.count, 0) })),
  );
  const budget = figures((p) =>
    (p.resources?.budget?.items ?? []).map((b) => ({ id: b.id, label: b.label, account: b.account, value: b.unit === 'thousand-yen' ? b.amount * 1000 : b.amount })),
  );

  const projectThreads = threads(plans, (p) => p.projects?.items, (p) => p.title.ja);
  const divisionThreads = threads(plans, (p) => p.divisions?.items, (d) => d.name.ja);

  // Actuals: an indicator's own, or one a later plan reports in its results.
  const reported = new Map<string, { actual: Measure; from: number }>();
  for (const plan of plans) for (const r of plan.results ?? []) reported.set(`${r.fiscalYear}/${r.project}/${r.indicator}`, { actual: r.actual, from: plan.fiscalYear });
  const indicators = new Map<string, Map<string, Map<number, IndicatorCell>>>();
  for (const thread of projectThreads) {
    const byIndicator = new Map<string, Map<number, IndicatorCell>>();
    for (const [year, cell] of thread.cells) {
      for (const indicator of cell.item.indicators ?? []) {
        const later = reported.get(`${year}/${cell.item.id}/${indicator.id}`);
        const actual = indicator.actual ?? later?.actual;
        const cells = byIndicator.get(indicator.id) ?? new Map<number, IndicatorCell>();
        cells.set(year, {
          indicator,
          actual,
          actualFrom: indicator.actual ? year : later?.from,
          status: indicatorStatus(indicator.target, actual),
        });
        byIndicator.set(indicator.id, cells);
      }
    }
    indicators.set(thread.key, byIndicator);
  }
  return { years, staff, budget, projects: projectThreads, indicators, divisions: divisionThreads };
}
