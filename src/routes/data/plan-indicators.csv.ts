/** /data/<municipality>/<department>/<year>.indicators.csv: one plan's target indicators, one row each. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../lib/view/site.ts';
import { indicatorsCsv } from '../../lib/export/indicators-csv.ts';
import { CSV_TYPE, namesIn, respond } from '../../lib/export/responses.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  const all = site.plans.map((r) => r.plan);
  const names = namesIn(site);
  // Later plans of the department may report this plan's actuals, so every plan is passed along.
  return all.map((plan) => ({
    params: { municipality: plan.municipality, department: plan.department, year: String(plan.fiscalYear) },
    props: { csv: indicatorsCsv([plan], all, names) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ csv: string }> = ({ props }) => respond(props.csv, CSV_TYPE);
