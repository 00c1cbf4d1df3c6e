/**
 * Every URL the site builds, in one module: pages, feeds, open-data files and assets. Pages, layouts
 * and components call these instead of joining strings, so a route's shape and the base path are
 * decided here only. The patterns themselves are registered in src/integration/routes.ts.
 *
 * Two kinds of value: a page path is the part after the language prefix (`mitaka/soumu/2017/`), the
 * same for a page and its other-language twin; an href is what goes into `href`/`src`, with the site's
 * base path (`/plans/ja/mitaka/soumu/2017/` under BASE_PATH=/plans/).
 *
 * The open-data files (data/…) are named beside their contents in src/lib/export/data-paths.ts
 * (SITE_DATA_FILES, planDataPaths, schemaPath) and pages pass those paths through href(). This module
 * does not import them: the search client imports it, and would otherwise ship the CSV column lists.
 */
import type { Lang } from '../../i18n/index.ts';

/** A page's path after the language prefix, ending in `/` (or empty for the home page). */
export type PagePath = string;

// --- Other sites ---

/**
 * A URL from a file (a source, a website, a licence) as an href: the same address as the URL standard
 * writes it, with what may not stand in an attribute's URL (a quote, a space, < >) percent-encoded, so
 * the page is valid HTML. The page shows the URL as the file writes it. Schemas have checked it parses.
 * @example externalHref('https://example.org/a b"') → 'https://example.org/a%20b%22'
 */
export function externalHref(url: string): string {
  return new URL(url).href;
}

// --- Base path ---

