import type { Department, Municipality, Plan } from '../../../schemas/index.ts';
import type { Lang } from '../../i18n/index.ts';
import { LANGS } from '../../i18n/index.ts';
import type { SiteIndex } from './site.ts';
import { pairSlug } from './urls.ts';

/** Every pair of years of a department, older first: the 新旧対照表 pages (`compare/2017-2025/`). */
export function yearPairs(years: number[]): [number, number][] {
  const sorted = [...years].sort((a, b) => a - b);
  return sorted.flatMap((older, i) => sorted.slice(i + 1).map((newer) => [older, newer] as [number, number]));
}

export interface ComparePageProps {
  lang: Lang;
  municipality: Municipality;
  department: Department;
  plans: Plan[];
}

/** One comparison page per department and language, for the route to render. */
export function comparePaths(site: SiteIndex) {
  return LANGS.flatMap((lang) =>
    site.departments.map((d) => ({
      params: { lang, municipality: d.municipality, department: d.id },
      props: { lang, municipality: site.municipality(d.municipality), department: d, plans: site.plansOf(d.municipality, d.id).map((r) => r.plan) } satisfies ComparePageProps,
    })),
  );
}

/** One 新旧対照表 page per pair of years, department and language. */
export function pairPaths(site: SiteIndex) {
  return comparePaths(site).flatMap(({ params, props }) =>
    yearPairs(props.plans.map((p) => p.fiscalYear)).map(([older, newer]) => ({
      params: { ...params, pair: pairSlug(older, newer) },
      props: { ...props, older: props.plans.find((p) => p.fiscalYear === older)!, newer: props.plans.find((p) => p.fiscalYear === newer)! },
    })),
  );
}
