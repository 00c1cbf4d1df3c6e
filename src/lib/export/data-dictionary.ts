/**
 * The data dictionary: every column of the indicator CSV and the main fields of a plan JSON file,
 * with what each means and what its values look like, as the open-data page lists them.
 */
import type { UiKey } from '../../i18n/index.ts';

/** What a value in a column looks like, named once for the data dictionary. */
export type FieldFormat =
  | 'id' | 'year' | 'integer' | 'number' | 'textJa' | 'textEn' | 'date' | 'comparator' | 'period' | 'url'
  | 'localized' | 'object' | 'array' | 'completeness' | 'budgetUnit';

export interface FieldSpec {
  name: string;
  /** The dictionary key of its meaning, and the values to fill in. */
  meaning: UiKey;
  params?: Record<string, UiKey>;
  format: FieldFormat;
}

/** The three measures an indicator can carry, each as the same six columns. */
export const MEASURES = [
  { prefix: 'baseline', field: 'baseline', label: 'indicator.baseline' },
  { prefix: 'actual', field: 'actual', label: 'indicator.actual' },
  { prefix: 'long_term_target', field: 'longTermTarget', label: 'indicator.longTermTarget' },
] as const;

const measureColumns = (prefix: string, label: UiKey): FieldSpec[] => [
  { name: `${prefix}_value`, meaning: 'data.measure.value', params: { measure: label }, format: 'number' },
  { name: `${prefix}_unit_ja`, meaning: 'data.measure.unitJa', params: { measure: label }, format: 'textJa' },
  { name: `${prefix}_unit_en`, meaning: 'data.measure.unitEn', params: { measure: label }, format: 'textEn' },
  { name: `${prefix}_text_ja`, meaning: 'data.measure.textJa', params: { measure: label }, format: 'textJa' },
  { name: `${prefix}_text_en`, meaning: 'data.measure.textEn', params: { measure: label }, format: 'textEn' },
  { name: `${prefix}_as_of`, meaning: 'data.measure.asOf', params: { measure: label }, format: 'date' },
];

/** The columns of the indicator CSV, in order, with what each means (the data dictionary). */
export const INDICATOR_COLUMNS: readonly FieldSpec[] = [
  { name: 'municipality', meaning: 'data.csv.municipality', format: 'id' },
  { name: 'municipality_name_ja', meaning: 'data.csv.municipalityNameJa', format: 'textJa' },
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
  { name: 'indicator_ja', meaning: 'data.csv.indicatorJa', format: 'textJa' },
  { name: 'indicator_en', meaning: 'data.csv.indicatorEn', format: 'textEn' },
  { name: 'target_value', meaning: 'data.csv.targetValue', format: 'number' },
  { name: 'target_unit_ja', meaning: 'data.csv.targetUnitJa', format: 'textJa' },
  { name: 'target_unit_en', meaning: 'data.csv.targetUnitEn', format: 'textEn' },
  { name: 'comparator', meaning: 'data.csv.comparator', format: 'comparator' },
  { name: 'period', meaning: 'data.csv.period', format: 'period' },
  { name: 'target_note_ja', meaning: 'data.csv.targetNoteJa', format: 'textJa' },
  { name: 'target_note_en', meaning: 'data.csv.targetNoteEn', format: 'textEn' },
  ...MEASURES.flatMap((m) => [
    ...measureColumns(m.prefix, m.label),
    ...(m.prefix === 'actual' ? [{ name: 'actual_source_year', meaning: 'data.csv.actualSourceYear', format: 'year' } as const] : []),
  ]),
  { name: 'source_url', meaning: 'data.csv.sourceUrl', format: 'url' },
];

export const INDICATOR_HEADER: readonly string[] = INDICATOR_COLUMNS.map((c) => c.name);

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
  { name: 'results', meaning: 'data.json.results', format: 'array' },
  { name: 'source', meaning: 'data.json.source', format: 'object' },
  { name: 'source.completeness', meaning: 'data.json.completeness', format: 'completeness' },
];
