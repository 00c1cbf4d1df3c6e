/**
 * The one table of what each kind of organisation unit (部, 局, 課, 区 …) and of local government
 * (都道府県, 政令指定都市, 行政区 …) is called, and how units are counted: every label of the site
 * that names a unit's kind goes through here. The words themselves are in the i18n dictionaries
 * (`unitKind.*`, `municipalityKind.*`); this module picks the right one and the right plural.
 */
import type { Department, Municipality } from '../../../schemas/index.ts';
import type { LocalizedText } from '../../../schemas/localized-text.ts';
import type { UnitKind } from '../../../schemas/unit-kind.ts';
import { t, type Lang, type UiKey } from '../../i18n/index.ts';

/** What a label needs of a unit: its kind (absent = department, the default) and, for `other`, its own name for the kind. */
export type KindedUnit = Pick<Department, 'kindLabel'> & { kind?: UnitKind };

// Made once per language: every page words several counts, and an Intl object is slow to make.
const pluralRules = { ja: new Intl.PluralRules('ja'), en: new Intl.PluralRules('en') } satisfies Record<Lang, Intl.PluralRules>;

/** `one` or `other`, as CLDR's plural rules decide for the language (Japanese has only `other`). */
export function pluralCategory(lang: Lang, count: number): 'one' | 'other' {
  return pluralRules[lang].select(count) === 'one' ? 'one' : 'other';
}

export function unitKindOf(unit: KindedUnit): UnitKind {
  return unit.kind ?? 'department';
}

/** The kind all units share, or undefined when they are of different kinds (or two `other` units with different names). */
export function commonKind(units: readonly KindedUnit[]): KindedUnit | undefined {
  if (units.length === 0) return undefined;
  const key = (u: KindedUnit) => `${unitKindOf(u)}:${u.kindLabel?.ja ?? ''}`;
  const first = key(units[0]!);
  return units.every((u) => key(u) === first) ? units[0] : undefined;
}

/** The English words of an `other` unit's own kind name, when it has them. */
function ownLabel(unit: KindedUnit | undefined, lang: Lang): string | undefined {
  if (!unit || unitKindOf(unit) !== 'other' || !unit.kindLabel) return undefined;
  return lang === 'ja' ? unit.kindLabel.ja : unit.kindLabel.en;
}

/**
 * The noun for a unit's kind (部, division); for several units, the noun they share, or the
 * general one (組織, unit) when they differ. English gives the plural for `count` other than one.
 * @example unitNoun('ja', [{ kind: 'division' }]) → '課'
 * @example unitNoun('en', [{ kind: 'headquarters' }], 2) → 'headquarters'
 */
export function unitNoun(lang: Lang, units: KindedUnit | readonly KindedUnit[], count = 1): string {
  const list = Array.isArray(units) ? units : [units as KindedUnit];
  const shared = commonKind(list);
  const own = ownLabel(shared, lang);
  if (own && (lang === 'ja' || count === 1)) return own;
  const kind = shared && !(unitKindOf(shared) === 'other') ? unitKindOf(shared) : 'mixed';
  const form = pluralCategory(lang, count);
  return t(lang, `unitKind.${kind}.${form}` as UiKey);
}

/** The same noun with a capital letter, for headings and column heads (Japanese is unchanged). */
export function unitNounTitle(lang: Lang, units: KindedUnit | readonly KindedUnit[], count = 1): string {
  const noun = unitNoun(lang, units, count);
  return lang === 'en' ? noun.charAt(0).toUpperCase() + noun.slice(1) : noun;
}

/**
 * A count of units with the right counter: 1部, 2課, 3局, 1本部, 2区, mixed kinds 3組織;
 * 1 department, 2 divisions, 1 headquarters, 2 units.
 */
export function countUnits(lang: Lang, units: readonly KindedUnit[], count = units.length): string {
  const shared = commonKind(units);
  const kind = shared ? unitKindOf(shared) : 'mixed';
  if (lang === 'ja') {
    // Only a few kinds are counted with their own name; the others (会計管理者, 事務局, 室, その他) with 組織.
    const counter = t('ja', `unitKind.${kind}.counter` as UiKey);
    return `${count}${counter}`;
  }
  return `${count} ${unitNoun(lang, units, count)}`;
}

/** A count of plans: 3件の計画, "1 plan", "3 plans". */
export function countPlans(lang: Lang, count: number): string {
  return t(lang, `plans.count.${pluralCategory(lang, count)}` as UiKey, { count });
}

/** The municipality's kind: 都道府県, 政令指定都市, 行政区 …; Prefecture, Designated city, Ward … */
export function municipalityKindName(lang: Lang, kind: Municipality['kind']): string {
  return t(lang, `municipalityKind.${kind}` as UiKey);
}

/** A crumb of the breadcrumbs: a text and, except for the current page, a link. */
export interface Crumb {
  text: LocalizedText;
  href?: string;
}

/**
 * The crumbs from the body down to a unit: a ward's designated city before the ward, then the
 * enclosing units (outermost first) before the unit. `link` gives each its page's address.
 */
export function unitTrail(
  municipality: Municipality,
  unit: Department | undefined,
  lookup: { municipality(id: string): Municipality | undefined; department(municipality: string, id: string): Department | undefined },
  link: { municipality(id: string): string; department(municipality: string, id: string): string },
): Crumb[] {
  const crumbs: Crumb[] = [];
  const city = municipality.kind === 'ward' && municipality.parent ? lookup.municipality(municipality.parent) : undefined;
  if (city) crumbs.push({ text: city.name, href: link.municipality(city.id) });
  crumbs.push({ text: municipality.name, href: link.municipality(municipality.id) });
  if (!unit) return crumbs;
  const parents: Department[] = [];
  const seen = new Set([unit.id]);
  for (let p = unit.parent; p && !seen.has(p); ) {
    const parent = lookup.department(municipality.id, p);
    if (!parent) break;
    seen.add(p);
    parents.unshift(parent);
    p = parent.parent;
  }
  for (const p of parents) crumbs.push({ text: p.name, href: link.department(municipality.id, p.id) });
  crumbs.push({ text: unit.name, href: link.department(municipality.id, unit.id) });
  return crumbs;
}
