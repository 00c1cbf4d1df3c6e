/** What every open-data endpoint shares: the response types and the names beside the ids. */
import type { Plan } from '../../../schemas/plan/index.ts';
import type { PlanNames } from './indicators-csv.ts';
import { departmentNameIn, type SiteIndex } from '../view/site.ts';

export const JSON_TYPE = 'application/json; charset=utf-8';
export const CSV_TYPE = 'text/csv; charset=utf-8';

export const respond = (body: string, type: string) => new Response(body, { headers: { 'Content-Type': type } });

/** The municipality's 全国地方公共団体コード and name, and the department's name in the plan's year. */
export const namesIn =
  (site: SiteIndex) =>
  (plan: Plan): PlanNames => ({
    code: site.municipality(plan.municipality).code,
    municipality: site.municipality(plan.municipality).name,
    department: departmentNameIn(site.department(plan.municipality, plan.department), plan.fiscalYear, plan.departmentName),
  });
