/**
 * Open data: the validated plans as JSON and their indicators as CSV, built by pure functions so the
 * endpoints under src/pages/data/ only choose what to publish, and unit tests can check every byte.
 */
import type { LocalizedText } from '../../../schemas/localized-text.ts';
import type { Plan } from '../../../schemas/plan.ts';
import type { UiKey } from '../../i18n/index.ts';

/** Byte order mark: Excel on Windows reads a CSV as UTF-8 only when the file starts with it. */
export const BOM = '\uFEFF';
/** RFC 4180 ends every record with CRLF. */
export const CRLF = '\r\n';

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
const MEASURES = [
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

export type CsvValue = string | number | undefined | null;

/**
 * One CSV field as RFC 4180 writes it: quoted when it holds a comma, a double quote, CR or LF (or
 * starts or ends with a space, which some readers trim), with each double quote doubled. A text
 * that starts like a spreadsheet formula (= + - @, tab, CR) gets a leading apostrophe, so opening
 * the file in Excel never runs content as a formula (OWASP "CSV injection"); numbers stay numbers.
 */
export function csvField(value: CsvValue): string {
  const raw = value === undefined || value === null ? '' : String(value);
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV file: UTF-8 BOM, a header record, then one record per row, every record ending in CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map(csvField).join(',') + CRLF).join('');
}

/** A published JSON file: two-space indents, a newline at the end. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

/** Plans by municipality, department and fiscal year (code-point order, so every machine agrees). */
export function sortPlans<T extends Plan>(plans: readonly T[]): T[];
export function sortPlans<T>(plans: readonly T[], plan: (item: T) => Plan): T[];
export function sortPlans<T>(plans: readonly T[], plan: (item: T) => Plan = (x) => x as unknown as Plan): T[] {
  return [...plans].sort((x, y) => {
    const a = plan(x);
    const b = plan(y);
    return compare(a.municipality, b.municipality) || compare(a.department, b.department) || a.fiscalYear - b.fiscalYear;
  });
}

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

/** Where a plan's files are published, relative to the site base. */
export function planDataPaths(plan: Pick<Plan, 'municipality' | 'department' | 'fiscalYear'>): { json: string; csv: string } {
  const stem = `data/${plan.municipality}/${plan.department}/${plan.fiscalYear}`;
  return { json: `${stem}.json`, csv: `${stem}.indicators.csv` };
}

/** The site-wide files, relative to the site base. */
export const SITE_DATA_FILES = {
  plans: 'data/plans.json',
  indicators: 'data/indicators.csv',
  municipalities: 'data/municipalities.json',
  departments: 'data/departments.json',
} as const;

/** The JSON Schemas published beside the data. */
export const SCHEMA_NAMES = ['plan', 'municipality', 'department'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];
export const schemaPath = (name: SchemaName) => `data/schema/${name}.schema.json`;

/** Text for XML character data and attribute values. */
export function escapeXml(text: string): string {
  // XML 1.0 forbids most control characters outright; a pasted vertical tab must not break the feed.
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

export interface AtomEntry {
  id: string;
  title: string;
  /** The page the entry announces (absolute URL). */
  link: string;
  /** RFC 3339, e.g. 2026-11-21T08:05:27Z. */
  updated: string;
  summary?: string;
  category?: string;
}

export interface AtomFeed {
  id: string;
  lang: string;
  title: string;
  subtitle?: string;
  /** The feed's own address (absolute URL). */
  self: string;
  /** The site's home page in the feed's language (absolute URL). */
  home: string;
  author: string;
  entries: readonly AtomEntry[];
}

/** Atom's `updated` of a feed with no entry: a fixed date, so an empty feed is still the same every build. */
export const EPOCH = '1970-01-01T00:00:00Z';

/** An Atom 1.0 document (RFC 4287). The feed's `updated` is its newest entry's, so no build time is written. */
export function atomFeed(feed: AtomFeed): string {
  const x = escapeXml;
  const updated = feed.entries.reduce((max, e) => (e.updated > max ? e.updated : max), EPOCH);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(feed.lang)}">`,
    `  <id>${x(feed.id)}</id>`,
    `  <title>${x(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${x(feed.subtitle)}</subtitle>`] : []),
    `  <link rel="self" type="application/atom+xml" href="${x(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(feed.home)}"/>`,
    `  <updated>${x(updated)}</updated>`,
    `  <author><name>${x(feed.author)}</name></author>`,
    ...feed.entries.flatMap((e) => [
      '  <entry>',
      `    <id>${x(e.id)}</id>`,
      `    <title>${x(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${x(e.link)}"/>`,
      `    <updated>${x(e.updated)}</updated>`,
      ...(e.category ? [`    <category term="${x(e.category)}"/>`] : []),
      ...(e.summary ? [`    <summary>${x(e.summary)}</summary>`] : []),
      '  </entry>',
    ]),
    '</feed>',
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * A `tag:` URI (RFC 4151) that never changes for one plan page and commit, e.g.
 * tag:plans.example.org,2026-11-21:/ja/mitaka/soumu/2017/114403ea….
 */
export function tagUri(pageUrl: string, date: string, commit: string): string {
  const url = new URL(pageUrl);
  return `tag:${url.hostname},${date}:${url.pathname}${commit}`;
}

/** Feed items newest first (ties by plan, then commit), at most `limit`. */
export function newestFirst<T extends { time: string; key: string; commit: string }>(items: readonly T[], limit: number): T[] {
  return [...items]
    .sort((a, b) => compare(b.time, a.time) || compare(a.key, b.key) || compare(a.commit, b.commit))
    .slice(0, limit);
}
