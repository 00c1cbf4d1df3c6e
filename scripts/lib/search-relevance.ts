/**
 * The relevance set (tests/search/queries.json) and how a query is put to a search: through our search
 * page as a reader types it, or to stock Pagefind's API. The browser test asserts our recall; the
 * benchmark (npm run bench:search) measures it beside stock Pagefind's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export interface Query {
  lang: 'ja' | 'en';
  query: string;
  kind: string;
  /** The plan pages that must be in the top 5. */
  expect: string[];
  /** The result (page and #heading) that must come first. */
  first?: string;
}

export function readQueries(root: string): Query[] {
  return (JSON.parse(readFileSync(join(root, 'tests/search/queries.json'), 'utf8')) as { queries: Query[] }).queries;
}

/** A result link without its #heading: the page. */
export const pageOf = (link: string) => link.replace(/#.*$/, '');

/** Whether the top 5 results hold every expected page and, where one is named, the expected first result. */
export function isHit(q: Query, results: string[]): boolean {
  const top5 = results.slice(0, 5).map(pageOf);
  return q.expect.every((p) => top5.includes(p)) && (q.first === undefined || results[0] === q.first);
}

/** Types the query into the search page of its language (at `origin`) and returns the result links (path and #heading) in order. */
export async function searchOurs(page: Page, origin: string, q: Query): Promise<string[]> {
  const path = `/${q.lang}/search/`;
  if (!page.url().endsWith(path)) await page.goto(`${origin}${path}`);
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

/**
 * The query as stock Pagefind answers it, with the raw text, from a page of the query's language at
 * `origin` (Pagefind picks the index of the page's <html lang>): the top 5 pages and the count.
 */
export async function searchStock(page: Page, origin: string, q: Query): Promise<{ paths: string[]; total: number }> {
  const harness = `${origin}/${q.lang}/`;
  if (page.url() !== harness) await page.goto(harness);
  // A string, not a function: a bundler would rewrite a dynamic import() inside a function body.
  return page.evaluate(`(async () => {
    const pf = await import('/pagefind/pagefind.js');
    const search = await pf.search(${JSON.stringify(q.query)});
    const data = await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
    return { paths: data.map((d) => d.url), total: search.results.length };
  })()`);
}
