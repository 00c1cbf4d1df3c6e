/**
 * The indicator CSV: one row per target indicator, with the actual that the latest later plan
 * reports for it (`results`), in the columns of the data dictionary.
 */
import type { LocalizedText } from '../../../schemas/localized-text.ts';
import type { Plan } from '../../../schemas/plan.ts';
import { toCsv, type CsvValue } from './csv.ts';
import { INDICATOR_HEADER, MEASURES } from './data-dictionary.ts';
import { sortPlans } from './sort.ts';

/** Names shown beside the ids, when the caller knows them. */
export interface PlanNames {
  municipality?: LocalizedText;
  department?: LocalizedText;
}

type Measure = NonNullable<NonNullable<NonNullable<Plan['projects']>['items'][number]['indicators']>[number]['actual']>;

const indicatorKey = (m: string, d: string, year: number, project: string, indicator: string) => `${m}/${d}/${year}/${project}/${indicator}`;

const laterActualsCache = new WeakMap<readonly Plan[], Map<string, { actual: Measure; year: number }>>();

/**
 * Actuals that later plans report for earlier indicators (`results`), by indicator. When several
 * plans report the same indicator, the latest plan's report wins.
 */
export function laterActuals(plans: readonly Plan[]): Map<string, { actual: Measure; year: number }> {
  // Pages ask once per plan with the same list of all plans: compute it once per list, not n times.
  const cached = laterActualsCache.get(plans);
  if (cached) return cached;
  const out = new Map<string, { actual: Measure; year: number }>();
  laterActualsCache.set(plans, out);
  for (const plan of [...plans].sort((a, b) => a.fiscalYear - b.fiscalYear)) {
    for (const r of plan.results ?? []) {
      out.set(indicatorKey(plan.municipality, plan.department, r.fiscalYear, r.project, r.indicator), { actual: r.actual, year: plan.fiscalYear });
    }
  }
  return out;
}

/**
 * One row per indicator of each plan in `selected`, in document order, as a record keyed by column
 * name. The actual comes from the latest later plan that reports it (`results`), else from the
 * indicator itself; actual_source_year says which plan it came from. `all` is every plan, so that
 * actuals reported later are found.
 */
export function indicatorRows(
  selected: readonly Plan[],
  all: readonly Plan[] = selected,
  names: (plan: Plan) => PlanNames = () => ({}),
): Record<string, CsvValue>[] {
  const later = laterActuals(all);
  const rows: Record<string, CsvValue>[] = [];
  for (const plan of sortPlans(selected)) {
    const { municipality, department } = names(plan);
    for (const project of plan.projects?.items ?? []) {
      for (const indicator of project.indicators ?? []) {
        const reported = later.get(indicatorKey(plan.municipality, plan.department, plan.fiscalYear, project.id, indicator.id));
        const actual = reported?.actual ?? indicator.actual;
        const actualYear = reported?.year ?? (indicator.actual ? plan.fiscalYear : undefined);
        const row: Record<string, CsvValue> = {
          municipality: plan.municipality,
          municipality_name_ja: municipality?.ja,
          municipality_name_en: municipality?.en,
          department: plan.department,
          department_name_ja: department?.ja,
          department_name_en: department?.en,
          fiscal_year: plan.fiscalYear,
          project_id: project.id,
          project_number: project.number,
          project_title_ja: project.title.ja,
          project_title_en: project.title.en,
          indicator_id: indicator.id,
          indicator_ja: indicator.label.ja,
          indicator_en: indicator.label.en,
          target_value: indicator.target?.value,
          target_unit_ja: indicator.target?.unit.ja,
          target_unit_en: indicator.target?.unit.en,
          comparator: indicator.target?.comparator,
          period: indicator.target?.period,
          target_note_ja: indicator.target?.note?.ja,
          target_note_en: indicator.target?.note?.en,
          actual_source_year: actualYear,
          source_url: plan.source.url,
        };
        for (const m of MEASURES) {
          const value = m.field === 'actual' ? actual : indicator[m.field];
          Object.assign(row, {
            [`${m.prefix}_value`]: value?.value,
            [`${m.prefix}_unit_ja`]: value?.unit?.ja,
            [`${m.prefix}_unit_en`]: value?.unit?.en,
            [`${m.prefix}_text_ja`]: value?.text?.ja,
            [`${m.prefix}_text_en`]: value?.text?.en,
            [`${m.prefix}_as_of`]: value?.asOf,
          });
        }
        rows.push(row);
      }
    }
  }
  return rows;
}

/** The indicator CSV of `selected` plans (see indicatorRows). */
export function indicatorsCsv(selected: readonly Plan[], all: readonly Plan[] = selected, names?: (plan: Plan) => PlanNames): string {
  return toCsv(INDICATOR_HEADER, indicatorRows(selected, all, names).map((row) => INDICATOR_HEADER.map((name) => row[name])));
}
