import type { Department, Municipality, Plan } from '../../../schemas/index.ts';
import type { Lang } from '../../i18n/index.ts';
import { LANGS } from '../../i18n/index.ts';
import type { SiteIndex } from './site.ts';
import { pairSlug } from './urls.ts';
import { cacheKeys } from './cache-keys.ts';

/** Every pair of years of a department, older first: what a reader can compare. */
export function yearPairs(years: number[]): [number, number][] {
  const sorted = [...years].sort((a, b) => a - b);
  return sorted.flatMap((older, i) => sorted.slice(i + 1).map((newer) => [older, newer] as [number, number]));
}

/**
 * The pairs published as static 新旧対照表 pages (`compare/2017-2018/`), older first: each year against
 * the next, what changed from one plan to the following one. One page per year, so a site grows
 * linearly with its years; any other pair is assembled in the browser on the unit's `compare/any/` page.
 */
export function staticPairs(years: number[]): [number, number][] {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  return sorted.slice(1).map((newer, i) => [sorted[i]!, newer]);
}

export interface ComparePageProps {
  lang: Lang;
  municipality: Municipality;
  department: Department;
  plans: Plan[];
}

/** One comparison page per department and language, for the route to render. */
export function comparePaths(site: SiteIndex) {
  const keys = cacheKeys(site);
  // One list per unit, shared by both languages, so what is computed from it is computed once.
  const units = site.departments.map((d) => ({ d, plans: site.plansOf(d.municipality, d.id).map((r) => r.plan) }));
  // A unit's pages in both languages one after the other, so the caches of what they share stay small.
  return units.flatMap(({ d, plans }) =>
    LANGS.map((lang) => ({
      params: { lang, municipality: d.municipality, department: d.id },
      cacheKey: keys.unit(d.municipality, d.id),
      props: { lang, municipality: site.municipality(d.municipality), department: d, plans } satisfies ComparePageProps,
    })),
  );
}

/** One 新旧対照表 page per static pair of years, department and language. */
export function pairPaths(site: SiteIndex) {
  return comparePaths(site).flatMap(({ params, props }) =>
    staticPairs(props.plans.map((p) => p.fiscalYear)).map(([older, newer]) => ({
      params: { ...params, pair: pairSlug(older, newer) },
      props: { ...props, older: props.plans.find((p) => p.fiscalYear === older)!, newer: props.plans.find((p) => p.fiscalYear === newer)! },
    })),
  );
}
