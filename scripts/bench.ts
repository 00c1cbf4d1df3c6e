/**
 * npm run bench [-- --plans 230,1000 --years 23,4] [--keep] — the speed and size of the generator, measured
 * on seeded FICTIONAL plans, one shape (plans in all × fiscal years per department) at a time:
 * validation; a cold `astro build` (search index included) with its peak memory; pages and bytes of dist/;
 * an incremental rebuild after one plan's text changed, against a cold rebuild of the same content, and
 * whether the two wrote the same bytes; floors measured in the same run (a bare Astro site emitting the
 * same bytes, a bare site of as many trivial pages, the Pagefind CLI over the pages our index reads);
 * page weight, JavaScript before interaction, search bytes, first paint on Slow 3G of a plan, a
 * comparison and a 新旧対照表 page, and the on-demand 新旧対照表's table there (scripts/bench-paint.ts). Prints a table and the budgets, and writes
 * bench-results/bench.json. It asserts nothing: it measures.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { generateContent } from './lib/generate-plans.ts';
import { validateContent } from '../src/lib/validate/validate-content.ts';
import { indexBytes, queryCosts, slowFirstResults } from './bench-search.ts';
import { FIRST_PAINT_BUDGET_MS, PAGE_KIND_NAMES, PAIR_TABLE_BUDGET_MS, firstPaints, pairTimes, type PaintFigure } from './bench-paint.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    plans: { type: 'string', default: '230,1000' },
    years: { type: 'string', default: '23,4' },
    keep: { type: 'boolean', default: false },
  },
});
const list = (s: string) => s.split(',').map((x) => Number(x.trim()));
const planCounts = list(values.plans);
const yearCounts = list(values.years);
// Paired lists; a single value applies to every shape.
const count = Math.max(planCounts.length, yearCounts.length);
if (
  [planCounts, yearCounts].some((l) => l.length !== 1 && l.length !== count) ||
  [...planCounts, ...yearCounts].some((n) => !Number.isInteger(n) || n < 1)
) {
  throw new Error('--plans and --years take positive integers, as lists of the same length (e.g. --plans 230,1000 --years 23,4)');
}
const shapes = Array.from({ length: count }, (_, i) => ({
  plans: planCounts[planCounts.length === 1 ? 0 : i],
  years: yearCounts[yearCounts.length === 1 ? 0 : i],
}));
const work = join(root, 'bench-results/work');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const node = process.execPath;
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const { resolveBinaryPath } = (await import(pathToFileURL(join(root, 'node_modules/pagefind/lib/resolveBinary.js')).href)) as {
  resolveBinaryPath: (names: string[]) => string;
};
/** The binary Pagefind's npm wrapper and its Node API run: the extended one (Japanese segmentation) when installed. */
const pagefindBinary = resolveBinaryPath(['pagefind_extended', 'pagefind']);

