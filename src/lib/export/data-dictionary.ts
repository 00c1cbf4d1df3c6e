/**
 * The data dictionary: every column of the indicator CSV and the main fields of a plan JSON file,
 * with what each means and what its values look like, as the open-data page lists them.
 */
import type { UiKey } from '../../i18n/index.ts';

/** What a value in a column looks like, named once for the data dictionary. */
export type FieldFormat =
  | 'id'
  | 'year'
  | 'integer'
  | 'number'
  | 'textJa'
  | 'textEn'
  | 'date'
  | 'comparator'
  | 'period'
  | 'url'
  | 'localized'
  | 'object'
  | 'array'
  | 'completeness'
  | 'budgetUnit'
  | 'code'
  | 'status'
  | 'role'
  | 'flag'
  | 'staffKind'
  | 'ids';

export interface FieldSpec {
  name: string;
  /** The dictionary key of its meaning, and the values to fill in. */
  meaning: UiKey;
  params?: Record<string, UiKey>;
  format: FieldFormat;
}

/**
 * The columns of the indicator CSV (long format: one row per value of an indicator), in order, with
 * what each means. The first two are those of the 総務省 機械判読 rules: 全国地方公共団体コード and the
 * body's name, so the file joins other local-government open data.
 */
export const INDICATOR_COLUMNS: readonly FieldSpec[] = [
  { name: '全国地方公共団体コード', meaning: 'data.csv.code', format: 'code' },
  { name: '地方公共団体名', meaning: 'data.csv.municipalityNameJa', format: 'textJa' },
  { name: 'municipality', meaning: 'data.csv.municipality', format: 'id' },
  { name: 'municipality_name_en', meaning: 'data.csv.municipalityNameEn', format: 'textEn' },
  { name: 'department', meaning: 'data.csv.department', format: 'id' },
  { name: 'department_name_ja', meaning: 'data.csv.departmentNameJa', format: 'textJa' },
  { name: 'department_name_en', meaning: 'data.csv.departmentNameEn', format: 'textEn' },
  { name: 'fiscal_year', meaning: 'data.csv.fiscalYear', format: 'year' },
  { name: 'project_id', meaning: 'data.csv.projectId', format: 'id' },
  { name: 'project_number', meaning: 'data.csv.projectNumber', format: 'integer' },
  { name: 'project_title_ja', meaning: 'data.csv.projectTitleJa', format: 'textJa' },
  { name: 'project_title_en', meaning: 'data.csv.projectTitleEn', format: 'textEn' },
  { name: 'indicator_id', meaning: 'data.csv.indicatorId', format: 'id' },
  { name: 'indicator_number', meaning: 'data.csv.indicatorNumber', format: 'integer' },
  { name: 'indicator_ja', meaning: 'data.csv.indicatorJa', format: 'textJa' },
  { name: 'indicator_en', meaning: 'data.csv.indicatorEn', format: 'textEn' },
  { name: 'classification_ja', meaning: 'data.csv.classificationJa', format: 'textJa' },
  { name: 'classification_en', meaning: 'data.csv.classificationEn', format: 'textEn' },
  { name: 'basis_ja', meaning: 'data.csv.basisJa', format: 'textJa' },
  { name: 'basis_en', meaning: 'data.csv.basisEn', format: 'textEn' },
  { name: 'other_plan_ja', meaning: 'data.csv.otherPlanJa', format: 'textJa' },
  { name: 'other_plan_en', meaning: 'data.csv.otherPlanEn', format: 'textEn' },
  { name: 'status', meaning: 'data.csv.status', format: 'status' },
  { name: 'role', meaning: 'data.csv.role', format: 'role' },
  { name: 'label_ja', meaning: 'data.csv.labelJa', format: 'textJa' },
  { name: 'label_en', meaning: 'data.csv.labelEn', format: 'textEn' },
  { name: 'at_ja', meaning: 'data.csv.atJa', format: 'textJa' },
  { name: 'at_en', meaning: 'data.csv.atEn', format: 'textEn' },
  { name: 'as_of', meaning: 'data.csv.asOf', format: 'date' },
  { name: 'value_fiscal_year', meaning: 'data.csv.valueFiscalYear', format: 'year' },
  { name: 'value', meaning: 'data.csv.value', format: 'number' },
  { name: 'unit_ja', meaning: 'data.csv.unitJa', format: 'textJa' },
  { name: 'unit_en', meaning: 'data.csv.unitEn', format: 'textEn' },
  { name: 'comparator', meaning: 'data.csv.comparator', format: 'comparator' },
  { name: 'period', meaning: 'data.csv.period', format: 'period' },
  { name: 'text_ja', meaning: 'data.csv.textJa', format: 'textJa' },
  { name: 'text_en', meaning: 'data.csv.textEn', format: 'textEn' },
  { name: 'note_ja', meaning: 'data.csv.noteJa', format: 'textJa' },
  { name: 'note_en', meaning: 'data.csv.noteEn', format: 'textEn' },
  { name: 'value_source_year', meaning: 'data.csv.valueSourceYear', format: 'year' },
  { name: 'reported_actual', meaning: 'data.csv.reportedActual', format: 'flag' },
  { name: 'source_url', meaning: 'data.csv.sourceUrl', format: 'url' },
];

