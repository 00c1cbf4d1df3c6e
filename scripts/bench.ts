/**
 * npm run bench [-- --sizes 100,1000,5000] — the speed and size of the generator, measured on seeded
 * FICTIONAL plans: validation, Astro build and search-index times, ms per page against a bare Astro site
 * with as many trivial pages, peak memory, page weight, JavaScript before interaction and search bytes.
 * Prints a table with the budgets and writes bench-results/bench.json. It asserts nothing: it measures.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { generateContent } from './lib/generate-plans.ts';
import { validateContent } from '../src/lib/validate/validate-content.ts';
import { indexBytes, queryCosts } from './bench-search.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { sizes: { type: 'string', default: '100,1000,5000' }, keep: { type: 'boolean', default: false } } });
const sizes = values.sizes.split(',').map(Number);
const work = join(root, 'bench-results/work');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

/** GNU time prints its figures on stderr, after the command's own output. */
function measure(args: string[], extraEnv: Record<string, string> = {}): { seconds: number; peakMB: number } {
  const result = execFileSync('/bin/sh', ['-c', `/usr/bin/time -f '@@%e %M' "$@" 2>&1 >/dev/null | tail -1`, 'sh', ...args], { cwd: root, env: { ...env, ...extraEnv }, encoding: 'utf8', maxBuffer: 1 << 26 });
  const match = result.match(/@@([\d.]+) (\d+)/);
  if (!match) throw new Error(`${args.join(' ')} failed: ${result.slice(-2000)}`);
  return { seconds: Number(match[1]), peakMB: Math.round(Number(match[2]) / 1024) };
}

async function htmlFiles(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.html')).map((f) => join(dir, f));
}

