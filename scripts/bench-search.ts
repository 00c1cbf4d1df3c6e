/**
 * npm run bench:search — what search costs a reader, measured in Chromium against dist/:
 * bytes fetched for the first query (Pagefind's runtime, wasm, index chunks, fragments) and for later
 * ones, and the index size per indexed page; then what the normalisation buys: the relevance set
 * (tests/search/queries.json) on the published-plans fixture, recall@5 of our search page beside stock
 * Pagefind's (the same pages indexed unnormalised, queried with the raw text). Prints tables and writes
 * bench-results/search.json and bench-results/search-relevance.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, openGuardedPage } from '../src/lib/browser/browser.ts';
import { startStaticServer } from '../src/lib/browser/static-server.ts';
import { buildSearchIndex } from '../src/lib/search/build-index.ts';
import { categoryTable, isFirstPlan, isHit, readQueries, searchOurs, searchStock } from './lib/search-relevance.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Pagefind's prebuilt UIs are written beside the index but this site does not load them. */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\./;

export async function indexBytes(dist: string): Promise<{ bytes: number; pages: number; files: number }> {
  const dir = join(dist, 'pagefind');
  const files = (await readdir(dir, { recursive: true })).filter((f) => !UNUSED.test(f));
  let bytes = 0;
  let count = 0;
  for (const f of files) {
    const s = await stat(join(dir, f));
    if (s.isFile()) {
      bytes += s.size;
      count++;
    }
  }
  const entry = JSON.parse(await readFile(join(dir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const pages = Object.values(entry.languages).reduce((a, l) => a + l.page_count, 0);
  return { bytes, pages, files: count };
}

/** Bytes a reader fetches: the search page before focus, then each query in turn. */
export async function queryCosts(dist: string, lang: string, queries: string[]) {
  const server = await startStaticServer({ root: dist });
  const browser = await launchBrowser();
  const { page } = await openGuardedPage(browser, server.origin);
  // Every finished request's size, read once the step is over so none is counted in the wrong step.
  let pending: Promise<number>[] = [];
  page.on('requestfinished', (request) => pending.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize)));
  const settle = async () => {
    await page.waitForLoadState('networkidle');
    const sizes = await Promise.all(pending);
    pending = [];
    return { bytes: sizes.reduce((a, b) => a + b, 0), requests: sizes.length };
  };
  await page.goto(`${server.url}${lang}/search/`);
  const pageLoad = await settle();
  const steps = [];
  for (const q of queries) {
    await page.fill('#search-q', q);
    await page.waitForFunction(
      (query) =>
        (document.getElementById('search-status')?.textContent ?? '').includes(query) &&
        document.querySelectorAll('#search-results li').length > 0,
      q,
    );
    steps.push({ query: q, ...(await settle()) });
  }
  await browser.close();
  await server.close();
  return { pageLoad, steps };
}

/** Chrome DevTools' "Slow 3G" preset: 2,000 ms request latency, 400 kbit/s down and up. */
export const SLOW_3G = { offline: false, latency: 2000, downloadThroughput: 50_000, uploadThroughput: 50_000 };

/**
 * The first query on a slow phone: the search page is loaded (gzip, as hosts serve it) on a Slow 3G
 * connection with an empty cache; the reader focuses the box and types `query` at once. Returns the
 * milliseconds from the focus to the first result shown, and the requests and bytes made meanwhile.
 */
export async function slowFirstResults(dist: string, lang: string, query: string) {
  const server = await startStaticServer({ root: dist, gzip: true });
  const browser = await launchBrowser();
  const { page, context } = await openGuardedPage(browser, server.origin);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
  await page.goto(`${server.url}${lang}/search/`, { timeout: 120_000 });
  await page.waitForLoadState('networkidle', { timeout: 120_000 });
  const sizes: Promise<number>[] = [];
  page.on('requestfinished', (request) => sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize)));
  const start = Date.now();
  await page.focus('#search-q');
  await page.keyboard.insertText(query);
  await page.waitForSelector('#search-results li', { timeout: 120_000 });
  const ms = Date.now() - start;
  // Then the excerpts, which come with each result's fragment.
  await page.waitForSelector('#search-results mark', { timeout: 120_000 });
  const excerptsMs = Date.now() - start;
  const done = await Promise.all(sizes);
  const atFirst = { requests: done.length, bytes: done.reduce((a, b) => a + b, 0) }; // by the excerpts
  await browser.close();
  await server.close();
  return { query, ms, excerptsMs, ...atFirst };
}

