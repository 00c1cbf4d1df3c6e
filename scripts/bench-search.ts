/**
 * npm run bench:search — what search costs a reader, measured in Chromium against dist/:
 * bytes fetched for the first query (Pagefind's runtime, wasm, index chunks, fragments) and for later
 * ones, and the index size per indexed page. Prints a table and writes bench-results/search.json.
 */
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, openGuardedPage } from '../src/lib/browser/browser.ts';
import { startStaticServer } from '../src/lib/browser/static-server.ts';

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
  await mkdir(join(root, 'bench-results'), { recursive: true });
  await writeFile(join(root, 'bench-results/search.json'), `${JSON.stringify(result, null, 2)}\n`);
}
