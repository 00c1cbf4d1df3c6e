/**
 * Search in a real browser, on the search fixture (tests/fixtures/search, built by tests/helpers/sites.ts):
 * the demo's real plans frozen at one commit plus fictional distractor plans, so the figures stay the same
 * whatever the demo site's content/ holds. Every query of tests/search/queries.json is typed into the search
 * page as a reader uses it (typeQuery: the page's own code ranks and renders; six pages at a time, since
 * each query mostly waits out the box's debounce); per category (the query's kind) the hits@5 (every expected plan in the top 5)
 * and first-plan accuracy are printed and must not fall below the floors of tests/search/floors.json,
 * measured when the categories were written (raise them when search gets better, never lower them).
 * A query whose `first` names a heading must have that plan's result link to that heading. The rows are
 * written to test-results/search-relevance.json; `npm run bench:search` prints the same table beside
 * stock Pagefind's (which costs a second index and a second pass, too slow for every test run).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from '../helpers/e2e.ts';
import { openGuardedPage } from '../../src/lib/browser/browser.ts';
import { projectRoot } from '../helpers/pages.ts';
import { site } from '../helpers/sites.ts';
import {
  byCategory,
  categoryTable,
  isFirstHeading,
  isFirstPlan,
  isHit,
  pageOf,
  readQueries,
  typeQuery,
  type Query,
} from '../../scripts/lib/search-relevance.ts';

const searchDistDir = await site('search');
/** Pages typing queries at once: each mostly waits out the debounce, so more lanes than cores pay. */
const LANES = 6;

interface Row extends Query {
  top5: string[];
  hit: boolean;
  firstPlan: boolean;
  firstHeading: boolean;
  results: number;
}
const queries = readQueries(projectRoot);
const floors = JSON.parse(readFileSync(join(projectRoot, 'tests/search/floors.json'), 'utf8')) as {
  categories: Record<string, { hits: number; firstPlan: number }>;
};

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E({}, searchDistDir);
}, 120_000);

afterAll(async () => {
  await e2e?.close();
});

