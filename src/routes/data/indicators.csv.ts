/** /data/indicators.csv: every target indicator of every plan, one row each. */
import type { APIRoute } from 'astro';
import { getSite } from '../../lib/view/site.ts';
import { indicatorsCsv } from '../../lib/export/indicators-csv.ts';
import { CSV_TYPE, namesIn, respond } from '../../lib/export/responses.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const plans = site.plans.map((r) => r.plan);
  return respond(indicatorsCsv(plans, plans, namesIn(site)), CSV_TYPE);
};
