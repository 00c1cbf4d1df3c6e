/** /data/municipalities.json: every municipality, as validated, by id. */
import type { APIRoute } from 'astro';
import { getSite } from '../../lib/view/site.ts';
import { siteDataFile } from '../../lib/export/site-files.ts';
import { JSON_TYPE, respond } from '../../lib/export/responses.ts';

export const GET: APIRoute = async () => respond(siteDataFile(await getSite(), 'municipalities'), JSON_TYPE);
