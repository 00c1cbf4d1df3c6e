/**
 * Built sites for the tests that read them, each built once, when the first test asks for it:
 *
 *   const dir = await site('published');   // tests/fixtures/published/content → test-results/sites/published/
 *   const dist = await site('demo');       // content/ → dist/, as `npm run build` builds it
 *   const sites = await allSites();        // the demo and every fixture site, for tests that hold for any site
 *
 * Test files run in separate workers (and the tiers in separate Vitest runs), so a build is guarded by
 * a lock across processes (build-lock.ts: one build of the project at a time) and recorded in a stamp (test-results/sites/.stamps/) with a hash of its inputs: the tracked and new files
 * of src/, schemas/, public/, astro.config.mjs, package.json, package-lock.json and tsconfig.json, the
 * content tree and its last commit (the pages show its git history), a11y/results.json, the Node version
 * and the build's environment. A site whose stamp matches is not built again:
 * - under CI=true, only within one run (PLANS_TEST_RUN, set by scripts/test.ts or vitest.config.ts),
 *   so CI always builds fresh, once for all tiers;
 * - elsewhere, across runs too: rerunning a test with unchanged inputs builds nothing.
 *   PLANS_TEST_FRESH=1 ignores the stamps of earlier runs here as well.
 * DIST_DIR (a snapshot of the demo site, see pages.ts) is used as it is, never built.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readIfThere, withBuildLock } from './build-lock.ts';
import { buildContentTree } from './build-site.ts';
import { distDir, fixtureSiteNames, fixtureSitesDir, projectRoot, type TestSite } from './pages.ts';

export interface SiteOptions {
  /** Variables for the build (e.g. PLANS_A11Y_RESULTS): another input, so another site, in test-results/sites/<name>-<hash>/. */
  env?: Record<string, string>;
}

/** The content tree of a site: content/ for 'demo', else tests/fixtures/<name>/content. */
export function siteContentDir(name: string): string {
  return name === 'demo' ? join(projectRoot, 'content') : join(projectRoot, 'tests/fixtures', name, 'content');
}

/** Where `site(name, options)` builds: dist/ for the demo, test-results/sites/<name>[-<env hash>]/ else. */
export function siteDir(name: string, options: SiteOptions = {}): string {
  const env = variant(name, options);
  if (name === 'demo' && !env.length) return distDir;
  return join(fixtureSitesDir, env.length ? `${name}-${hash(JSON.stringify(env)).slice(0, 8)}` : name);
}

/** A path that never exists: PLANS_A11Y_RESULTS for a build without accessibility results, whatever a11y/ holds. */
export const NO_A11Y_RESULTS = join(fixtureSitesDir, 'no-a11y-results.json');

/**
 * The build's own variables: a fixture site is built without accessibility results unless told
 * (so a11y/results.json, which `npm run a11y:report` writes here, changes no fixture); the demo site is
 * built as `npm run build` builds it.
 */
function buildEnv(name: string, options: SiteOptions): Record<string, string> {
  return name === 'demo' ? { ...options.env } : { PLANS_A11Y_RESULTS: NO_A11Y_RESULTS, ...options.env };
}

/** The variables that make this build another site than the default one of `name`, sorted. */
function variant(name: string, options: SiteOptions): [string, string][] {
  const defaults = buildEnv(name, {});
  return Object.entries(options.env ?? {})
    .filter(([k, v]) => defaults[k] !== v)
    .sort();
}

const stampsDir = join(fixtureSitesDir, '.stamps');
const runId = () => process.env.PLANS_TEST_RUN ?? `pid-${process.pid}`;
const fresh = () => process.env.CI === 'true' || process.env.CI === '1' || process.env.PLANS_TEST_FRESH === '1';

const asked = new Map<string, Promise<string>>();

/** The built site `name` ('demo' or a fixture's name): its output folder, built first unless an identical build is there. */
export function site(name: string, options: SiteOptions = {}): Promise<string> {
  const id = JSON.stringify([name, variant(name, options)]);
  let built = asked.get(id);
  if (!built) asked.set(id, (built = buildSite(name, options)));
  return built;
}

