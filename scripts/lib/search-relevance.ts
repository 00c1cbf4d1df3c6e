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

/** Hits@5: whether the top 5 results hold every expected page. */
export function isHit(q: Query, results: string[]): boolean {
  const top5 = results.slice(0, 5).map(pageOf);
  return q.expect.every((p) => top5.includes(p));
}

/**
 * Where the query names a heading (`first` with a #), whether that plan's result in the top 5 links to
 * it (the project or section where the words are). Whether the plan comes first is `isFirstPlan`.
 */
export function isFirstHeading(q: Query, results: string[]): boolean {
  if (q.first === undefined || !q.first.includes('#')) return true;
  const page = pageOf(q.first);
  return results.slice(0, 5).find((r) => pageOf(r) === page) === q.first;
}

/** Whether the first result is the plan the query is about: the page of `first`, or one of the expected pages. */
export function isFirstPlan(q: Query, results: string[]): boolean {
  const top = results[0] === undefined ? undefined : pageOf(results[0]);
  return top !== undefined && (q.first === undefined ? q.expect.includes(top) : top === pageOf(q.first));
}

export interface Scored {
  kind: string;
  /** Every expected plan in the top 5 (hits@5). */
  hit: boolean;
  /** The first result is the plan the query is about. */
  firstPlan: boolean;
}

/** Per category (the queries' `kind`) and overall: queries, hits@5 and first-plan accuracy. */
export function byCategory(rows: Scored[]): { kind: string; queries: number; hits: number; firstPlan: number }[] {
  const kinds = [...new Set(rows.map((r) => r.kind))].sort();
  return [...kinds, 'all'].map((kind) => {
    const set = rows.filter((r) => kind === 'all' || r.kind === kind);
    return { kind, queries: set.length, hits: set.filter((r) => r.hit).length, firstPlan: set.filter((r) => r.firstPlan).length };
  });
}

/** The per-category table, ours beside stock Pagefind's when given. */
export function categoryTable(ours: Scored[], stock?: Scored[]): string {
  const a = byCategory(ours);
  const b = stock && byCategory(stock);
  const cell = (hits: number, n: number) => `${hits}/${n}`.padStart(7);
  const lines = [
    `${'category'.padEnd(16)} | ours hits@5 | ours first${b ? ' | stock hits@5 | stock first' : ''}`,
    ...a.map((r, i) => {
      const s = b?.[i];
      return (
        `${r.kind.padEnd(16)} | ${cell(r.hits, r.queries).padEnd(11)} | ${cell(r.firstPlan, r.queries).padEnd(10)}` +
        (s ? ` | ${cell(s.hits, s.queries).padEnd(12)} | ${cell(s.firstPlan, s.queries)}` : '')
      );
    }),
  ];
  return lines.join('\n');
}

/**
 * Types the query into the search page of its language (at `origin`), as a reader does: focus the box,
 * change its text (an `input` event: the page's own search code, debounce, ranking and rendering run as
 * for a reader), then wait for the live region to announce the results of this query. Each query
 * starts on a newly loaded page: Pagefind answers from the index chunks it has loaded, so what an
 * earlier query loaded can change which heading a result links to. Returns the result links (path and
 * #heading) in order and how many results the list shows.
 */
export async function typeQuery(page: Page, origin: string, q: Query): Promise<{ links: string[]; shown: number }> {
  await page.goto(`${origin}/${q.lang}/search/`);
  return page.evaluate(
    async ([query, loading]) => {
      const input = document.querySelector<HTMLInputElement>('#search-q')!;
      const status = document.getElementById('search-status')!;
      // Answered: the live region names this query and no longer says it is searching.
      const answered = new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          const text = status.textContent ?? '';
          if (text.includes(query) && text !== loading) {
            observer.disconnect();
            resolve();
          }
        });
        observer.observe(status, { childList: true, characterData: true, subtree: true });
      });
      // Focus loads the search code the first time (search.astro); it reads the box when it starts.
      input.focus();
      input.value = query;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: query }));
      await answered;
      return {
        links: [...document.querySelectorAll<HTMLAnchorElement>('#search-results h2 a')].map((a) => {
          const url = new URL(a.href);
          return url.pathname + url.hash;
        }),
        shown: document.querySelectorAll('#search-results > li').length,
      };
    },
    [q.query, q.lang === 'ja' ? '検索しています…' : 'Searching…'] as const,
  );
}

/** The result links (path and #heading) of the query typed into our search page (`typeQuery`), in order. */
export async function searchOurs(page: Page, origin: string, q: Query): Promise<string[]> {
  return (await typeQuery(page, origin, q)).links;
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
