/** /data/<municipality>/<department>/<year>.indicators.csv: one plan's target indicators, one row each. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Plan } from '../../../schemas/plan/index.ts';
import { getSite } from '../../lib/view/site.ts';
import { cacheKeys } from '../../lib/view/cache-keys.ts';
import { indicatorsCsv } from '../../lib/export/indicators-csv.ts';
import { CSV_TYPE, namesIn, respond } from '../../lib/export/responses.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  const keys = cacheKeys(site);
  return site.plans.map(({ plan }) => ({
    params: { municipality: plan.municipality, department: plan.department, year: String(plan.fiscalYear) },
    cacheKey: keys.unit(plan.municipality, plan.department),
    props: { plan },
  }));
}) satisfies GetStaticPaths;

// Written when the file is, not in getStaticPaths, so an incremental build skips the work with the file.
export const GET: APIRoute<{ plan: Plan }> = async ({ props }) => {
  const site = await getSite();
  // Later plans of the department may report this plan's actuals, so they are passed along.
  const csv = indicatorsCsv(
    [props.plan],
    site.plansOf(props.plan.municipality, props.plan.department).map((r) => r.plan),
    namesIn(site),
  );
  return respond(csv, CSV_TYPE);
};
