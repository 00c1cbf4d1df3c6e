/** /data/<municipality>/<department>/<year>.json: one plan exactly as validated. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Plan } from '../../../schemas/plan/index.ts';
import { getSite } from '../../lib/view/site.ts';
import { cacheKeys } from '../../lib/view/cache-keys.ts';
import { toJson } from '../../lib/export/json.ts';
import { JSON_TYPE, respond } from '../../lib/export/responses.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  const keys = cacheKeys(site);
  return site.plans.map(({ plan }) => ({
    params: { municipality: plan.municipality, department: plan.department, year: String(plan.fiscalYear) },
    cacheKey: keys.unit(plan.municipality, plan.department),
    props: { plan },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ plan: Plan }> = ({ props }) => respond(toJson(props.plan), JSON_TYPE);
