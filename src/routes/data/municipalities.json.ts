/** /data/municipalities.json: every municipality, as validated, by id. */
import type { APIRoute } from 'astro';
import { getSite } from '../../lib/view/site.ts';
import { toJson } from '../../lib/export/json.ts';
import { JSON_TYPE, respond } from '../../lib/export/responses.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const byId = [...site.municipalities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return respond(toJson(byId), JSON_TYPE);
};
