import { getCollection } from 'astro:content';
import { COLLECTION, PROBLEMS_ID } from '../content/collection-ids.ts';
import { problemsError, type SiteProblems } from '../content/problems.ts';
import type { Department, Municipality } from '../../../schemas/index.ts';
import type { LocalizedText } from '../../../schemas/localized-text.ts';
import type { PlanRecord } from '../validate/validate-content.ts';
import type { FileCommit } from '../git/file-history.ts';
import type { Revision } from '../translations/report.ts';
import type { StaleField } from '../translations/history.ts';
import { t, type UiKey } from '../../i18n/index.ts';
import { byCode } from './municipality-order.ts';

/** A plan as pages see it: the validated file plus the date of its last commit, if known. */
export interface SitePlan extends PlanRecord {
  lastChanged?: string;
  /** Every commit that changed the file, newest first (empty outside a git checkout). */
  history?: FileCommit[];
  /** Texts whose Japanese changed after their English (empty outside a git checkout). */
  staleTranslations?: StaleField<Revision>[];
}

export interface SiteIndex {
  municipalities: Municipality[];
  departments: Department[];
  plans: SitePlan[];
  municipality(id: string): Municipality;
  department(municipality: string, id: string): Department;
  /** Every plan of one department, oldest first. */
  plansOf(municipality: string, department: string): SitePlan[];
}

let cached: Promise<SiteIndex> | undefined;

/**
 * All content, loaded once per build and indexed, so no page queries a collection itself. In
 * `astro dev` it is read again for every page, so an edit shows at once; an invalid edit makes every
 * page fail with the validator's report, which Astro shows in its error overlay.
 */
export function getSite(): Promise<SiteIndex> {
  if (import.meta.env.DEV) return indexSite();
  cached ??= indexSite();
  return cached;
}

async function indexSite(): Promise<SiteIndex> {
  const all = await getCollection(COLLECTION);
  const problems = all.find((e) => e.id === PROBLEMS_ID);
  if (problems) throw problemsError(problems.data as unknown as SiteProblems, { dev: import.meta.env.DEV });
  const of = <T>(kind: string) => all.filter((e) => e.id.startsWith(`${kind}:`)).map((e) => e.data as unknown as T);
  const municipalities = of<Municipality>('municipality').sort(byCode);
  const departments = of<Department>('department');
  const plans = of<SitePlan>('plan');
  const byDepartment = new Map<string, SitePlan[]>();
  for (const r of plans) {
    const key = `${r.plan.municipality}/${r.plan.department}`;
    byDepartment.set(key, [...(byDepartment.get(key) ?? []), r]);
  }
  for (const list of byDepartment.values()) list.sort((a, b) => a.plan.fiscalYear - b.plan.fiscalYear);
  const municipalityById = new Map(municipalities.map((x) => [x.id, x]));
  const departmentByKey = new Map(departments.map((x) => [`${x.municipality}/${x.id}`, x]));
  return {
    municipalities,
    departments,
    plans,
    municipality: (id) => municipalityById.get(id)!,
    department: (mun, id) => departmentByKey.get(`${mun}/${id}`)!,
    plansOf: (mun, dep) => byDepartment.get(`${mun}/${dep}`) ?? [],
  };
}

/** A UI string as a bilingual text, so headings from the dictionary and from files render alike. */
export function uiText(key: UiKey): LocalizedText {
  return { ja: t('ja', key), en: t('en', key) };
}

/** The department's name in a given year: the plan's own, the name history's, or the current one. */
export function departmentNameIn(department: Department, year: number, printed?: LocalizedText): LocalizedText {
  if (printed) return printed;
  const period = department.names?.find((n) => (n.from ?? -Infinity) <= year && year <= (n.until ?? Infinity));
  return period?.name ?? department.name;
}
