/**
 * The one table of what each kind of department (部, 局, 課, 区 …) and of local government
 * (都道府県, 政令指定都市, 市 …) is called, and how departments are counted: every label of the site
 * that names a department's kind goes through here. The words themselves are in the i18n dictionaries
 * (`departmentKind.*`, `municipalityKind.*`); this module picks the right one and the right plural.
 */
import type { Department, Municipality } from '../../../schemas/index.ts';
import type { LocalizedText } from '../../../schemas/localized-text.ts';
import type { DepartmentKind } from '../../../schemas/department-kind.ts';
import { t, type Lang, type UiKey } from '../../i18n/index.ts';

/** What a label needs of a department: its kind (absent = department, the default) and, for `other`, its own name for the kind. */
export type KindedDepartment = Pick<Department, 'kindLabel'> & { kind?: DepartmentKind };

// Made once per language: every page words several counts, and an Intl object is slow to make.
const pluralRules = { ja: new Intl.PluralRules('ja'), en: new Intl.PluralRules('en') } satisfies Record<Lang, Intl.PluralRules>;

/** `one` or `other`, as CLDR's plural rules decide for the language (Japanese has only `other`). */
export function pluralCategory(lang: Lang, count: number): 'one' | 'other' {
  return pluralRules[lang].select(count) === 'one' ? 'one' : 'other';
}

export function departmentKindOf(department: KindedDepartment): DepartmentKind {
  return department.kind ?? 'department';
}

/** The kind all departments share, or undefined when they are of different kinds (or two `other` departments with different names). */
export function commonKind(departments: readonly KindedDepartment[]): KindedDepartment | undefined {
  if (departments.length === 0) return undefined;
  const key = (u: KindedDepartment) => `${departmentKindOf(u)}:${u.kindLabel?.ja ?? ''}`;
  const first = key(departments[0]!);
  return departments.every((u) => key(u) === first) ? departments[0] : undefined;
}

/** The English words of an `other` department's own kind name, when it has them. */
function ownLabel(department: KindedDepartment | undefined, lang: Lang): string | undefined {
  if (!department || departmentKindOf(department) !== 'other' || !department.kindLabel) return undefined;
  return lang === 'ja' ? department.kindLabel.ja : department.kindLabel.en;
}

/**
 * The noun for a department's kind (部, division); for several departments, the noun they share, or the
 * general one (組織, unit) when they differ. English gives the plural for `count` other than one.
 * @example departmentNoun('ja', [{ kind: 'division' }]) → '課'
 * @example departmentNoun('en', [{ kind: 'headquarters' }], 2) → 'headquarters'
 */
export function departmentNoun(lang: Lang, departments: KindedDepartment | readonly KindedDepartment[], count = 1): string {
  const list = Array.isArray(departments) ? departments : [departments as KindedDepartment];
  const shared = commonKind(list);
  const own = ownLabel(shared, lang);
  if (own && (lang === 'ja' || count === 1)) return own;
  const kind = shared && !(departmentKindOf(shared) === 'other') ? departmentKindOf(shared) : 'mixed';
  const form = pluralCategory(lang, count);
  return t(lang, `departmentKind.${kind}.${form}` as UiKey);
}

/** The same noun with a capital letter, for headings and column heads (Japanese is unchanged). */
export function departmentNounTitle(lang: Lang, departments: KindedDepartment | readonly KindedDepartment[], count = 1): string {
  const noun = departmentNoun(lang, departments, count);
  return lang === 'en' ? noun.charAt(0).toUpperCase() + noun.slice(1) : noun;
}

/**
 * A count of departments with the right counter: 1部, 2課, 3局, 1本部, 2区, mixed kinds 3組織;
 * 1 department, 2 divisions, 1 headquarters, 2 departments.
 */
export function countDepartments(lang: Lang, departments: readonly KindedDepartment[], count = departments.length): string {
  const shared = commonKind(departments);
  const kind = shared ? departmentKindOf(shared) : 'mixed';
  if (lang === 'ja') {
    // Only a few kinds are counted with their own name; the others (会計管理者, 事務局, 室, その他) with 組織.
    const counter = t('ja', `departmentKind.${kind}.counter` as UiKey);
    return `${count}${counter}`;
  }
  return `${count} ${departmentNoun(lang, departments, count)}`;
}

/**
 * Units counted kind by kind, in the order the kinds first appear: 2区・3課, 1局・2課; "2 wards, 3 divisions".
 * Units of one kind give the one count of countDepartments.
 * @example countByKind('ja', [{ kind: 'ward' }, { kind: 'division' }, { kind: 'division' }]) → '1区・2課'
 */
export function countByKind(lang: Lang, departments: readonly KindedDepartment[]): string {
  const groups = new Map<string, KindedDepartment[]>();
  for (const d of departments) {
    const key = `${departmentKindOf(d)}:${d.kindLabel?.ja ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  if (groups.size < 2) return countDepartments(lang, departments);
  return [...groups.values()].map((g) => countDepartments(lang, g)).join(t(lang, 'departmentKind.countSeparator'));
}

/** A count of plans: 3件の計画, "1 plan", "3 plans". */
export function countPlans(lang: Lang, count: number): string {
  return t(lang, `plans.count.${pluralCategory(lang, count)}` as UiKey, { count });
}

/** The municipality's kind: 都道府県, 政令指定都市, 特別区 …; Prefecture, Designated city, Special ward … */
export function municipalityKindName(lang: Lang, kind: Municipality['kind']): string {
  return t(lang, `municipalityKind.${kind}` as UiKey);
}

/** A crumb of the breadcrumbs: a text and, except for the current page, a link. */
export interface Crumb {
  text: LocalizedText;
  href?: string;
}

/**
 * The crumbs from the body down to a department: the enclosing departments (a ward of a designated
 * city, a bureau …; outermost first) before the department. `link` gives each its page's address.
 */
export function departmentTrail(
  municipality: Municipality,
  department: Department | undefined,
  lookup: { department(municipality: string, id: string): Department | undefined },
  link: { municipality(id: string): string; department(municipality: string, id: string): string },
): Crumb[] {
  const crumbs: Crumb[] = [{ text: municipality.name, href: link.municipality(municipality.id) }];
  if (!department) return crumbs;
  const parents: Department[] = [];
  const seen = new Set([department.id]);
  for (let p = department.parent; p && !seen.has(p);) {
    const parent = lookup.department(municipality.id, p);
    if (!parent) break;
    seen.add(p);
    parents.unshift(parent);
    p = parent.parent;
  }
  for (const p of parents) crumbs.push({ text: p.name, href: link.department(municipality.id, p.id) });
  crumbs.push({ text: department.name, href: link.department(municipality.id, department.id) });
  return crumbs;
}