/** Hits@5 and first-plan accuracy of our search page and of stock Pagefind over the relevance set, on the search fixture built into `out`. */
export async function relevance(out: string) {
  const built = spawnSync(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent', '--outDir', join(out, 'site')],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PLANS_CONTENT_DIR: join(root, 'tests/fixtures/search/content') },
    },
  );
  if (built.status !== 0) throw new Error(`the published-plans fixture did not build:\n${built.stdout}${built.stderr}`);
  const stockDir = join(out, 'stock');
  await buildSearchIndex({ site: join(out, 'site'), out: join(stockDir, 'pagefind'), stock: true });
  // Pagefind picks the index of the page's <html lang>, so each language gets its own harness page.
  for (const lang of ['ja', 'en']) {
    await mkdir(join(stockDir, lang), { recursive: true });
    await writeFile(join(stockDir, lang, 'index.html'), `<!doctype html><html lang="${lang}"><title>stock</title><body></body></html>`);
  }
  const ours = await startStaticServer({ root: join(out, 'site') });
  const stock = await startStaticServer({ root: stockDir });
  const browser = await launchBrowser();
  const { page } = await openGuardedPage(browser, ours.origin);
  const { page: stockPage } = await openGuardedPage(browser, stock.origin);
  const rows: {
    lang: string;
    query: string;
    kind: string;
    ours: boolean;
    oursFirst: boolean;
    stock: boolean;
    stockFirst: boolean;
    oursTop: string[];
    stockTop: string[];
    stockResults: number;
  }[] = [];
  for (const q of readQueries(root)) {
    const results = await searchOurs(page, ours.origin, q);
    const other = await searchStock(stockPage, stock.origin, q);
    rows.push({
      lang: q.lang,
      query: q.query,
      kind: q.kind,
      ours: isHit(q, results),
      oursFirst: isFirstPlan(q, results),
      stock: isHit(q, other.paths),
      stockFirst: isFirstPlan(q, other.paths),
      oursTop: results.slice(0, 5),
      stockTop: other.paths,
      stockResults: other.total,
    });
  }
  await browser.close();
  await ours.close();
  await stock.close();
  const recall = (side: 'ours' | 'stock', lang?: string) => {
    const set = rows.filter((r) => !lang || r.lang === lang);
    return { queries: set.length, hits: set.filter((r) => r[side]).length };
  };
  return {
    ours: { all: recall('ours'), ja: recall('ours', 'ja'), en: recall('ours', 'en') },
    stock: { all: recall('stock'), ja: recall('stock', 'ja'), en: recall('stock', 'en') },
    stockMisses: rows.filter((r) => !r.stock).map((r) => `${r.lang} ${r.kind} ${r.query}`),
    oursMisses: rows.filter((r) => !r.ours).map((r) => `${r.lang} ${r.kind} ${r.query}: ${r.oursTop.join(' ')}`),
    table: categoryTable(
      rows.map((r) => ({ kind: r.kind, hit: r.ours, firstPlan: r.oursFirst })),
      rows.map((r) => ({ kind: r.kind, hit: r.stock, firstPlan: r.stockFirst })),
    ),
    rows,
  };
}

if (import.meta.main) {
  const dist = join(root, 'dist');
  const index = await indexBytes(dist);
  const ja = await queryCosts(dist, 'ja', ['防犯カメラ', 'テレワーク', '国土強靱化']);
  const en = await queryCosts(dist, 'en', ['security camera', 'telework']);
  const result = { index: { ...index, bytesPerPage: Math.round(index.bytes / index.pages) }, ja, en };
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `Search index: ${kb(index.bytes)} in ${index.files} files for ${index.pages} pages (${kb(result.index.bytesPerPage)} per page)`,
  );
  console.log('lang | step                      | requests | bytes');
  for (const [lang, run] of [
    ['ja', ja],
    ['en', en],
  ] as const) {
    console.log(`${lang}   | search page (before focus) | ${String(run.pageLoad.requests).padStart(8)} | ${kb(run.pageLoad.bytes)}`);
    run.steps.forEach((s, i) =>
      console.log(
        `${lang}   | ${(i === 0 ? 'first' : 'later') + ' query: ' + s.query}`.padEnd(32) +
          ` | ${String(s.requests).padStart(8)} | ${kb(s.bytes)}`,
      ),
    );
  }
  const slow = await slowFirstResults(dist, 'ja', '防犯カメラ');
  console.log(
    `\nSlow 3G (2,000 ms latency, 400 kbit/s, gzip): first results ${(slow.ms / 1000).toFixed(1)} s after focus (budget 8 s), their excerpts ${(slow.excerptsMs / 1000).toFixed(1)} s; ${slow.requests} requests, ${kb(slow.bytes)}`,
  );
  await mkdir(join(root, 'bench-results'), { recursive: true });
  await writeFile(join(root, 'bench-results/search.json'), `${JSON.stringify({ ...result, slow3g: slow }, null, 2)}\n`);

  const scratch = join(root, 'bench-results/search-relevance');
  await rm(scratch, { recursive: true, force: true });
  const recall = await relevance(scratch);
  await rm(scratch, { recursive: true, force: true });
  console.log('\nrelevance set, recall@5 | ours    | stock Pagefind');
  for (const lang of ['all', 'ja', 'en'] as const) {
    const [a, b] = [recall.ours[lang], recall.stock[lang]];
    console.log(`${lang.padEnd(23)} | ${`${a.hits}/${a.queries}`.padEnd(7)} | ${b.hits}/${b.queries}`);
  }
  console.log(`\n${recall.table}`);
  if (recall.oursMisses.length) console.log(`\nour misses:\n${recall.oursMisses.join('\n')}`);
  await writeFile(join(root, 'bench-results/search-relevance.json'), `${JSON.stringify(recall, null, 1)}\n`);
}
