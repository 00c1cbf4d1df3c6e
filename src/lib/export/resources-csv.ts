/**
 * The budget, staff and project CSVs in long format, with the conventions of the indicator CSV
 * (indicators-csv.ts): every row starts with 全国地方公共団体コード and the body's name, then the plan's
 * ids and year, and ends with the address of the original document; columns as in the data dictionary.
 */
import type { Plan } from '../../../schemas/plan/index.ts';
import { amountToYen, budgetYen, staffTotal } from '../figures/resources.ts';
import { recordsCsv, type CsvValue } from './csv.ts';
import { BUDGET_HEADER, PROJECT_HEADER, STAFF_HEADER } from './data-dictionary.ts';
import type { PlanNames } from './indicators-csv.ts';
import { sortPlans } from './sort.ts';

type Row = Record<string, CsvValue>;

/** The columns every row starts with: who published the plan, which unit and which year. */
export function planColumns(plan: Plan, { code, municipality, department }: PlanNames): Row {
  return {
    全国地方公共団体コード: code,
    地方公共団体名: municipality?.ja,
    municipality: plan.municipality,
    municipality_name_en: municipality?.en,
    department: plan.department,
    department_name_ja: department?.ja,
    department_name_en: department?.en,
    fiscal_year: plan.fiscalYear,
  };
}

/** One row per budget figure of each plan's 経営資源, then one per part it includes (「…を含む」). */
export function budgetRows(plans: readonly Plan[], names: (plan: Plan) => PlanNames = () => ({})): Row[] {
  return sortPlans(plans).flatMap((plan) =>
    (plan.resources?.budget?.items ?? []).flatMap((item) => {
      const base = { ...planColumns(plan, names(plan)), as_of: plan.resources?.asOf, budget_id: item.id };
      const source = { source_url: plan.source.url };
      return [
        {
          ...base,
          label_ja: item.label.ja,
          label_en: item.label.en,
          account_ja: item.account.ja,
          account_en: item.account.en,
          basis_ja: item.basis?.ja,
          basis_en: item.basis?.en,
          amount: item.amount,
          unit: item.unit,
          amount_yen: budgetYen(item),
          derived_from: item.derivedFrom?.item,
          derived_minus: item.derivedFrom?.minus.join(' '),
          ...source,
        },
        ...(item.includes ?? []).map((part) => ({
          ...base,
          part_id: part.id,
          label_ja: part.label.ja,
          label_en: part.label.en,
          amount: part.amount,
          unit: item.unit,
          amount_yen: amountToYen(part.amount, item.unit),
          ...source,
        })),
      ];
    }),
  );
}

/** One row per staff figure (its number of staff), then one per count it includes (うち) or is made of (内訳). */
export function staffRows(plans: readonly Plan[], names: (plan: Plan) => PlanNames = () => ({})): Row[] {
  return sortPlans(plans).flatMap((plan) =>
    (plan.resources?.staff?.items ?? []).flatMap((item) => {
      const base = {
        ...planColumns(plan, names(plan)),
        as_of: plan.resources?.asOf,
        staff_id: item.id,
        division: item.division,
      };
      const source = { source_url: plan.source.url };
      const parts = (kind: 'includes' | 'composition') =>
        (item[kind] ?? []).map((part) => ({
          ...base,
          kind,
          label_ja: part.label.ja,
          label_en: part.label.en,
          count: part.count,
          ...source,
        }));
      return [
        {
          ...base,
          kind: 'total',
          label_ja: item.label.ja,
          label_en: item.label.en,
          basis_ja: item.basis?.ja,
          basis_en: item.basis?.en,
          count: staffTotal(item),
          ...source,
        },
        ...parts('includes'),
        ...parts('composition'),
      ];
    }),
  );
}

/** One row per project (個別事業) of each plan: its number, title, divisions, budget and how many indicators it sets. */
export function projectRows(plans: readonly Plan[], names: (plan: Plan) => PlanNames = () => ({})): Row[] {
  return sortPlans(plans).flatMap((plan) =>
    (plan.projects?.items ?? []).map((p) => ({
      ...planColumns(plan, names(plan)),
      project_id: p.id,
      project_number: p.number,
      theme: p.theme,
      divisions: p.divisions?.join(' '),
      project_title_ja: p.title.ja,
      project_title_en: p.title.en,
      budget_label_ja: p.budget?.label.ja,
      budget_label_en: p.budget?.label.en,
      budget_amount: p.budget?.amount,
      budget_unit: p.budget?.unit,
      budget_yen: p.budget?.amount !== undefined ? amountToYen(p.budget.amount, p.budget.unit) : undefined,
      standard_ja: p.standard?.ja,
      standard_en: p.standard?.en,
      indicator_count: p.indicators?.length ?? 0,
      source_url: plan.source.url,
    })),
  );
}

export const budgetCsv = (plans: readonly Plan[], names?: (plan: Plan) => PlanNames) => recordsCsv(BUDGET_HEADER, budgetRows(plans, names));
export const staffCsv = (plans: readonly Plan[], names?: (plan: Plan) => PlanNames) => recordsCsv(STAFF_HEADER, staffRows(plans, names));
export const projectsCsv = (plans: readonly Plan[], names?: (plan: Plan) => PlanNames) =>
  recordsCsv(PROJECT_HEADER, projectRows(plans, names));