/** `path` under `base`, whether or not either has a slash at the join. @example withBase('/plans', 'ja/') → '/plans/ja/' */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/?$/, '/')}${path.replace(/^\//, '')}`;
}

/** A site-relative URL under the configured base path. @example href('ja/mitaka/') → '/ja/mitaka/' (base '/') */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

/** An href made absolute on the site's origin, for canonical links and feeds. @example absoluteUrl('/ja/', new URL('https://plans.example.org')) → 'https://plans.example.org/ja/' */
export function absoluteUrl(href: string, site: URL | string): string {
  return new URL(href, site).href;
}

// --- Page paths (after the language prefix) ---

/** The URL segment of a 新旧対照表 page, older year first. @example pairSlug(2017, 2025) → '2017-2025' */
export function pairSlug(older: number, newer: number): string {
  return `${older}-${newer}`;
}

/** The home page's path: the language prefix alone. @example homePath() → '' */
export const homePath = (): PagePath => '';

/** A municipality's page. @example municipalityPath('mitaka') → 'mitaka/' */
export const municipalityPath = (municipality: string): PagePath => `${municipality}/`;

/** A department's page, listing its years. @example departmentPath('mitaka', 'soumu') → 'mitaka/soumu/' */
export const departmentPath = (municipality: string, department: string): PagePath => `${municipalityPath(municipality)}${department}/`;

/** One year's plan of a department. @example planPath('mitaka', 'soumu', 2017) → 'mitaka/soumu/2017/' */
export const planPath = (municipality: string, department: string, year: number): PagePath =>
  `${departmentPath(municipality, department)}${year}/`;

/** A department's comparison across its years. @example comparePath('mitaka', 'soumu') → 'mitaka/soumu/compare/' */
export const comparePath = (municipality: string, department: string): PagePath => `${departmentPath(municipality, department)}compare/`;

/** The 新旧対照表 of two years of a department. @example comparePairPath('mitaka', 'soumu', 2017, 2025) → 'mitaka/soumu/compare/2017-2025/' */
export const comparePairPath = (municipality: string, department: string, older: number, newer: number): PagePath =>
  `${comparePath(municipality, department)}${pairSlug(older, newer)}/`;

/** The page that assembles the 新旧対照表 of any two years in the browser. @example compareAnyPath('mitaka', 'soumu') → 'mitaka/soumu/compare/any/' */
export const compareAnyPath = (municipality: string, department: string): PagePath => `${comparePath(municipality, department)}any/`;

/** The search page. @example searchPath() → 'search/' */
export const searchPath = (): PagePath => 'search/';

/** The open-data page, listing every data file. @example dataPagePath() → 'data/' */
export const dataPagePath = (): PagePath => 'data/';

/** The translation-coverage page. @example translationsPath() → 'translations/' */
export const translationsPath = (): PagePath => 'translations/';

/** The accessibility policy (ウェブアクセシビリティ方針). @example accessibilityPath() → 'accessibility/' */
export const accessibilityPath = (): PagePath => 'accessibility/';

/** The accessibility test results (試験結果). @example accessibilityResultsPath() → 'accessibility/results/' */
export const accessibilityResultsPath = (): PagePath => `${accessibilityPath()}results/`;

/** The site policy (terms, privacy, disclaimer). @example sitePolicyPath() → 'policy/' */
export const sitePolicyPath = (): PagePath => 'policy/';

// --- Page hrefs ---

/** The page at `path` in `lang`; with the other language, a page's twin. @example localizedHref('en', 'mitaka/') → '/en/mitaka/' */
export function localizedHref(lang: Lang, path: PagePath): string {
  return href(`${lang}/${path}`);
}

/** The home page of a language. @example homeHref('ja') → '/ja/' */
export const homeHref = (lang: Lang) => localizedHref(lang, homePath());

/** A municipality's page. @example municipalityHref('ja', 'mitaka') → '/ja/mitaka/' */
export const municipalityHref = (lang: Lang, municipality: string) => localizedHref(lang, municipalityPath(municipality));

/** A department's page. @example departmentHref('ja', 'mitaka', 'soumu') → '/ja/mitaka/soumu/' */
export const departmentHref = (lang: Lang, municipality: string, department: string) =>
  localizedHref(lang, departmentPath(municipality, department));

/** One year's plan. @example planHref('en', 'mitaka', 'soumu', 2017) → '/en/mitaka/soumu/2017/' */
export const planHref = (lang: Lang, municipality: string, department: string, year: number) =>
  localizedHref(lang, planPath(municipality, department, year));

/** A department's comparison across years. @example compareHref('ja', 'mitaka', 'soumu') → '/ja/mitaka/soumu/compare/' */
export const compareHref = (lang: Lang, municipality: string, department: string) =>
  localizedHref(lang, comparePath(municipality, department));

/** The 新旧対照表 of two years. @example comparePairHref('ja', 'mitaka', 'soumu', 2017, 2025) → '/ja/mitaka/soumu/compare/2017-2025/' */
export const comparePairHref = (lang: Lang, municipality: string, department: string, older: number, newer: number) =>
  localizedHref(lang, comparePairPath(municipality, department, older, newer));

/** Any two years' 新旧対照表, assembled in the browser. @example compareAnyHref('ja', 'mitaka', 'soumu', 2017, 2025) → '/ja/mitaka/soumu/compare/any/?old=2017&new=2025' */
export const compareAnyHref = (lang: Lang, municipality: string, department: string, older?: number, newer?: number) =>
  `${localizedHref(lang, compareAnyPath(municipality, department))}${older === undefined || newer === undefined ? '' : `?old=${older}&new=${newer}`}`;

/** The search page, also the action of every search form. @example searchHref('en') → '/en/search/' */
export const searchHref = (lang: Lang) => localizedHref(lang, searchPath());

/** The open-data page. @example dataPageHref('ja') → '/ja/data/' */
export const dataPageHref = (lang: Lang) => localizedHref(lang, dataPagePath());

/** The translation-coverage page. @example translationsHref('en') → '/en/translations/' */
export const translationsHref = (lang: Lang) => localizedHref(lang, translationsPath());

/** The accessibility policy. @example accessibilityHref('ja') → '/ja/accessibility/' */
export const accessibilityHref = (lang: Lang) => localizedHref(lang, accessibilityPath());

/** The accessibility test results. @example accessibilityResultsHref('en') → '/en/accessibility/results/' */
export const accessibilityResultsHref = (lang: Lang) => localizedHref(lang, accessibilityResultsPath());

/** The site policy. @example sitePolicyHref('ja') → '/ja/policy/' */
export const sitePolicyHref = (lang: Lang) => localizedHref(lang, sitePolicyPath());

// --- Files ---

/** A language's Atom feed, relative to the site base (as the data page lists it). @example feedPath('ja') → 'ja/feed.xml' */
export const feedPath = (lang: Lang) => `${lang}/feed.xml`;

/** A language's Atom feed. @example feedHref('ja') → '/ja/feed.xml' */
export const feedHref = (lang: Lang) => href(feedPath(lang));

/** The site's icon (public/favicon.svg). @example faviconHref() → '/favicon.svg' */
export const faviconHref = () => href('favicon.svg');

/** The sitemap index written by @astrojs/sitemap. @example sitemapHref() → '/sitemap-index.xml' */
export const sitemapHref = () => href('sitemap-index.xml');

/** How the data page names a file: its path under data/ (feeds keep their language). @example dataFileLabel('data/plans.json') → 'plans.json' */
export const dataFileLabel = (path: string) => path.replace(/^data\//, '');

/** The base Pagefind is told to prefix its result URLs with: the site's base path. @example pagefindBase() → '/' */
export const pagefindBase = () => href('');

/** Pagefind's browser module under a site base ending in `/` (pagefindBase() on the search page). @example pagefindModule('/plans/') → '/plans/pagefind/pagefind.js' */
export const pagefindModule = (base: string) => `${base}pagefind/pagefind.js`;
