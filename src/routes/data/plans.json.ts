/** /data/plans.json: every validated plan, by municipality, department and fiscal year. */
import type { APIRoute } from 'astro';
import { getSite } from '../../lib/view/site.ts';
import { siteDataFile } from '../../lib/export/site-files.ts';
import { JSON_TYPE, respond } from '../../lib/export/responses.ts';

export const GET: APIRoute = async () => respond(siteDataFile(await getSite(), 'plans'), JSON_TYPE);