export const INDICATOR_HEADER: readonly string[] = INDICATOR_COLUMNS.map((c) => c.name);

/** The columns the budget, staff and project CSVs start with: those of the indicator CSV, the plan's year meant. */
const PLAN_COLUMNS: readonly FieldSpec[] = [
  ...INDICATOR_COLUMNS.slice(0, 7),
  { name: 'fiscal_year', meaning: 'data.csv.planFiscalYear', format: 'year' },
];
const SOURCE_COLUMN = INDICATOR_COLUMNS.at(-1)!;

/** The budget CSV: one row per budget figure of a plan's 経営資源, then one per part it includes. */
export const BUDGET_COLUMNS: readonly FieldSpec[] = [
  ...PLAN_COLUMNS,
  { name: 'as_of', meaning: 'data.csv.resourcesAsOf', format: 'date' },
  { name: 'budget_id', meaning: 'data.csv.budgetId', format: 'id' },
  { name: 'part_id', meaning: 'data.csv.budgetPartId', format: 'id' },
  { name: 'label_ja', meaning: 'data.csv.figureLabelJa', format: 'textJa' },
  { name: 'label_en', meaning: 'data.csv.figureLabelEn', format: 'textEn' },
  { name: 'account_ja', meaning: 'data.csv.accountJa', format: 'textJa' },
  { name: 'account_en', meaning: 'data.csv.accountEn', format: 'textEn' },
  { name: 'basis_ja', meaning: 'data.csv.figureBasisJa', format: 'textJa' },
  { name: 'basis_en', meaning: 'data.csv.figureBasisEn', format: 'textEn' },
  { name: 'amount', meaning: 'data.csv.amount', format: 'integer' },
  { name: 'unit', meaning: 'data.csv.amountUnit', format: 'budgetUnit' },
  { name: 'amount_yen', meaning: 'data.csv.amountYen', format: 'integer' },
  { name: 'derived_from', meaning: 'data.csv.derivedFrom', format: 'id' },
  { name: 'derived_minus', meaning: 'data.csv.derivedMinus', format: 'ids' },
  SOURCE_COLUMN,
];
export const BUDGET_HEADER: readonly string[] = BUDGET_COLUMNS.map((c) => c.name);

/** The staff CSV: one row per staff figure, then one per count it includes (うち) or is made of (内訳). */
export const STAFF_COLUMNS: readonly FieldSpec[] = [
  ...PLAN_COLUMNS,
  { name: 'as_of', meaning: 'data.csv.resourcesAsOf', format: 'date' },
  { name: 'staff_id', meaning: 'data.csv.staffId', format: 'id' },
  { name: 'division', meaning: 'data.csv.division', format: 'id' },
  { name: 'kind', meaning: 'data.csv.staffKind', format: 'staffKind' },
  { name: 'label_ja', meaning: 'data.csv.figureLabelJa', format: 'textJa' },
  { name: 'label_en', meaning: 'data.csv.figureLabelEn', format: 'textEn' },
  { name: 'basis_ja', meaning: 'data.csv.figureBasisJa', format: 'textJa' },
  { name: 'basis_en', meaning: 'data.csv.figureBasisEn', format: 'textEn' },
  { name: 'count', meaning: 'data.csv.staffCount', format: 'integer' },
  SOURCE_COLUMN,
];
export const STAFF_HEADER: readonly string[] = STAFF_COLUMNS.map((c) => c.name);

