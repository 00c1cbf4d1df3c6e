import type { Division, Indicator, Plan, Project } from '../../../schemas/plan/index.ts';
import { statementBlocks } from '../../../schemas/plan/outline-walk.ts';
import type { LocalizedText } from '../../../schemas/localized-text.ts';
import { matchItems } from './match.ts';
import type { Evaluation } from '../../../schemas/evaluation.ts';
import { evaluationsOf, indicatorFigures, type IndicatorStatus, type ReportedActual, type RoleValue } from '../figures/indicators.ts';
import { budgetYen, staffTotal } from '../figures/resources.ts';
import { Lru } from '../lru.ts';

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
  /** Its values as one list (figures module). */
  values: RoleValue[];
  /** The reported actual and the year of the plan that gives it (this plan, or a later plan's results). */
  reported?: ReportedActual;
  status?: IndicatorStatus;
}

/** One indicator across years, as the comparison page lists it. */
export interface IndicatorRow {
  id: string;
  /** The project's title, for project indicators. */
  project?: LocalizedText;
  cells: Map<number, IndicatorCell>;
}

/** An evaluation and the year of the plan that publishes it (the item's own plan or a later one). */
export interface DatedEvaluation {
  evaluation: Evaluation;
  from: number;
}

/** The evaluations of one plan, goal, project or indicator, by the fiscal year of the item's plan. */
export interface EvaluationRow {
  kind: 'plan' | 'goal' | 'project' | 'indicator';
  key: string;
  label?: LocalizedText;
  /** For an indicator of a project: the project's title. */
  project?: LocalizedText;
  cells: Map<number, DatedEvaluation[]>;
}