/** The typical (median-size) plan page with its stylesheets: raw, gzip and brotli bytes; and its scripts. */
async function pageWeight(out: string) {
  const plans = (await htmlFiles(join(out, 'ja'))).filter((f) => /\/\d{4}\/index\.html$/.test(f));
  const sized = await Promise.all(plans.map(async (f) => ({ f, size: (await stat(f)).size })));
  sized.sort((a, b) => a.size - b.size);
  const typical = sized[Math.floor(sized.length / 2)].f;
  const html = await readFile(typical);
  const css = await Promise.all([...html.toString().matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFile(join(out, m[1]))));
  const scripts = [...html.toString().matchAll(/<script\b[^>]*src="([^"]+)"/g)].map((m) => m[1]);
  const inlineScripts = [...html.toString().matchAll(/<script\b(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1].length);
  const both = Buffer.concat([html, ...css]);
  const jsBytes = (await Promise.all(scripts.map(async (s) => (await stat(join(out, s))).size))).reduce((a, b) => a + b, 0) + inlineScripts.reduce((a, b) => a + b, 0);
  return { page: relative(out, typical), rawBytes: both.length, gzipBytes: gzipSync(both, { level: 9 }).length, brotliBytes: brotliCompressSync(both).length, jsBytesBeforeInteraction: jsBytes };
}

/** Generates `size` plans, then validates, builds and indexes them, and measures every figure. */
async function measureSize(size: number) {
  const dir = join(work, String(size));
  await rm(dir, { recursive: true, force: true });
  const content = join(dir, 'content');
  const out = join(dir, 'dist');
  const generated = await generateContent(content, { plans: size });
  console.error(`[bench] ${size} plans generated; validating…`);
  const t0 = performance.now();
  const validation = await validateContent(dir, { contentDir: content });
  const validationMs = Math.round(performance.now() - t0);
  if (validation.diagnostics.length) throw new Error(`generated content is invalid: ${validation.diagnostics[0].ja}`);
  console.error(`[bench] building…`);
  const build = measure([process.execPath, 'node_modules/astro/bin/astro.mjs', 'build', '--silent', '--outDir', out], { PLANS_CONTENT_DIR: content });
  const pages = (await htmlFiles(out)).length;
  // `astro build` writes the search index too (astro:build:done); it is run again alone to tell the two apart.
  console.error(`[bench] ${pages} pages; indexing again alone…`);
  const index = measure([process.execPath, 'scripts/build-search-index.ts', '--site', out]);
  const pagesSeconds = Math.max(build.seconds - index.seconds, 0.001);
  console.error(`[bench] bare Astro floor…`);
  const bare = measure([process.execPath, 'node_modules/astro/bin/astro.mjs', 'build', '--silent', '--root', 'scripts/bench-bare', '--outDir', join(dir, 'bare-dist')], { BARE_PAGES: String(pages) });
  const weight = await pageWeight(out);
  const search = await indexBytes(out);
  const queries = await queryCosts(out, 'ja', ['防災訓練', '窓口サービス', '電子申請']);
  if (!values.keep) await rm(dir, { recursive: true, force: true });
  return {
    plans: generated.plans,
    pages,
    validationMs,
    buildSeconds: build.seconds,
    buildPeakMB: build.peakMB,
    indexSeconds: index.seconds,
    indexPeakMB: index.peakMB,
    pagesSeconds: Number(pagesSeconds.toFixed(1)),
    msPerPage: Number(((pagesSeconds * 1000) / pages).toFixed(2)),
    bareSeconds: bare.seconds,
    bareMsPerPage: Number(((bare.seconds * 1000) / pages).toFixed(2)),
    ratioToBare: Number((pagesSeconds / bare.seconds).toFixed(2)),
    fullBuildSeconds: Number((validationMs / 1000 + build.seconds).toFixed(1)),
    typicalPlanPage: weight,
    search: { indexBytes: search.bytes, indexBytesPerPage: Math.round(search.bytes / search.pages), firstQueryBytes: queries.steps[0].bytes, laterQueryBytes: queries.steps.slice(1).map((q) => q.bytes) },
  };
}

type Result = Awaited<ReturnType<typeof measureSize>>;
await mkdir(work, { recursive: true });
const results: Result[] = [];
for (const size of sizes) results.push(await measureSize(size));

const budgets = (r: Result) => [
  r.plans === 1000 ? `validate 1,000 ≤ 1.5 s: ${r.validationMs <= 1500 ? 'met' : 'MISSED'}` : '',
  r.plans === 1000 ? `full build 1,000 ≤ 20 s: ${r.fullBuildSeconds <= 20 ? 'met' : 'MISSED'}` : '',
  `ms/page ≤ 2× bare: ${r.ratioToBare <= 2 ? 'met' : 'MISSED'}`,
  r.plans === 5000 ? `peak ≤ 3 GB: ${Math.max(r.buildPeakMB, r.indexPeakMB) <= 3072 ? 'met' : 'MISSED'}` : '',
  `page ≤ 50 KB compressed: ${r.typicalPlanPage.gzipBytes <= 50 * 1024 ? 'met' : 'MISSED'}`,
  `no JS before interaction: ${r.typicalPlanPage.jsBytesBeforeInteraction === 0 ? 'met' : 'MISSED'}`,
].filter(Boolean);

const kb = (n?: number) => (n === undefined ? '—' : `${(n / 1024).toFixed(1)} KB`);
const rows: [string, (r: Result) => string][] = [
  ['plans / pages', (r) => `${r.plans} / ${r.pages}`],
  ['validation', (r) => `${r.validationMs} ms`],
  ['astro build (pages + index)', (r) => `${r.buildSeconds.toFixed(1)} s`],
  ['search index (alone)', (r) => `${r.indexSeconds.toFixed(1)} s`],
  ['pages (build − index)', (r) => `${r.pagesSeconds} s`],
  ['full build (validation + build)', (r) => `${r.fullBuildSeconds} s`],
  ['ms per page', (r) => `${r.msPerPage}`],
  ['bare Astro ms/page', (r) => `${r.bareMsPerPage}`],
  ['ratio to bare', (r) => `${r.ratioToBare}×`],
  ['peak RSS build/index', (r) => `${r.buildPeakMB} / ${r.indexPeakMB} MB`],
  ['plan page HTML+CSS', (r) => `${kb(r.typicalPlanPage.rawBytes)} (gzip ${kb(r.typicalPlanPage.gzipBytes)}, br ${kb(r.typicalPlanPage.brotliBytes)})`],
  ['JS before interaction', (r) => `${r.typicalPlanPage.jsBytesBeforeInteraction} B`],
  ['search first query', (r) => kb(r.search.firstQueryBytes)],
  ['search later queries', (r) => r.search.laterQueryBytes.map(kb).join(', ')],
  ['index per page', (r) => kb(r.search.indexBytesPerPage)],
];
console.log(`| figure | ${results.map((r) => `${r.plans} plans`).join(' | ')} |`);
console.log(`| --- | ${results.map(() => '---').join(' | ')} |`);
for (const [name, f] of rows) console.log(`| ${name} | ${results.map(f).join(' | ')} |`);
console.log('\nBudgets:');
for (const r of results) console.log(`- ${r.plans} plans: ${budgets(r).join('; ')}`);
await writeFile(join(root, 'bench-results/bench.json'), `${JSON.stringify({ machine: { cpus: (await import('node:os')).cpus().length, node: process.version }, results }, null, 2)}\n`);