/** The project CSV: one row per project (個別事業) of a plan. */
export const PROJECT_COLUMNS: readonly FieldSpec[] = [
  ...PLAN_COLUMNS,
  { name: 'project_id', meaning: 'data.csv.projectId', format: 'id' },
  { name: 'project_number', meaning: 'data.csv.projectNumber', format: 'integer' },
  { name: 'theme', meaning: 'data.csv.theme', format: 'id' },
  { name: 'divisions', meaning: 'data.csv.divisions', format: 'ids' },
  { name: 'project_title_ja', meaning: 'data.csv.projectTitleJa', format: 'textJa' },
  { name: 'project_title_en', meaning: 'data.csv.projectTitleEn', format: 'textEn' },
  { name: 'budget_label_ja', meaning: 'data.csv.projectBudgetLabelJa', format: 'textJa' },
  { name: 'budget_label_en', meaning: 'data.csv.projectBudgetLabelEn', format: 'textEn' },
  { name: 'budget_amount', meaning: 'data.csv.amount', format: 'integer' },
  { name: 'budget_unit', meaning: 'data.csv.amountUnit', format: 'budgetUnit' },
  { name: 'budget_yen', meaning: 'data.csv.amountYen', format: 'integer' },
  { name: 'standard_ja', meaning: 'data.csv.standardJa', format: 'textJa' },
  { name: 'standard_en', meaning: 'data.csv.standardEn', format: 'textEn' },
  { name: 'indicator_count', meaning: 'data.csv.indicatorCount', format: 'integer' },
  SOURCE_COLUMN,
];
export const PROJECT_HEADER: readonly string[] = PROJECT_COLUMNS.map((c) => c.name);

/** The main fields of a plan JSON file (the JSON Schema has every field). */
export const PLAN_JSON_FIELDS: readonly FieldSpec[] = [
  { name: 'municipality', meaning: 'data.json.municipality', format: 'id' },
  { name: 'department', meaning: 'data.json.department', format: 'id' },
  { name: 'fiscalYear', meaning: 'data.json.fiscalYear', format: 'year' },
  { name: 'documentType', meaning: 'data.json.documentType', format: 'localized' },
  { name: 'title', meaning: 'data.json.title', format: 'localized' },
  { name: 'asOf', meaning: 'data.json.asOf', format: 'date' },
  { name: 'leaders', meaning: 'data.json.leaders', format: 'array' },
  { name: 'statements.blocks', meaning: 'data.json.statements', format: 'array' },
  { name: 'divisions.items', meaning: 'data.json.divisions', format: 'array' },
  { name: 'resources.staff.items', meaning: 'data.json.staff', format: 'array' },
  { name: 'resources.budget.items[].amount', meaning: 'data.json.budgetAmount', format: 'integer' },
  { name: 'resources.budget.items[].unit', meaning: 'data.json.budgetUnit', format: 'budgetUnit' },
  { name: 'policies.items', meaning: 'data.json.policies', format: 'array' },
  { name: 'projects.items', meaning: 'data.json.projects', format: 'array' },
  { name: 'projects.items[].indicators', meaning: 'data.json.indicators', format: 'array' },
  { name: 'projects.items[].indicators[].target', meaning: 'data.json.target', format: 'object' },
  { name: 'projects.items[].indicators[].values', meaning: 'data.json.values', format: 'array' },
  { name: 'indicators.items', meaning: 'data.json.planIndicators', format: 'array' },
  { name: 'results', meaning: 'data.json.results', format: 'array' },
  { name: 'source', meaning: 'data.json.source', format: 'object' },
  { name: 'source.completeness', meaning: 'data.json.completeness', format: 'completeness' },
  { name: 'changes', meaning: 'data.json.changes', format: 'array' },
];