export interface DepartmentTimeline {
  years: number[];
  staff: FigureRow[];
  budget: FigureRow[];
  projects: Thread<Project>[];
  /** Indicators of each project thread, keyed by thread key, then by indicator id. */
  indicators: Map<string, Map<string, Map<number, IndicatorCell>>>;
  /** The plan-level indicators (the `indicators` section), by indicator id, then by year. */
  planIndicators: Map<string, Map<number, IndicatorCell>>;
  /** Evaluations across years, own and reported later, of rows that have at least one. */
  evaluations: EvaluationRow[];
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
 * A plan without the section at all (items → undefined) says nothing about it, so it is skipped; an
 * excerpt whose section breaks off (cutShort) says nothing about the items it does not reach, so those
 * are carried on to the next plan rather than ended.
 */
function threads<T extends { id: string }>(
  plans: Plan[],
  items: (p: Plan) => T[] | undefined,
  title: (t: T) => string,
  cutShort: (p: Plan) => boolean = () => false,
): Thread<T>[] {
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
      thread.cells.set(plan.fiscalYear, {
        item: pair.new,
        state: pair.renamed ? 'renamed' : 'continued',
        ...(pair.by === 'title' ? { matchedBy: 'title' as const } : {}),
      });
      next.set(pair.new, thread);
    }
    for (const item of m.added) {
      const thread: Thread<T> = { key: `${plan.fiscalYear}:${item.id}`, cells: new Map([[plan.fiscalYear, { item, state: 'new' }]]) };
      all.push(thread);
      next.set(item, thread);
    }
    const short = cutShort(plan);
    for (const item of m.removed) {
      if (short) next.set(item, open.get(item)!);
      else open.get(item)!.endedIn = plan.fiscalYear;
    }
    open = next;
    previousItems = short ? [...current, ...m.removed] : current;
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

// The two languages' comparison pages of a unit are built one after the other.
const timelines = new Lru<readonly Plan[], DepartmentTimeline>(16);

/**
 * Everything the department comparison page shows, computed from the plans alone: once per list of
 * plans (the page's two languages share one).
 */
export function departmentTimeline(plansAnyOrder: Plan[]): DepartmentTimeline {
  return timelines.get(plansAnyOrder) ?? timelines.set(plansAnyOrder, computeTimeline(plansAnyOrder));
}

function computeTimeline(plansAnyOrder: Plan[]): DepartmentTimeline {
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
  const staff = figures((p) => (p.resources?.staff?.items ?? []).map((s) => ({ id: s.id, label: s.label, value: staffTotal(s) ?? 0 })));
  const budget = figures((p) =>
    (p.resources?.budget?.items ?? []).map((b) => ({ id: b.id, label: b.label, account: b.account, value: budgetYen(b) })),
  );

  const excerpt = (p: Plan) => p.source.completeness === 'excerpt';
  const projectThreads = threads(
    plans,
    (p) => p.projects?.items,
    (p) => p.title.ja,
    (p) => excerpt(p) && !!(p.projects?.breaksOff || p.projects?.items.at(-1)?.breaksOff),
  );
  const divisionThreads = threads(
    plans,
    (p) => p.divisions?.items,
    (d) => d.name.ja,
    (p) => excerpt(p) && !!(p.divisions?.breaksOff || p.divisions?.items.at(-1)?.breaksOff),
  );

  // Values, reported actuals and status come from the figures module: the same rule as the open data.
  const planOf = new Map(plans.map((p) => [p.fiscalYear, p]));
  const cellOf = (year: number, indicator: Indicator, project: string | undefined): IndicatorCell => {
    const f = indicatorFigures(planOf.get(year)!, indicator, project, plans);
    return { indicator, values: f.values, reported: f.reported, status: f.status };
  };
  const indicators = new Map<string, Map<string, Map<number, IndicatorCell>>>();
  for (const thread of projectThreads) {
    const byIndicator = new Map<string, Map<number, IndicatorCell>>();
    for (const [year, cell] of thread.cells) {
      for (const indicator of cell.item.indicators ?? []) {
        const cells = byIndicator.get(indicator.id) ?? new Map<number, IndicatorCell>();
        cells.set(year, cellOf(year, indicator, cell.item.id));
        byIndicator.set(indicator.id, cells);
      }
    }
    indicators.set(thread.key, byIndicator);
  }
  const planIndicators = new Map<string, Map<number, IndicatorCell>>();
  for (const plan of plans) {
    for (const indicator of plan.indicators?.items ?? []) {
      const cells = planIndicators.get(indicator.id) ?? new Map<number, IndicatorCell>();
      cells.set(plan.fiscalYear, cellOf(plan.fiscalYear, indicator, undefined));
      planIndicators.set(indicator.id, cells);
    }
  }

  // Evaluations: rows keyed across years by id (projects by their thread), each cell the item's own and later reports.
  const rows = new Map<string, EvaluationRow>();
  const add = (row: Omit<EvaluationRow, 'cells'>, year: number, found: DatedEvaluation[]) => {
    if (found.length === 0) return;
    const r = rows.get(row.key) ?? { ...row, cells: new Map() };
    if (row.label) r.label = row.label;
    if (row.project) r.project = row.project;
    r.cells.set(year, found);
    rows.set(row.key, r);
  };
  for (const plan of plans) {
    const y = plan.fiscalYear;
    add({ kind: 'plan', key: 'plan', label: plan.title }, y, evaluationsOf(plan, plan.evaluation, {}, plans));
    for (const { block } of statementBlocks(plan)) {
      if (block.id)
        add(
          { kind: 'goal', key: `goal:${block.id}`, label: block.heading },
          y,
          evaluationsOf(plan, block.evaluation, { goal: block.id }, plans),
        );
    }
  }
  for (const thread of projectThreads) {
    for (const [year, cell] of thread.cells) {
      const plan = planOf.get(year)!;
      const p = cell.item;
      add(
        { kind: 'project', key: `project:${thread.key}`, label: p.title },
        year,
        evaluationsOf(plan, p.evaluation, { project: p.id }, plans),
      );
      for (const i of p.indicators ?? []) {
        add(
          { kind: 'indicator', key: `indicator:${thread.key}:${i.id}`, label: i.label, project: p.title },
          year,
          evaluationsOf(plan, i.evaluation, { project: p.id, indicator: i.id }, plans),
        );
      }
    }
  }
  for (const plan of plans) {
    for (const i of plan.indicators?.items ?? []) {
      add(
        { kind: 'indicator', key: `indicator::${i.id}`, label: i.label },
        plan.fiscalYear,
        evaluationsOf(plan, i.evaluation, { indicator: i.id }, plans),
      );
    }
  }
  return {
    years,
    staff,
    budget,
    projects: projectThreads,
    indicators,
    planIndicators,
    evaluations: [...rows.values()],
    divisions: divisionThreads,
  };
}
