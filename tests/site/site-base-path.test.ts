/**
 * The site deploys under a sub-path: built once more with BASE_PATH=/plans/ (and its own SITE_URL),
 * every internal link and asset URL of every page (href, src, srcset, stylesheets, alternates,
 * canonical, og:url…) stays under /plans/ — root-relative, relative, or absolute on the configured
 * site — and resolves to a built file; sitemap entries do the same.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import astroConfig from '../../astro.config.mjs';
import { brokenFragments, readSite, resolveUrl, type ParsedPage, type SiteFiles } from '../helpers/links.ts';
import { projectRoot } from '../helpers/pages.ts';
import { withBuildLockSync } from '../helpers/build-lock.ts';

const BASE = '/plans/';
const SITE_URL = 'https://base-path-test.example.org';
/** The site of the main build; a sub-path build must not point at it. */
const mainOrigin = new URL(astroConfig.site ?? 'https://plans.example.org').origin;

let tmp: string;
let site: SiteFiles;
let pages: ParsedPage[] = [];
let buildLog = '';

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'plans-base-'));
  const outDir = join(tmp, 'dist');
  const env: NodeJS.ProcessEnv = { ...process.env, BASE_PATH: BASE, SITE_URL, ASTRO_TELEMETRY_DISABLED: '1' };
  // Vitest puts Vite's import.meta.env into process.env (BASE_URL=/, MODE=test, NODE_ENV=test…);
  // passed on, BASE_URL would override the configured base of the child build.
  for (const key of [
    'PLANS_CONTENT_DIR',
    'BASE_URL',
    'MODE',
    'DEV',
    'PROD',
    'SSR',
    'NODE_ENV',
    'TEST',
    'VITEST',
    'VITEST_MODE',
    'VITEST_POOL_ID',
    'VITEST_WORKER_ID',
  ])
    delete env[key];
  const result = withBuildLockSync(() =>
    spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent', '--outDir', outDir], {
      cwd: projectRoot,
      env,
      encoding: 'utf8',
    }),
  );
  buildLog = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`astro build with BASE_PATH=${BASE} failed (status ${result.status}):\n${buildLog}`);
  site = { dir: outDir, origin: new URL(SITE_URL).origin, base: BASE };
  pages = readSite(outDir);
}, 180_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe(`built with BASE_PATH=${BASE}`, () => {
  it('builds pages in both languages', () => {
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.some((p) => p.path.startsWith('/ja/'))).toBe(true);
    expect(pages.some((p) => p.path.startsWith('/en/'))).toBe(true);
  });

  it('every page links a stylesheet or carries its styles inline, under the base path', () => {
    const unstyled = pages.filter(
      (p) => !p.tags.some((t) => !t.end && (t.name === 'style' || (t.name === 'link' && /\bstylesheet\b/.test(t.attrs.rel ?? '')))),
    );
    expect(unstyled.map((p) => p.path)).toEqual([]);
  });

  it('every internal link and asset URL stays under the base path and resolves to a built file', () => {
    const broken: string[] = [];
    let internal = 0;
    for (const p of pages) {
      for (const ref of p.refs) {
        const r = resolveUrl(site, p.path, ref.url);
        if (r.kind === 'broken') broken.push(`${BASE}${p.path.slice(1)}: ${ref.where}="${ref.url}" — ${r.reason}`);
        if (r.kind === 'internal') internal++;
      }
    }
    expect(broken).toEqual([]);
    expect(internal).toBeGreaterThan(pages.length);
  });

  it('root-relative URLs start with the base path', () => {
    const wrong = pages.flatMap((p) =>
      p.refs
        .filter((ref) => ref.url.startsWith('/') && !ref.url.startsWith('//') && !ref.url.startsWith(BASE))
        .map((ref) => `${BASE}${p.path.slice(1)}: ${ref.where}="${ref.url}"`),
    );
    expect(wrong).toEqual([]);
  });

  it.runIf(mainOrigin !== new URL(SITE_URL).origin)('no URL points at the main build’s site instead of the configured one', () => {
    const wrong = pages.flatMap((p) =>
      p.refs.filter((ref) => ref.url.startsWith(mainOrigin)).map((ref) => `${BASE}${p.path.slice(1)}: ${ref.where}="${ref.url}"`),
    );
    expect(wrong).toEqual([]);
  });

  it('every #fragment of an internal link names an element id on the target page', () => {
    expect(brokenFragments(site, pages, (p) => `${BASE}${p.path.slice(1)}`)).toEqual([]);
  });

  it('sitemap entries, if any, are absolute URLs on the configured site under the base path and resolve', () => {
    const sitemaps = readdirSync(site.dir).filter((f) => /^sitemap.*\.xml$/.test(f));
    const wrong: string[] = [];
    for (const file of sitemaps) {
      for (const [, loc] of readFileSync(join(site.dir, file), 'utf8').matchAll(/<loc>\s*([^<]+?)\s*<\/loc>/g)) {
        const url = loc!.replace(/&amp;/g, '&');
        if (!url.startsWith(`${SITE_URL}${BASE}`)) wrong.push(`${file}: ${url} is not under ${SITE_URL}${BASE}`);
        else if (resolveUrl(site, '/', url).kind !== 'internal') wrong.push(`${file}: ${url} does not resolve to a built file`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('writes nothing outside its output directory', () => {
    expect(existsSync(join(site.dir, 'index.html'))).toBe(true);
    expect(existsSync(join(site.dir, 'plans'))).toBe(false);
  });
});