async function buildSite(name: string, options: SiteOptions): Promise<string> {
  if (name === 'demo' && !variant(name, options).length && process.env.DIST_DIR) return distDir;
  const content = siteContentDir(name);
  if (!existsSync(content)) throw new Error(`no content tree for the site "${name}": ${content}`);
  const out = siteDir(name, options);
  const stampFile = join(stampsDir, `${relative(projectRoot, out).replaceAll(/[\\/]/g, '_')}.json`);
  const key = inputKey(name, content, buildEnv(name, options));
  const current = () => {
    if (!existsSync(join(out, 'index.html'))) return false;
    const stamp = JSON.parse(readIfThere(stampFile) || '{}') as { key?: string; run?: string };
    return stamp.key === key && (!fresh() || stamp.run === runId());
  };
  if (current()) return out;
  await withBuildLock(async () => {
    if (current()) return; // another worker built it while this one waited
    rmSync(stampFile, { force: true });
    const started = Date.now();
    // The demo's content/ named explicitly builds the same site as the default (content/ of astro.config).
    const run = buildContentTree(content, out, buildEnv(name, options));
    if (run.status !== 0) throw new Error(`the ${name} site did not build (exit ${run.status}):\n${run.output}`);
    mkdirSync(stampsDir, { recursive: true });
    writeFileSync(`${stampFile}.${process.pid}`, `${JSON.stringify({ key, run: runId(), seconds: (Date.now() - started) / 1000 })}\n`);
    renameSync(`${stampFile}.${process.pid}`, stampFile);
    process.stderr.write(`built the ${name} site into ${relative(projectRoot, out)}/ in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  });
  return out;
}

/** The demo site and every fixture site, built: for tests that hold for any site. */
export async function allSites(): Promise<TestSite[]> {
  const sites: TestSite[] = [];
  for (const name of ['demo', ...fixtureSiteNames()]) sites.push({ name, dir: await site(name) });
  return sites;
}

const hash = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

/** The files the build reads besides the content: the package's code, the demo site's config, the lock file. */
const CODE = ['src', 'schemas', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

function git(args: string[]): string {
  const run = spawnSync('git', args, { cwd: projectRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return run.status === 0 ? run.stdout : '';
}

/** Hash of every file (tracked or new, not ignored) under `paths`, by path and content. */
function filesHash(paths: string[]): string {
  const listed = git(['ls-files', '--cached', '--others', '--exclude-standard', '-z', '--', ...paths])
    .split('\0')
    .filter(Boolean);
  // Outside a git checkout, every file under the paths.
  const files = listed.length
    ? [...new Set(listed)]
    : paths.flatMap((p) => walk(join(projectRoot, p)).map((f) => relative(projectRoot, f)));
  const h = createHash('sha256');
  for (const file of files.sort()) {
    const full = join(projectRoot, file);
    h.update(file).update('\0');
    h.update(existsSync(full) ? readFileSync(full) : '(deleted)').update('\0');
  }
  return h.digest('hex');
}

function walk(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => walk(join(path, name)));
}

let codeHash: string | undefined;

function inputKey(name: string, content: string, env: Record<string, string>): string {
  codeHash ??= filesHash(CODE);
  const a11y = join(projectRoot, 'a11y/results.json');
  return hash(
    JSON.stringify({
      name,
      code: codeHash,
      content: filesHash([relative(projectRoot, content)]),
      history: git(['log', '-1', '--format=%H', '--', relative(projectRoot, content)]).trim(),
      a11y: existsSync(a11y) ? hash(readFileSync(a11y)) : null,
      node: process.version,
      env: Object.entries(env).sort(),
      outer: Object.entries(process.env)
        .filter(([k]) => /^(PLANS_(?!TEST_)|SITE_URL$|ASTRO_)/.test(k))
        .sort(),
    }),
  );
}
