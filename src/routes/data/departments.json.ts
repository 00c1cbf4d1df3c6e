/** /data/departments.json: every department, as validated, by municipality and id. */
import type { APIRoute } from 'astro';
import { getSite } from '../../lib/view/site.ts';
import { toJson } from '../../lib/export/json.ts';
import { JSON_TYPE, respond } from '../../lib/export/responses.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const key = (d: { municipality: string; id: string }) => `${d.municipality}\u0000${d.id}`;
  const sorted = [...site.departments].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return respond(toJson(sorted), JSON_TYPE);
};
