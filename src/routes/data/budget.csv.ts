/** /data/budget.csv: see siteDataFile (src/lib/export/site-files.ts) and the data dictionary. */
import type { APIRoute } from 'astro';
import { getSite } from '../../lib/view/site.ts';
import { siteDataFile } from '../../lib/export/site-files.ts';
import { CSV_TYPE, respond } from '../../lib/export/responses.ts';

export const GET: APIRoute = async () => respond(siteDataFile(await getSite(), 'budget'), CSV_TYPE);
