/**
 * The indicator CSV in long format: one row per value of each indicator (project indicators and the
 * plan-level 測定指標), with the reported actual and the status from the figures module, in the
 * columns of the data dictionary. Every row starts with 全国地方公共団体コード and the body's name.
 */
import type { LocalizedText } from '../../../schemas/localized-text.ts';
import type { Plan } from '../../../schemas/plan/index.ts';
import { indicatorFigures, planIndicators, type RoleValue } from '../figures/indicators.ts';
import { recordsCsv, type CsvValue } from './csv.ts';
import { INDICATOR_HEADER } from './data-dictionary.ts';
import { sortPlans } from './sort.ts';
import { planColumns } from './resources-csv.ts';

/** Names and the code beside the ids, when the caller knows them. */
export interface PlanNames {
  /** 全国地方公共団体コード (municipality.yaml `code`). */
  code?: string;
  municipality?: LocalizedText;
  department?: LocalizedText;
}

/**
 * The rows of `selected` plans as records keyed by column name: for each indicator in document
 * order (project indicators, then plan-level ones), one row per value as published; when a later plan
 * reports the actual (`results`), one more row with role actual and that plan's year. The row whose
 * value is the reported actual (the one the status is judged on) has reported_actual 1. An indicator
 * without any value still gets one row. `all` is every plan, so that actuals reported later are found.
 */
export function indicatorRows(
  selected: readonly Plan[],
  all: readonly Plan[] = selected,
  names: (plan: Plan) => PlanNames = () => ({}),
): Record<string, CsvValue>[] {
  const rows: Record<string, CsvValue>[] = [];
  for (const plan of sortPlans(selected)) {
    const planned = planColumns(plan, names(plan));
    for (const { project, indicator } of planIndicators(plan)) {
      const figures = indicatorFigures(plan, indicator, project?.id, all);
      const base: Record<string, CsvValue> = {
        ...planned,
        project_id: project?.id,
        project_number: project?.number,
        project_title_ja: project?.title.ja,
        project_title_en: project?.title.en,
        indicator_id: indicator.id,
        indicator_number: indicator.number,
        indicator_ja: indicator.label?.ja,
        indicator_en: indicator.label?.en,
        classification_ja: indicator.classification?.ja,
        classification_en: indicator.classification?.en,
        basis_ja: indicator.basis?.ja,
        basis_en: indicator.basis?.en,
        other_plan_ja: indicator.otherPlan?.ja,
        other_plan_en: indicator.otherPlan?.en,
        status: figures.status,
      };
      const valueColumns = (v: RoleValue, sourceYear: number): Record<string, CsvValue> => ({
        role: v.role,
        label_ja: v.label?.ja,
        label_en: v.label?.en,
        at_ja: v.at?.ja,
        at_en: v.at?.en,
        as_of: v.asOf,
        value_fiscal_year: v.fiscalYear,
        value: v.value,
        unit_ja: v.unit?.ja,
        unit_en: v.unit?.en,
        comparator: v.comparator,
        period: v.period,
        text_ja: v.text?.ja,
        text_en: v.text?.en,
        note_ja: v.note?.ja,
        note_en: v.note?.en,
        value_source_year: sourceYear,
        reported_actual: v === figures.reported?.actual ? 1 : undefined,
        source_url: plan.source.url,
      });
      const values = figures.values.map((v) => valueColumns(v, plan.fiscalYear));
      if (figures.reported && figures.reported.from !== plan.fiscalYear)
        values.push(valueColumns(figures.reported.actual, figures.reported.from));
      if (values.length === 0) values.push({ source_url: plan.source.url });
      for (const v of values) rows.push({ ...base, ...v });
    }
  }
  return rows;
}

/** The indicator CSV of `selected` plans (see indicatorRows), with the columns some row fills (recordsCsv). */
export function indicatorsCsv(selected: readonly Plan[], all: readonly Plan[] = selected, names?: (plan: Plan) => PlanNames): string {
  return recordsCsv(INDICATOR_HEADER, indicatorRows(selected, all, names));
}