describe('search relevance', () => {
  it('has at least 200 queries in Japanese and English, every category with a floor, some checking the heading a result links to', () => {
    expect(queries.length).toBeGreaterThanOrEqual(200);
    expect(queries.filter((q) => q.lang === 'en').length).toBeGreaterThanOrEqual(20);
    expect([...new Set(queries.map((q) => q.kind))].sort()).toEqual(Object.keys(floors.categories).sort());
    for (const lang of ['ja', 'en'])
      expect(queries.filter((q) => q.lang === lang && q.first?.includes('#')).length).toBeGreaterThanOrEqual(2);
    expect(queries.filter((q) => q.first && !q.expect.includes(pageOf(q.first)))).toEqual([]);
  });

  it('keeps every category at or above its floor of hits@5 and first-plan accuracy', async () => {
    const rows: Row[] = [];
    // Each query waits out the search box's debounce (200 ms), which is most of its time: several pages
    // (lanes, in one context) take the queries in turn so the waits overlap; the rows keep the order of
    // the queries. A lane's page stays open from query to query, as a reader's does.
    const lanes = await Promise.all(Array.from({ length: LANES - 1 }, () => e2e.context.newPage()));
    let next = 0;
    const lane = async (page: Page) => {
      for (let i = next++; i < queries.length; i = next++) {
        const q = queries[i]!;
        const { links: results, shown } = await typeQuery(page, e2e.server.origin, q);
        rows[i] = {
          ...q,
          top5: results.slice(0, 5),
          hit: isHit(q, results),
          firstPlan: isFirstPlan(q, results),
          firstHeading: isFirstHeading(q, results),
          results: shown,
        };
      }
    };
    try {
      await Promise.all([lane(e2e.page), ...lanes.map(lane)]);
    } finally {
      await Promise.all(lanes.map((p) => p.close()));
    }
    expect(rows.filter(Boolean)).toHaveLength(queries.length);
    const table = byCategory(rows);
    mkdirSync(join(projectRoot, 'test-results'), { recursive: true });
    writeFileSync(join(projectRoot, 'test-results/search-relevance.json'), `${JSON.stringify({ table, rows }, null, 1)}\n`);
    console.log(`search relevance (ours; npm run bench:search adds stock Pagefind):\n${categoryTable(rows)}`);
    const below = table
      .filter((c) => c.kind !== 'all')
      .filter((c) => c.hits < floors.categories[c.kind]!.hits || c.firstPlan < floors.categories[c.kind]!.firstPlan)
      .map((c) => `${c.kind}: ${c.hits} hits, ${c.firstPlan} first (floor ${JSON.stringify(floors.categories[c.kind])})`);
    expect(below).toEqual([]);
    expect(rows.filter((r) => !r.firstHeading).map((r) => `${r.lang} ${r.query}: got ${r.top5.join(' ')}`)).toEqual([]);
    expect(e2e.blocked).toEqual([]);
  }, 600_000);
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
    const all = await page.locator('#search-results > li').count();
    await page.selectOption('select[name=municipality]', '塩竈市');
    await expect.poll(() => page.locator('#search-results > li').count()).toBeLessThan(all);
    const paths = await page.$$eval('#search-results h2 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.every((p) => p.startsWith('/ja/shiogama/'))).toBe(true);
    expect(new URL(page.url()).searchParams.get('municipality')).toBe('塩竈市');
  });

  it("shows the heading where the words were found, then the plan's municipality, unit and year, then the excerpt, then the other headings that match; the link lands on that heading", async () => {
    const { page } = e2e;
    await page.goto(e2e.url('/ja/search/?q=路面シール'));
    // The final results (the first ones may show before their excerpts arrive).
    await expect.poll(() => page.locator('#search-status').textContent()).toContain('件');
    const first = page.locator('#search-results > li').first();
    const children = await first.evaluate((li) => [...li.children].map((c) => c.tagName));
    expect(children.slice(0, 3)).toEqual(['H2', 'P', 'P']);
    expect(children.slice(3)).toEqual(children.length > 3 ? ['UL'] : []);
    // The other headings are of the same page.
    const others = await first.locator('ul a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href)));
    expect(others.filter((u) => u.pathname !== '/ja/mitaka/soumu/2017/' || !u.hash)).toEqual([]);
    const link = first.locator('h2 a');
    expect(await link.textContent()).toBe('10 防犯カメラの設置等による安全安心のまちづくりの推進（安全安心課）');
    expect(await first.locator('h2 + p').textContent()).toBe('三鷹市 総務部 · 平成29年度（2017年度）');
    // Pagefind marks each word of the segmented compound: 路面 and シール.
    expect((await first.locator(':scope > p').nth(1).locator('mark').allTextContents()).join('')).toContain('路面シール');
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

  it('puts pages that match every word first and labels those that match only some', async () => {
    const { page } = e2e;
    await page.goto(e2e.url(`/ja/search/?q=${encodeURIComponent('防犯カメラ 塩竈市')}`));
    await expect.poll(() => page.locator('#search-status').textContent()).toContain('件');
    const results = await page.$$eval('#search-results > li', (items) =>
      items.map((li) => ({
        path: new URL(li.querySelector<HTMLAnchorElement>('h2 a')!.href).pathname,
        partial: li.querySelector('.search-partial') !== null,
      })),
    );
    const firstPartial = results.findIndex((r) => r.partial);
    // Shiogama's plans hold both words, Mitaka's only 防犯カメラ: labelled, and after every complete one.
    expect(results.filter((r) => !r.partial).map((r) => r.path)).toEqual(
      expect.arrayContaining(['/ja/shiogama/shimin-soumu/2017/', '/ja/shiogama/shimin-soumu/2019/']),
    );
    expect(results.find((r) => r.path === '/ja/mitaka/soumu/2017/')?.partial).toBe(true);
    expect(results.slice(firstPartial).every((r) => r.partial)).toBe(true);
    expect(await page.locator('.search-partial').first().textContent()).toBe('一部の語だけに一致');
  });

  it('reads a fiscal year in the query as the year filter, not as words', async () => {
    const { page } = e2e;
    for (const year of ['令和元年度', 'R1', 'H31', 'FY2019']) {
      await page.goto(e2e.url(`/ja/search/?q=${encodeURIComponent(`${year} 防犯カメラ`)}`));
      await expect.poll(() => page.locator('#search-status').textContent()).toContain('件');
      const places = await page.$$eval('#search-results > li > h2 + p', (ps) => ps.map((p) => p.textContent));
      expect(places.length, year).toBeGreaterThan(0);
      expect(
        places.every((p) => p?.endsWith('令和元年度（2019年度）')),
        `${year}: ${places.join(', ')}`,
      ).toBe(true);
    }
  });

  it('finds a word typed as its reading in hiragana or romaji', async () => {
    const { page } = e2e;
    for (const q of ['ぼうはんかめら', 'bouhan kamera']) {
      await page.goto(e2e.url(`/ja/search/?q=${encodeURIComponent(q)}`));
      await expect.poll(() => page.locator('#search-status').textContent()).toContain('件');
      expect((await page.locator('#search-results > li mark').allTextContents()).join(''), q).toContain('防犯');
    }
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
