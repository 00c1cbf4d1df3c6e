/**
 * Search in a real browser, on the published-plans fixture (tests/fixtures/published, built by
 * tests/helpers/sites.ts): real plans that stay the same whatever the demo site's content/ holds.
 * Every query of tests/search/queries.json must find each of its plans in the
 * top 5 through the search page as a reader uses it, and a query with `first` must have that heading of
 * its plan (the project or section where the words are) as its first result's link. The same queries are also run against stock
 * Pagefind (an index of the unnormalised pages, queried with the raw text), and both recalls are
 * written to test-results/search-relevance.json so the improvement can be read side by side.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from '../helpers/e2e.ts';
import { openGuardedPage } from '../../src/lib/browser/browser.ts';
import { projectRoot } from '../helpers/pages.ts';
import { startStaticServer, type StaticServer } from '../../src/lib/browser/static-server.ts';
import { site } from '../helpers/sites.ts';

const publishedDistDir = await site('published');

interface Query {
  lang: 'ja' | 'en';
  query: string;
  kind: string;
  expect: string[];
  first?: string;
}
interface Outcome {
  top5: string[];
  hit: boolean;
  results: number;
}
interface Row extends Query {
  ours: Outcome;
  stock: Outcome;
}
const { queries } = JSON.parse(readFileSync(join(projectRoot, 'tests/search/queries.json'), 'utf8')) as { queries: Query[] };

let e2e: E2E;
let stockServer: StaticServer;
let stockPage: Page;
let stockDir: string;

beforeAll(async () => {
  e2e = await startE2E({}, publishedDistDir);
  // Stock Pagefind: the same pages indexed without normalisation, searched with the raw query.
  stockDir = mkdtempSync(join(tmpdir(), 'pagefind-stock-'));
  const built = spawnSync(
    process.execPath,
    ['scripts/build-search-index.ts', '--stock', '--site', publishedDistDir, '--out', join(stockDir, 'pagefind')],
    { cwd: projectRoot, encoding: 'utf8' },
  );
  expect(built.status, built.stderr).toBe(0);
  // Pagefind picks the index of the page's <html lang>, so each language gets its own harness page.
  for (const lang of ['ja', 'en']) {
    mkdirSync(join(stockDir, lang));
    writeFileSync(join(stockDir, lang, 'index.html'), `<!doctype html><html lang="${lang}"><title>stock</title><body></body></html>`);
  }
  stockServer = await startStaticServer({ root: stockDir });
  ({ page: stockPage } = await openGuardedPage(e2e.browser, stockServer.origin));
}, 120_000);

afterAll(async () => {
  await e2e?.close();
  await stockServer?.close();
  if (stockDir) rmSync(stockDir, { recursive: true, force: true });
});

/** Types the query into the search page of its language and returns the result links (path and #heading) in order. */
async function searchOurs(page: Page, q: Query): Promise<string[]> {
  const path = `/${q.lang}/search/`;
  if (!page.url().endsWith(path)) await page.goto(e2e.url(path));
  await page.fill('#search-q', q.query);
  await page.waitForFunction(
    ([query, loading]) => {
      const text = document.getElementById('search-status')?.textContent ?? '';
      return text.includes(query) && text !== loading;
    },
    [q.query, q.lang === 'ja' ? '検索しています…' : 'Searching…'] as const,
  );
  return page.$$eval('#search-results h2 a', (links) =>
    links.map((a) => {
      const url = new URL((a as HTMLAnchorElement).href);
      return url.pathname + url.hash;
    }),
  );
}
const pageOf = (link: string) => link.replace(/#.*$/, '');

async function searchStock(page: Page, q: Query): Promise<{ paths: string[]; total: number }> {
  const harness = `${stockServer.url}${q.lang}/`;
  if (page.url() !== harness) await page.goto(harness);
  // A string, not a function: Vitest would rewrite a dynamic import() inside a function body.
  return page.evaluate(`(async () => {
    const pf = await import('/pagefind/pagefind.js');
    const search = await pf.search(${JSON.stringify(q.query)});
    const data = await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
    return { paths: data.map((d) => d.url), total: search.results.length };
  })()`);
}

describe('search relevance', () => {
  it('has at least 40 Japanese and 10 English queries, some of them checking the heading a result links to', () => {
    expect(queries.filter((q) => q.lang === 'ja').length).toBeGreaterThanOrEqual(40);
    expect(queries.filter((q) => q.lang === 'en').length).toBeGreaterThanOrEqual(10);
    for (const lang of ['ja', 'en'])
      expect(queries.filter((q) => q.lang === lang && q.first?.includes('#')).length).toBeGreaterThanOrEqual(2);
    expect(queries.filter((q) => q.first && !q.expect.includes(pageOf(q.first)))).toEqual([]);
  });

  it('finds every expected plan in the top 5 for every query (stock Pagefind recorded beside it)', async () => {
    const rows: Row[] = [];
    // Two lanes take the queries in turn, each with a page of our search and one of stock Pagefind,
    // which search at the same time (our page waits out the search box's debounce); the rows keep the
    // order of the queries.
    const second = await openGuardedPage(e2e.browser, e2e.server.origin);
    const secondStock = await openGuardedPage(e2e.browser, stockServer.origin);
    let next = 0;
    const lane = async (ourPage: Page, stockTab: Page) => {
      for (let i = next++; i < queries.length; i = next++) {
        const q = queries[i]!;
        const [ours, stock] = await Promise.all([searchOurs(ourPage, q), searchStock(stockTab, q)]);
        const top5 = ours.slice(0, 5).map(pageOf);
        rows[i] = {
          ...q,
          ours: {
            top5: ours.slice(0, 5),
            hit: q.expect.every((p) => top5.includes(p)) && (q.first === undefined || ours[0] === q.first),
            results: await ourPage.$$eval('#search-results li', (l) => l.length),
          },
          stock: { top5: stock.paths, hit: q.expect.every((p) => stock.paths.includes(p)), results: stock.total },
        };
      }
    };
    try {
      await Promise.all([lane(e2e.page, stockPage), lane(second.page, secondStock.page)]);
    } finally {
      await second.context.close();
      await secondStock.context.close();
    }
    expect(rows.filter(Boolean)).toHaveLength(queries.length);
    const recall = (side: 'ours' | 'stock', lang?: string) => {
      const set = rows.filter((r) => !lang || r.lang === lang);
      return {
        queries: set.length,
        hits: set.filter((r) => r[side].hit).length,
        recallAt5: Number((set.filter((r) => r[side].hit).length / set.length).toFixed(3)),
      };
    };
    const summary = {
      ours: { all: recall('ours'), ja: recall('ours', 'ja'), en: recall('ours', 'en') },
      stock: { all: recall('stock'), ja: recall('stock', 'ja'), en: recall('stock', 'en') },
      stockMisses: rows.filter((r) => !r.stock.hit).map((r) => `${r.lang} ${r.kind} ${r.query}`),
      meanResults: {
        ours: Number((rows.reduce((a, r) => a + r.ours.results, 0) / rows.length).toFixed(2)),
        stock: Number((rows.reduce((a, r) => a + r.stock.results, 0) / rows.length).toFixed(2)),
      },
    };
    mkdirSync(join(projectRoot, 'test-results'), { recursive: true });
    writeFileSync(join(projectRoot, 'test-results/search-relevance.json'), `${JSON.stringify({ summary, rows }, null, 1)}\n`);
    console.log(
      `search recall@5: ours ${summary.ours.all.hits}/${summary.ours.all.queries}, stock Pagefind ${summary.stock.all.hits}/${summary.stock.all.queries}`,
    );
    expect(rows.filter((r) => !r.ours.hit).map((r) => `${r.lang} ${r.query}: got ${r.ours.top5.join(' ')}`)).toEqual([]);
    expect(e2e.blocked).toEqual([]);
    expect(second.blocked).toEqual([]);
  }, 180_000);
});

describe('the search page', () => {
  it('loads no search code until the reader focuses the box', async () => {
    const page = (await openGuardedPage(e2e.browser, e2e.server.origin)).page;
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script' || r.url().includes('pagefind')) scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(e2e.url('/ja/search/'));
    await page.waitForLoadState('networkidle');
    expect(scripts.filter((s) => s.includes('pagefind') || s.includes('client'))).toEqual([]);
    await page.focus('#search-q');
    await page.waitForResponse((r) => r.url().includes('pagefind/pagefind.js'));
    expect(scripts.some((s) => s.endsWith('pagefind/pagefind.js'))).toBe(true);
    await page.context().close();
  });

  it('announces the number of results in a polite live region and narrows by filters', async () => {
    const { page } = e2e;
    await page.goto(e2e.url('/ja/search/?q=防犯カメラ'));
    const status = page.locator('#search-status');
    await expect.poll(() => status.textContent()).toContain('件');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await status.getAttribute('role')).toBe('status');
    const all = await page.locator('#search-results li').count();
    await page.selectOption('select[name=municipality]', '塩竈市');
    await expect.poll(() => page.locator('#search-results li').count()).toBeLessThan(all);
    const paths = await page.$$eval('#search-results h2 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.every((p) => p.startsWith('/ja/shiogama/'))).toBe(true);
    expect(new URL(page.url()).searchParams.get('municipality')).toBe('塩竈市');
  });

  it("shows the heading where the words were found, then the plan's municipality, unit and year, then the excerpt; the link lands on that heading", async () => {
    const { page } = e2e;
    await page.goto(e2e.url('/ja/search/?q=路面シール'));
    await expect.poll(() => page.locator('#search-results li').count()).toBeGreaterThan(0);
    const first = page.locator('#search-results li').first();
    expect(await first.evaluate((li) => [...li.children].map((c) => c.tagName))).toEqual(['H2', 'P', 'P']);
    const link = first.locator('h2 a');
    expect(await link.textContent()).toBe('10 防犯カメラの設置等による安全安心のまちづくりの推進（安全安心課）');
    expect(await first.locator('h2 + p').textContent()).toBe('三鷹市 総務部 · 平成29年度（2017年度）');
    // Pagefind marks each word of the segmented compound: 路面 and シール.
    expect((await first.locator('p:last-child mark').allTextContents()).join('')).toContain('路面シール');
    await link.click();
    await page.waitForURL((url) => url.hash !== '');
    const target = await page.evaluate(() => {
      const el = document.querySelector(':target');
      return el && { tag: el.tagName, text: el.textContent, top: el.getBoundingClientRect().top };
    });
    expect(target?.tag).toMatch(/^H[2-6]$/);
    expect(target?.text).toBe('10 防犯カメラの設置等による安全安心のまちづくりの推進（安全安心課）');
    expect(Math.abs(target!.top)).toBeLessThan(5);
  });

  it('highlights the match in each excerpt, and result links are reachable by keyboard', async () => {
    const { page } = e2e;
    await page.goto(e2e.url('/en/search/?q=telework'));
    await expect.poll(() => page.locator('#search-results li').count()).toBeGreaterThan(0);
    expect(await page.locator('#search-results mark').first().textContent()).toMatch(/telework/i);
    const link = page.locator('#search-results h2 a').first();
    await link.focus();
    expect(await page.evaluate(() => document.activeElement?.closest('#search-results') !== null)).toBe(true);
  });
});