/** Runs a command; wall seconds, and the peak resident memory of its largest process (GNU time's %M). */
function measure(args: string[], extraEnv: Record<string, string> = {}): { seconds: number; peakMB: number; stdout: string } {
  const timeFile = join(work, 'time.txt');
  const t0 = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', '%M', '-o', timeFile, ...args], {
    cwd: root,
    env: { ...env, ...extraEnv },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const seconds = (performance.now() - t0) / 1000;
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed (${run.status}):\n${(run.stdout + run.stderr).slice(-4000)}`);
  const kb = Number(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1));
  return { seconds: round(seconds, 2), peakMB: Math.round(kb / 1024), stdout: run.stdout };
}

const round = (n: number, digits = 1) => Number(n.toFixed(digits));

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

async function totalBytes(dir: string, names: string[]): Promise<number> {
  let bytes = 0;
  for (const f of names) bytes += (await stat(join(dir, f))).size;
  return bytes;
}

/** Files of a tree (all by default) with the SHA-256 of their bytes. */
async function hashTree(dir: string, names?: string[]): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (const f of names ?? (await files(dir)))
    hashes.set(
      f,
      createHash('sha256')
        .update(await readFile(join(dir, f)))
        .digest('hex'),
    );
  return hashes;
}

function treeDifferences(a: Map<string, string>, b: Map<string, string>): string[] {
  const names = [...new Set([...a.keys(), ...b.keys()])].sort();
  return names
    .filter((f) => a.get(f) !== b.get(f))
    .map((f) => (!a.has(f) ? `${f} (only cold)` : !b.has(f) ? `${f} (only incremental)` : f));
}

/** The typical (median-size) plan page with its stylesheets: raw, gzip and brotli bytes; and its scripts. */
async function pageWeight(out: string) {
  const plans = (await files(join(out, 'ja'))).filter((f) => /(^|\/)\d{4}\/index\.html$/.test(f)).map((f) => join(out, 'ja', f));
  const sized = await Promise.all(plans.map(async (f) => ({ f, size: (await stat(f)).size })));
  sized.sort((a, b) => a.size - b.size);
  const typical = sized[Math.floor(sized.length / 2)].f;
  const html = await readFile(typical);
  const css = await Promise.all(
    [...html.toString().matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFile(join(out, m[1]))),
  );
  const scripts = [...html.toString().matchAll(/<script\b[^>]*src="([^"]+)"/g)].map((m) => m[1]);
  const inlineScripts = [...html.toString().matchAll(/<script\b(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1].length);
  const both = Buffer.concat([html, ...css]);
  const jsBytes =
    (await Promise.all(scripts.map(async (s) => (await stat(join(out, s))).size))).reduce((a, b) => a + b, 0) +
    inlineScripts.reduce((a, b) => a + b, 0);
  return {
    page: relative(out, typical),
    rawBytes: both.length,
    gzipBytes: gzipSync(both, { level: 9 }).length,
    brotliBytes: brotliCompressSync(both).length,
    jsBytesBeforeInteraction: jsBytes,
  };
}

/**
 * One plan's text changes, as a clerk's correction would: the first project title of the first
 * department's latest year gets a suffix (still valid; the validation run before the rebuild checks it).
 */
async function changeOnePlan(content: string): Promise<string> {
  const dept = join(content, 'kakuu-0001', 'soumu');
  const latest = (await readdir(dept))
    .filter((f) => /^\d{4}\.yaml$/.test(f))
    .sort()
    .at(-1);
  if (!latest) throw new Error(`no plan in ${dept}`);
  const file = join(dept, latest);
  const text = await readFile(file, 'utf8');
  const projects = text.indexOf('\nprojects:\n');
  const title = /\n {6}title: ([^\n]+)/g;
  title.lastIndex = projects;
  const match = projects >= 0 ? title.exec(text) : null;
  if (!match) throw new Error(`no project title in ${file}`);
  await writeFile(file, `${text.slice(0, match.index)}\n      title: ${match[1]}（一部修正）${text.slice(match.index + match[0].length)}`);
  return relative(content, file);
}

/** Validation (when asked, in its own process as `npm run build` runs it), then `astro build` with the bench config. */
async function build(dir: string, { validate }: { validate: boolean }) {
  const content = join(dir, 'content');
  const timings = join(dir, 'timings.json');
  // Generated plans have no git history: built without it, as a site with `history: false`.
  const vars = { PLANS_CONTENT_DIR: content, PLANS_HISTORY: 'off', BENCH_CACHE_DIR: join(dir, 'cache'), PLANS_TIMINGS_FILE: timings };
  const validation = validate ? measure([node, 'src/cli/bin.mjs', 'validate', '--quiet', '--content', content], vars).seconds : 0;
  await rm(timings, { force: true });
  const astroBuild = measure(
    [node, astro, 'build', '--silent', '--config', 'scripts/bench-site/astro.config.mjs', '--outDir', join(dir, 'dist')],
    vars,
  );
  const searchIndex = await readFile(timings, 'utf8').then(
    (t) => (JSON.parse(t) as { searchIndex?: { seconds: number; pages: number; lexiconSeconds?: number } }).searchIndex,
    () => undefined,
  );
  return {
    seconds: round(validation + astroBuild.seconds, 2),
    validationSeconds: validation,
    buildSeconds: astroBuild.seconds,
    peakMB: astroBuild.peakMB,
    searchIndex,
  };
}

/** The same-bytes floor: a bare Astro site whose routes emit the files of `dist` unchanged (see scripts/bench-floor). */
async function sameBytesFloor(dir: string, dist: string) {
  const publicFiles = new Set(await files(join(root, 'public')).catch(() => []));
  // The Vite assets and the search index are not written by routes; the public/ files are copied, not built.
  const routed = (await files(dist)).filter((f) => !/^(_astro|pagefind)\//.test(f) && !publicFiles.has(f));
  const manifest = join(dir, 'floor-manifest.json');
  await writeFile(manifest, JSON.stringify({ site: dist, files: routed }));
  const out = join(dir, 'floor-dist');
  const run = measure([node, astro, 'build', '--silent', '--root', 'scripts/bench-floor', '--outDir', out], { FLOOR_MANIFEST: manifest });
  const html = routed.filter((f) => f.endsWith('.html'));
  const floorFiles = await files(out);
  const floorHtml = floorFiles.filter((f) => f.endsWith('.html'));
  return {
    seconds: run.seconds,
    peakMB: run.peakMB,
    files: routed.length,
    htmlFiles: floorHtml.length,
    htmlBytes: await totalBytes(out, floorHtml),
    siteHtmlFiles: html.length,
    siteHtmlBytes: await totalBytes(dist, html),
    sameBytes: treeDifferences(await hashTree(dist, routed), await hashTree(out, floorFiles)).length === 0,
  };
}

/** The Pagefind CLI over copies of the pages our index indexes (the copying is not timed). */
async function indexFloor(dir: string, dist: string) {
  const site = join(dir, 'index-floor');
  let pages = 0;
  for (const f of (await files(dist)).filter((x) => x.endsWith('.html'))) {
    const html = await readFile(join(dist, f), 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    await mkdir(dirname(join(site, f)), { recursive: true });
    await cp(join(dist, f), join(site, f));
    pages++;
  }
  const run = measure([pagefindBinary, '--site', site]);
  const indexed = [...run.stdout.matchAll(/Indexed (\d+) pages?/g)].reduce((a, m) => a + Number(m[1]), 0);
  return { seconds: run.seconds, peakMB: run.peakMB, pages, indexedPages: indexed };
}

async function measureShape({ plans, years }: { plans: number; years: number }) {
  const dir = join(work, `${plans}x${years}`);
  await rm(dir, { recursive: true, force: true });
  const content = join(dir, 'content');
  const out = join(dir, 'dist');
  const log = (s: string) => console.error(`[bench ${plans}×${years}] ${s}`);
  const generated = await generateContent(content, { plans, years });
  log(`${generated.plans} plans in ${generated.departments} departments generated; validating…`);
  const t0 = performance.now();
  const validation = await validateContent(dir, { contentDir: content });
  const validationMs = Math.round(performance.now() - t0);
  if (validation.diagnostics.length) throw new Error(`generated content is invalid: ${validation.diagnostics[0].ja}`);

  log('cold build (empty cache)…');
  const cold1 = await build(dir, { validate: false });
  const distFiles = await files(out);
  const pages = distFiles.filter((f) => f.endsWith('.html')).length;
  const distBytes = await totalBytes(out, distFiles);
  const weight = await pageWeight(out);
  const search = await indexBytes(out);
  const queries = await queryCosts(out, 'ja', ['防災訓練', '窓口サービス', '電子申請']);
  const slow = await slowFirstResults(out, 'ja', '防災訓練');
  log('first paint on Slow 3G…');
  const paints = await firstPaints(out);
  log('on-demand 新旧対照表 on Slow 3G…');
  const pairs = await pairTimes(out);
  // The integration reports its search-index step in PLANS_TIMINGS_FILE; without it the step is run again alone.
  let index: { seconds: number; pages: number; source: 'integration' | 'alone'; peakMB?: number; lexiconSeconds?: number };
  if (cold1.searchIndex) index = { ...cold1.searchIndex, source: 'integration' };
  else {
    log(`${pages} pages; no timings from the integration: indexing again alone…`);
    const alone = measure([node, 'scripts/build-search-index.ts', '--site', out]);
    index = { seconds: alone.seconds, pages: search.pages, source: 'alone', peakMB: alone.peakMB };
  }

  const changedFile = await changeOnePlan(content);
  log(`${changedFile} changed; incremental build (validation + build, with the cache)…`);
  const incremental = await build(dir, { validate: true });
  await rename(out, join(dir, 'dist-incremental'));
  const incrementalHashes = await hashTree(join(dir, 'dist-incremental'));
  log('cold rebuild of the same content (validation + build, cache and dist/ wiped)…');
  await rm(join(dir, 'cache'), { recursive: true, force: true });
  const cold = await build(dir, { validate: true });
  const differences = treeDifferences(await hashTree(out), incrementalHashes);

  log('same-bytes floor…');
  const floor = await sameBytesFloor(dir, out);
  log('bare floor…');
  const bare = measure([node, astro, 'build', '--silent', '--root', 'scripts/bench-bare', '--outDir', join(dir, 'bare-dist')], {
    BARE_PAGES: String(pages),
  });
  log('Pagefind CLI floor…');
  const pagefind = await indexFloor(dir, out);
  if (!values.keep) await rm(dir, { recursive: true, force: true });

  return {
    // Timings are wall-clock: a busy machine (see the load average when the shape finished) slows every figure.
    loadAverage: round(loadavg()[0], 2),
    plans: generated.plans,
    years,
    departments: generated.departments,
    pages,
    distBytes,
    pagesPerPlan: round(pages / generated.plans, 1),
    distBytesPerPlan: Math.round(distBytes / generated.plans),
    validationMs,
    buildSeconds: cold1.buildSeconds,
    peakMB: cold1.peakMB,
    // The search lexicon (readings, synonyms) is timed apart: the index budget compares Pagefind's part
    // with the Pagefind CLI, and the lexicon's cost is its own figure.
    indexSeconds: index.seconds - (index.lexiconSeconds ?? 0),
    lexiconSeconds: index.lexiconSeconds ?? 0,
    indexSource: index.source,
    indexPages: index.pages,
    ...(index.peakMB === undefined ? {} : { indexPeakMB: index.peakMB }),
    pagesSeconds: round(Math.max(cold1.buildSeconds - index.seconds, 0), 2),
    sameBytesFloorSeconds: floor.seconds,
    sameBytesFloor: floor,
    bareFloorSeconds: bare.seconds,
    indexFloorSeconds: pagefind.seconds,
    indexFloor: pagefind,
    changedFile,
    incrementalSeconds: incremental.seconds,
    incrementalValidationSeconds: incremental.validationSeconds,
    incrementalBuildSeconds: incremental.buildSeconds,
    incrementalPeakMB: incremental.peakMB,
    ...(incremental.searchIndex ? { incrementalIndexSeconds: incremental.searchIndex.seconds } : {}),
    coldSeconds: cold.seconds,
    coldValidationSeconds: cold.validationSeconds,
    coldBuildSeconds: cold.buildSeconds,
    incrementalIdentical: differences.length === 0,
    incrementalDifferences: { count: differences.length, first: differences.slice(0, 10) },
    typicalPlanPage: weight,
    firstPaints: paints,
    pairTables: pairs,
    search: {
      indexBytes: search.bytes,
      indexBytesPerPage: Math.round(search.bytes / search.pages),
      firstQueryBytes: queries.steps[0].bytes,
      laterQueryBytes: queries.steps.slice(1).map((q) => q.bytes),
      slow3gFirstResultsMs: slow.ms,
      slow3gExcerptsMs: slow.excerptsMs,
    },
  };
}

type Result = Awaited<ReturnType<typeof measureShape>>;
await mkdir(work, { recursive: true });
const results: Result[] = [];
for (const shape of shapes) results.push(await measureShape(shape));

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const s = (n: number) => `${n.toFixed(2)} s`;
const ratio = (a: number, b: number) => (b > 0 ? a / b : Infinity);

interface Budget {
  name: string;
  applies: (r: Result) => boolean;
  where: string;
  figure: (r: Result) => string;
  met: (r: Result) => boolean;
}
const budgets: Budget[] = [
  {
    name: 'pages per plan ≤ 12',
    applies: (r) => r.years >= 20,
    where: 'years ≥ 20',
    figure: (r) => `${r.pagesPerPlan}`,
    met: (r) => r.pagesPerPlan <= 12,
  },
  {
    name: 'dist/ per plan ≤ 400 KB',
    applies: (r) => r.years >= 20,
    where: 'years ≥ 20',
    figure: (r) => kb(r.distBytesPerPlan),
    met: (r) => r.distBytesPerPlan <= 400 * 1024,
  },
  {
    name: 'build − index ≤ 1.5× same-bytes floor',
    applies: () => true,
    where: '',
    figure: (r) =>
      `${s(r.pagesSeconds)} / ${s(r.sameBytesFloorSeconds)} = ${ratio(r.pagesSeconds, r.sameBytesFloorSeconds).toFixed(2)}×${r.indexSource === 'alone' ? ' (index timed alone)' : ''}`,
    met: (r) => ratio(r.pagesSeconds, r.sameBytesFloorSeconds) <= 1.5,
  },
  {
    name: 'search index ≤ 1.1× Pagefind CLI',
    applies: () => true,
    where: '',
    figure: (r) =>
      `${s(r.indexSeconds)} / ${s(r.indexFloorSeconds)} = ${ratio(r.indexSeconds, r.indexFloorSeconds).toFixed(2)}×${r.indexSource === 'alone' ? ' (index timed alone)' : ''}`,
    met: (r) => ratio(r.indexSeconds, r.indexFloorSeconds) <= 1.1,
  },
  {
    name: 'first search results on Slow 3G ≤ 8 s',
    applies: () => true,
    where: '',
    figure: (r) => `${s(r.search.slow3gFirstResultsMs / 1000)} (excerpts ${s(r.search.slow3gExcerptsMs / 1000)})`,
    met: (r) => r.search.slow3gFirstResultsMs <= 8000,
  },
  ...(Object.keys(PAGE_KIND_NAMES) as PaintFigure['kind'][]).map((kind): Budget => ({
    name: `${PAGE_KIND_NAMES[kind]} first paint on Slow 3G ≤ ${FIRST_PAINT_BUDGET_MS / 1000} s`,
    applies: (r) => r.firstPaints.some((f) => f.kind === kind),
    where: 'a site with such pages',
    figure: (r) =>
      r.firstPaints
        .filter((f) => f.kind === kind)
        .map((f) => `${s(f.firstContentfulPaintMs / 1000)} (${f.which})`)
        .join(', '),
    met: (r) => r.firstPaints.filter((f) => f.kind === kind).every((f) => f.firstContentfulPaintMs <= FIRST_PAINT_BUDGET_MS),
  })),
  {
    name: `on-demand 新旧対照表 table on Slow 3G ≤ ${PAIR_TABLE_BUDGET_MS / 1000} s`,
    applies: (r) => r.pairTables.length > 0,
    where: 'a unit with three or more years',
    figure: (r) => r.pairTables.map((f) => `${s(f.tableMs / 1000)} (${f.which})`).join(', '),
    met: (r) => r.pairTables.every((f) => f.tableMs <= PAIR_TABLE_BUDGET_MS),
  },
  {
    name: 'incremental ≤ 10% of cold',
    applies: (r) => r.plans === 1000,
    where: '1,000 plans',
    figure: (r) => `${s(r.incrementalSeconds)} / ${s(r.coldSeconds)} = ${(ratio(r.incrementalSeconds, r.coldSeconds) * 100).toFixed(0)}%`,
    met: (r) => r.incrementalSeconds <= 0.1 * r.coldSeconds,
  },
  {
    name: 'validation ≤ 1.5 s',
    applies: (r) => r.plans === 1000,
    where: '1,000 plans',
    figure: (r) => `${r.validationMs} ms`,
    met: (r) => r.validationMs <= 1500,
  },
  {
    name: 'peak ≤ 2 GB',
    applies: (r) => r.plans >= 5000,
    where: '≥ 5,000 plans',
    figure: (r) => `${r.peakMB} MB`,
    met: (r) => r.peakMB <= 2048,
  },
  {
    name: 'incremental byte-identical to cold',
    applies: () => true,
    where: '',
    figure: (r) => (r.incrementalIdentical ? 'identical' : `${r.incrementalDifferences.count} files differ`),
    met: (r) => r.incrementalIdentical,
  },
  {
    name: 'plan page ≤ 50 KB gzip',
    applies: () => true,
    where: '',
    figure: (r) => kb(r.typicalPlanPage.gzipBytes),
    met: (r) => r.typicalPlanPage.gzipBytes <= 50 * 1024,
  },
  {
    name: 'no JS before interaction',
    applies: () => true,
    where: '',
    figure: (r) => `${r.typicalPlanPage.jsBytesBeforeInteraction} B`,
    met: (r) => r.typicalPlanPage.jsBytesBeforeInteraction === 0,
  },
];

const rows: [string, (r: Result) => string][] = [
  ['plans / departments / pages', (r) => `${r.plans} / ${r.departments} / ${r.pages}`],
  ['pages per plan', (r) => `${r.pagesPerPlan}`],
  ['dist/ (per plan)', (r) => `${mb(r.distBytes)} (${kb(r.distBytesPerPlan)})`],
  ['validation (in process)', (r) => `${r.validationMs} ms`],
  ['astro build, cold (index included)', (r) => s(r.buildSeconds)],
  [
    'search index',
    (r) =>
      `${s(r.indexSeconds)} (${r.indexPages} pages, ${r.indexSource === 'integration' ? 'timed by the integration' : 'run again alone'})`,
  ],
  ['build − index', (r) => s(r.pagesSeconds)],
  [
    'same-bytes floor',
    (r) =>
      `${s(r.sameBytesFloorSeconds)} (${r.sameBytesFloor.htmlFiles} HTML, ${mb(r.sameBytesFloor.htmlBytes)}, ${r.sameBytesFloor.sameBytes ? 'same bytes' : 'BYTES DIFFER'})`,
  ],
  ['bare floor (trivial pages)', (r) => s(r.bareFloorSeconds)],
  ['Pagefind CLI floor', (r) => `${s(r.indexFloorSeconds)} (${r.indexFloor.pages} pages)`],
  ['incremental (validation + build)', (r) => s(r.incrementalSeconds)],
  ['cold (validation + build)', (r) => s(r.coldSeconds)],
  ['incremental = cold bytes', (r) => (r.incrementalIdentical ? 'yes' : `no (${r.incrementalDifferences.count} files)`)],
  ['peak RSS cold build', (r) => `${r.peakMB} MB`],
  ['load average (1 min) at the end', (r) => `${r.loadAverage} on ${cpus().length} CPUs`],
  [
    'plan page HTML+CSS',
    (r) => `${kb(r.typicalPlanPage.rawBytes)} (gzip ${kb(r.typicalPlanPage.gzipBytes)}, br ${kb(r.typicalPlanPage.brotliBytes)})`,
  ],
  ['JS before interaction', (r) => `${r.typicalPlanPage.jsBytesBeforeInteraction} B`],
  [
    'first paint, Slow 3G (typical / largest)',
    (r) =>
      (Object.keys(PAGE_KIND_NAMES) as PaintFigure['kind'][])
        .map(
          (kind) =>
            `${PAGE_KIND_NAMES[kind]} ${r.firstPaints
              .filter((f) => f.kind === kind)
              .map((f) => s(f.firstContentfulPaintMs / 1000))
              .join(' / ')}`,
        )
        .join('; '),
  ],
  ['on-demand 新旧対照表, Slow 3G (typical / largest)', (r) => r.pairTables.map((f) => s(f.tableMs / 1000)).join(' / ') || '—'],
  ['search lexicon (readings, synonyms)', (r) => s(r.lexiconSeconds)],
  ['search first query', (r) => kb(r.search.firstQueryBytes)],
  ['search first results, Slow 3G', (r) => `${s(r.search.slow3gFirstResultsMs / 1000)} (excerpts ${s(r.search.slow3gExcerptsMs / 1000)})`],
  ['search later queries', (r) => r.search.laterQueryBytes.map(kb).join(', ')],
  ['index per page', (r) => kb(r.search.indexBytesPerPage)],
];
console.log(`| figure | ${results.map((r) => `${r.plans} × ${r.years}`).join(' | ')} |`);
console.log(`| --- | ${results.map(() => '---').join(' | ')} |`);
for (const [name, f] of rows) console.log(`| ${name} | ${results.map(f).join(' | ')} |`);
console.log('\nBudgets (figures for every shape; met / MISSED where the budget is named):');
for (const r of results) {
  console.log(`- ${r.plans} plans × ${r.years} years:`);
  for (const b of budgets)
    console.log(`  - ${b.name}: ${b.applies(r) ? (b.met(r) ? 'met' : 'MISSED') : `(budget at ${b.where})`} — ${b.figure(r)}`);
}
const astroVersion = (JSON.parse(await readFile(join(root, 'node_modules/astro/package.json'), 'utf8')) as { version: string }).version;
await writeFile(
  join(root, 'bench-results/bench.json'),
  `${JSON.stringify({ machine: { cpus: cpus().length, node: process.version, astro: astroVersion, pagefind: relative(root, pagefindBinary) }, results }, null, 2)}\n`,
);
