/**
 * The built site as a list of pages, so every test covers whatever pages exist (new pages are tested
 * automatically) instead of a hard-coded list.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
/**
 * The demo site's output folder; DIST_DIR overrides it (e.g. to test a snapshot while dist/ is being
 * rebuilt). A test reads it after `await site('demo')` (sites.ts), which builds it when needed.
 */
export const distDir = process.env.DIST_DIR ? resolve(process.env.DIST_DIR) : join(projectRoot, 'dist');
/** Where sites.ts builds every fixture content tree: test-results/sites/<fixture>/. */
export const fixtureSitesDir = join(projectRoot, 'test-results/sites');

/** Every fixture with a content tree (tests/fixtures/<name>/content), sorted: the sites `allSites()` (sites.ts) builds. */
export function fixtureSiteNames(): string[] {
  const fixtures = join(projectRoot, 'tests/fixtures');
  return readdirSync(fixtures)
    .filter((name) => existsSync(join(fixtures, name, 'content')))
    .sort();
}

export interface TestSite {
  /** 'demo' for dist/, else the fixture's name. */
  name: string;
  dir: string;
}

export const LANGS = ['ja', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export interface PageFile {
  /** The URL path the page is served at, relative to the site base: '/', '/ja/', '/404.html'. */
  path: string;
  /** The absolute file path. */
  file: string;
}

/** Every HTML file under `dir` with the URL path it is served at, sorted by path. */
export function listPageFiles(dir: string = distDir): PageFile[] {
  const out: PageFile[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) out.push({ path: filePathToUrlPath(relative(dir, full)), file: full });
    }
  };
  walk(dir);
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Every HTML page's URL path: 'x/index.html' → '/x/', 'index.html' → '/', '404.html' → '/404.html'. */
export function listPages(dir: string = distDir): string[] {
  return listPageFiles(dir).map((p) => p.path);
}

export function filePathToUrlPath(relativeFile: string): string {
  const path = `/${relativeFile.split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** The language a path belongs to by its prefix, or undefined for pages outside /ja/ and /en/. */
export function langOfPath(path: string): Lang | undefined {
  return LANGS.find((lang) => path.startsWith(`/${lang}/`));
}

export function otherLang(lang: Lang): Lang {
  return lang === 'ja' ? 'en' : 'ja';
}

/** The same page in the other language: '/ja/mitaka/' → '/en/mitaka/'. Undefined outside /ja/ and /en/. */
export function twinPath(path: string): string | undefined {
  const lang = langOfPath(path);
  return lang && `/${otherLang(lang)}/${path.slice(lang.length + 2)}`;
}

/** A plan page: /<lang>/<municipality>/<department>/<year>/ */
export const PLAN_PAGE = /^\/(ja|en)\/[^/]+\/[^/]+\/\d{4}\/$/;

/** The largest page (by HTML size) among those matching `filter`: the richest page to test. */
export function largestPage(filter: (path: string) => boolean, dir: string = distDir): string | undefined {
  return listPageFiles(dir)
    .filter((p) => filter(p.path))
    .map((p) => ({ path: p.path, size: statSync(p.file).size }))
    .sort((a, b) => b.size - a.size || (a.path < b.path ? -1 : 1))[0]?.path;
}

/** The largest Japanese plan page. */
export const largestJapanesePlanPage = (dir: string = distDir) => largestPage((p) => PLAN_PAGE.test(p) && p.startsWith('/ja/'), dir);
