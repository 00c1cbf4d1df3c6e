/**
 * module-preload.ts: after the build, a page with a module script names, in its head, every file the
 * script imports statically at any depth, once each and in import order; dynamic imports, other pages'
 * scripts, scripts of another base path and pages without scripts are left alone. The files here are
 * written by the test, in the shapes Vite writes chunks.
 */
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { preloadModules } from '../../src/integration/module-preload.ts';
import { ROUTES } from '../../src/integration/routes.ts';
import { projectRoot } from '../helpers/pages.ts';

let site = '';
/** The HTML pages `write` wrote, as the build passes the pages of the routes with scripts. */
let pages: string[] = [];
afterEach(async () => site && rm(site, { recursive: true, force: true }));

async function write(files: Record<string, string>) {
  site = await mkdtemp(join(tmpdir(), 'module-preload-'));
  pages = Object.keys(files).filter((path) => path.endsWith('.html'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(site, path, '..'), { recursive: true });
    await writeFile(join(site, path), text);
  }
}
const page = (script: string) => `<!DOCTYPE html><html><head><title>t</title></head><body><p>x</p>${script}</body></html>`;
const links = async (path: string) =>
  [...(await readFile(join(site, path), 'utf8')).matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);

describe('the routes with scripts', () => {
  it('are the route files that load a module script (Astro bundles every <script> but is:inline ones)', () => {
    const withScript = ROUTES.filter((r) =>
      /<script(?![^>]*is:inline)[^>]*>/.test(readFileSync(join(projectRoot, 'src/routes', r.file), 'utf8')),
    );
    expect(ROUTES.filter((r) => r.scripts).map((r) => r.file)).toEqual(withScript.map((r) => r.file));
  });
});

describe('preloadModules', () => {
  it('names every static import at any depth, once, in import order; leaves dynamic imports alone', async () => {
    await write({
      'ja/a/index.html': page('<script type="module" src="/_astro/page.A1.js"></script>'),
      'ja/b/index.html': page('<p>no script</p>'),
      '_astro/page.A1.js': 'import{t as e}from"./shared.B2.js";import"./side.C3.js";const m=()=>import(`./lazy.D4.js`);export{m};',
      '_astro/shared.B2.js': 'import{x}from"./deep.E5.js";export{x as t};',
      '_astro/side.C3.js': 'import{x}from"./deep.E5.js";console.log(x);',
      '_astro/deep.E5.js': 'export const x=1;',
      '_astro/lazy.D4.js': 'import"./never.F6.js";',
    });
    expect(await preloadModules(site, '/', pages)).toBe(1);
    expect(await links('ja/a/index.html')).toEqual(['/_astro/shared.B2.js', '/_astro/deep.E5.js', '/_astro/side.C3.js']);
    expect(await links('ja/b/index.html')).toEqual([]);
    // The links go in the head.
    expect(await readFile(join(site, 'ja/a/index.html'), 'utf8')).toMatch(
      /<link rel="modulepreload" href="\/_astro\/side\.C3\.js"><\/head>/,
    );
  });

  it('works under a base path, and a second run adds nothing', async () => {
    await write({
      'ja/index.html': page('<script type="module" src="/plans/_astro/page.A1.js"></script>'),
      '_astro/page.A1.js': 'import{a}from"./shared.B2.js";',
      '_astro/shared.B2.js': 'export const a=1;',
    });
    expect(await preloadModules(site, '/plans/', pages)).toBe(1);
    expect(await links('ja/index.html')).toEqual(['/plans/_astro/shared.B2.js']);
    expect(await preloadModules(site, '/plans/', pages)).toBe(0);
    expect(await links('ja/index.html')).toEqual(['/plans/_astro/shared.B2.js']);
  });

  it('leaves a page alone whose script imports nothing', async () => {
    await write({ 'index.html': page('<script type="module" src="/_astro/page.A1.js"></script>'), '_astro/page.A1.js': 'console.log(1);' });
    const before = await readFile(join(site, 'index.html'), 'utf8');
    expect(await preloadModules(site, '/', pages)).toBe(0);
    expect(await readFile(join(site, 'index.html'), 'utf8')).toBe(before);
  });
});
