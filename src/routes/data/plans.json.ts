/** /data/plans.json: every validated plan, by municipality, department and fiscal year. */
import type { APIRoute } from 'astro';
import { getSite } from '../../lib/view/site.ts';
import { sortPlans } from '../../lib/export/sort.ts';
import { toJson } from '../../lib/export/json.ts';
import { JSON_TYPE, respond } from '../../lib/export/responses.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  return respond(toJson(sortPlans(site.plans.map((r) => r.plan))), JSON_TYPE);
};
