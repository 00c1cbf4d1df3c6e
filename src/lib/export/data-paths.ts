/** Where the open-data files are published, relative to the site base. */
import type { Plan } from '../../../schemas/plan/index.ts';

/** Where a plan's files are published, relative to the site base. */
export function planDataPaths(plan: Pick<Plan, 'municipality' | 'department' | 'fiscalYear'>): { json: string; csv: string } {
  const stem = `data/${plan.municipality}/${plan.department}/${plan.fiscalYear}`;
  return { json: `${stem}.json`, csv: `${stem}.indicators.csv` };
}

/** The site-wide files, relative to the site base. */
export const SITE_DATA_FILES = {
  plans: 'data/plans.json',
  indicators: 'data/indicators.csv',
  budget: 'data/budget.csv',
  staff: 'data/staff.csv',
  projects: 'data/projects.csv',
  municipalities: 'data/municipalities.json',
  departments: 'data/departments.json',
} as const;

/** The JSON Schemas published beside the data. */
export const SCHEMA_NAMES = ['plan', 'municipality', 'department'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];
export const schemaPath = (name: SchemaName) => `data/schema/${name}.schema.json`;
