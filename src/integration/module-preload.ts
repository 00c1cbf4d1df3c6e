/**
 * A page's scripts load in one round trip instead of one per level of imports. Astro writes a page's
 * script as `<script type="module" src="/_astro/page.js">`; the browser finds that the file imports
 * `./shared.js` only once it has it, and asks for that next, so on a slow network (Slow 3G: 2 s a
 * request) each level of imports costs another 2 s. After the build, every page with a module script
 * (the pages of the routes marked `scripts` in routes.ts) gets `<link rel="modulepreload">` in its head
 * for each file the script imports statically, at any depth, so the browser asks for them all as soon as
 * it reads the page (what Vite does for its own HTML entries). Dynamic imports (`import()`, loaded on demand, such as the search code on focus) are left
 * alone. The links are in import order, so the same build writes the same bytes.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join, posix, relative } from 'node:path';

/** `<script type="module" src="…">` as Astro writes it. */
const MODULE_SCRIPT = /<script type="module" src="([^"]+)"[^>]*><\/script>/g;
/** A static import in a built chunk: `import{a as b}from"./x.js"`, `import"./x.js"`, `export{a}from"./x.js"`. */
const STATIC_IMPORT = /(?:\bimport|\bexport)\s*(?:[\w${},*\s]+?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

/** The files `chunk` (a URL path) imports statically, at any depth, in the order first met. */
async function staticImports(site: string, base: string, chunk: string, seen = new Set<string>()): Promise<string[]> {
  const file = join(site, relative(base, chunk));
  const code = await readFile(file, 'utf8').catch(() => '');
  const found: string[] = [];
  for (const [, specifier] of code.matchAll(STATIC_IMPORT)) {
    const url = posix.join(posix.dirname(chunk), specifier!);
    if (seen.has(url)) continue;
    seen.add(url);
    found.push(url, ...(await staticImports(site, base, url, seen)));
  }
  return found;
}

/**
 * Adds the modulepreload links to `pages` (paths of HTML files in `site`, the built folder) that have a
 * module script. `base` is the site's base path (`/`, `/plans/`). Returns how many pages it changed.
 */
export async function preloadModules(site: string, base: string, pages: readonly string[]): Promise<number> {
  const graphs = new Map<string, Promise<string[]>>();
  let changed = 0;
  for (const page of pages) {
    const path = join(site, page);
    const html = await readFile(path, 'utf8');
    const scripts = [...html.matchAll(MODULE_SCRIPT)].map((m) => m[1]!).filter((src) => src.startsWith(base));
    if (!scripts.length || !html.includes('</head>')) continue;
    const imports: string[] = [];
    for (const src of scripts) {
      if (!graphs.has(src)) graphs.set(src, staticImports(site, base, src, new Set([src])));
      for (const url of await graphs.get(src)!) if (!imports.includes(url) && !scripts.includes(url)) imports.push(url);
    }
    const links = imports.filter((url) => !html.includes(`href="${url}"`)).map((url) => `<link rel="modulepreload" href="${url}">`);
    if (!links.length) continue;
    await writeFile(path, html.replace('</head>', `${links.join('')}</head>`));
    changed++;
  }
  return changed;
}
