/**
 * The `cacheKey` of each page for Astro's incremental builds (experimental.incrementalBuild): a
 * digest of the content a page can show. Astro itself hashes each page's code and skips a page whose
 * code and key are both unchanged, restoring its last output. So a key must cover everything the page
 * reads from the content:
 * - the site's structure (settings, every body and unit: breadcrumbs, parents, names, lineage);
 * - for a unit's pages (its plans, comparisons, 新旧対照表, data files), every year of that unit, since
 *   a plan page shows later years' results and a comparison all years;
 * - for a body's page, and the page of a unit that contains others, the keys of the body's units.
 * Pages that list the whole site (home, data, search, feeds, translations) carry no key and are
 * always rendered; there are a handful of them.
 */
import { createHash } from 'node:crypto';
import { settings } from './settings.ts';
import type { SiteIndex } from './site.ts';

export interface CacheKeys {
  /** Pages of one unit. */
  unit(municipality: string, department: string): string;
  /** A body's page. */
  body(municipality: string): string;
}

const digest = (...parts: string[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\u0000');
  return hash.digest('base64url');
};

const memo = new WeakMap<SiteIndex, CacheKeys>();

/** The keys of a site's pages, computed once per build. */
export function cacheKeys(site: SiteIndex): CacheKeys {
  let keys = memo.get(site);
  if (keys) return keys;
  const structure = digest(JSON.stringify([settings, site.municipalities, site.departments]));
  const units = new Map<string, string>();
  const unit = (municipality: string, department: string) => {
    const id = `${municipality}/${department}`;
    let key = units.get(id);
    if (!key) units.set(id, (key = digest(structure, JSON.stringify(site.plansOf(municipality, department)))));
    return key;
  };
  const body = (municipality: string) =>
    digest(structure, ...site.departments.filter((d) => d.municipality === municipality).map((d) => unit(municipality, d.id)));
  keys = { unit, body };
  memo.set(site, keys);
  return keys;
}
