/**
 * Resolving the URLs a built page refers to against the built files, the way a static host would:
 * `/x/` is `x/index.html`, `/x.css` is `x.css`. Shared by the structure and base-path tests.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { idsOf, tokenize, urlRefs, type Tag, type UrlRef } from './html.ts';
import { listPageFiles, type PageFile } from './pages.ts';

export interface SiteFiles {
  dir: string;
  /** The deployed origin, e.g. https://plans.example.org */
  origin: string;
  /** The base path, '/' or '/plans/'. */
  base: string;
}

export type Resolution =
  { kind: 'external' } | { kind: 'internal'; pathname: string; hash: string; file: string } | { kind: 'broken'; reason: string };

const fileExists = (path: string) => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};
const dirExists = (path: string) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** The page's public URL: origin + base + path, e.g. https://plans.example.org/plans/ja/. */
export function pageUrl(site: SiteFiles, path: string): string {
  return site.origin + site.base + path.replace(/^\//, '');
}

/**
 * Where `url`, found on the page at `pagePath`, leads. Links to other hosts (and mailto:, tel:) are
 * external; links to the site's own origin, root-relative or relative links are internal and must
 * stay under the base path and name an existing file.
 */
export function resolveUrl(site: SiteFiles, pagePath: string, url: string): Resolution {
  if (url === '') return { kind: 'broken', reason: 'empty URL' };
  if (/^javascript:/i.test(url)) return { kind: 'broken', reason: 'javascript: URL' };
  if (/^(mailto|tel|sms|data):/i.test(url)) return { kind: 'external' };
  let target: URL;
  try {
    target = new URL(url, pageUrl(site, pagePath));
  } catch {
    return { kind: 'broken', reason: 'not a valid URL' };
  }
  if (target.origin !== site.origin) return { kind: 'external' };
  if (!target.pathname.startsWith(site.base))
    return { kind: 'broken', reason: `resolves to ${target.pathname}, outside the base path ${site.base}` };
  let relative: string;
  try {
    relative = decodeURIComponent(target.pathname.slice(site.base.length));
  } catch {
    return { kind: 'broken', reason: 'malformed percent-encoding' };
  }
  const file = join(site.dir, relative.endsWith('/') || relative === '' ? `${relative}index.html` : relative);
  if (fileExists(file)) return { kind: 'internal', pathname: target.pathname, hash: target.hash, file };
  if (dirExists(join(site.dir, relative)))
    return { kind: 'broken', reason: `${target.pathname} is a directory; link to ${target.pathname}/ (trailing slash)` };
  return { kind: 'broken', reason: `no file for ${target.pathname}` };
}

export interface ParsedPage extends PageFile {
  html: string;
  tags: Tag[];
  ids: Set<string>;
  refs: UrlRef[];
}

/** Every page of a built site, read and tokenized once. */
export function readSite(dir: string): ParsedPage[] {
  return listPageFiles(dir).map((p) => {
    const html = readFileSync(p.file, 'utf8');
    const tags = tokenize(html);
    return { ...p, html, tags, ids: idsOf(tags), refs: urlRefs(tags) };
  });
}

/** The ids of the HTML file at `file` (cached), for checking #fragments. */
export function idsOfFile(file: string, cache: Map<string, Set<string>>): Set<string> {
  let ids = cache.get(file);
  if (!ids) {
    ids = idsOf(tokenize(readFileSync(file, 'utf8')));
    cache.set(file, ids);
  }
  return ids;
}

/** The fragment as an id: '#%E6%A6%82%E8%A6%81' → '概要'. */
export function fragmentId(hash: string): string {
  const raw = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Every internal link whose #fragment names no element id on its target page, as `page: attr="url"`. */
export function brokenFragments(site: SiteFiles, pages: ParsedPage[], label = (p: ParsedPage) => p.path): string[] {
  const cache = new Map(pages.map((p) => [p.file, p.ids]));
  const broken: string[] = [];
  for (const p of pages) {
    for (const ref of p.refs) {
      const r = resolveUrl(site, p.path, ref.url);
      if (r.kind !== 'internal' || r.hash === '' || r.hash === '#' || !r.file.endsWith('.html')) continue;
      const id = fragmentId(r.hash);
      if (!idsOfFile(r.file, cache).has(id)) broken.push(`${label(p)}: ${ref.where}="${ref.url}" — no id="${id}" on ${r.pathname}`);
    }
  }
  return broken;
}
