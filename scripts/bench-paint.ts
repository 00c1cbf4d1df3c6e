/**
 * First paint on a slow phone: a plan page, a comparison page and a 新旧対照表 page of a built site, each
 * loaded with an empty cache over Chrome DevTools' Slow 3G preset (2,000 ms latency, 400 kbit/s) from
 * the static server with gzip, as hosts serve it; the figure is the page's `first-contentful-paint`.
 * For each kind the median-size page (the typical one) and the largest are measured, each loaded
 * RUNS times (a busy machine delays single loads): the figure is the median.
 * The on-demand 新旧対照表 (compare/any/?old=…&new=…, assembled in the browser) is timed the same way,
 * to the moment its table is in the page, for the oldest and newest year of the typical and the largest unit.
 *
 *   node scripts/bench-paint.ts [--site dist]
 *
 * `npm run bench` runs it on the generated sites too. It asserts nothing: it measures.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchBrowser, openGuardedPage } from '../src/lib/browser/browser.ts';
import { startStaticServer } from '../src/lib/browser/static-server.ts';
import { SLOW_3G } from './bench-search.ts';

/** The budget of the issue "At a glance, and honest": first paint within 2.5 s on Slow 3G. */
export const FIRST_PAINT_BUDGET_MS = 2500;
/** The same issue's budget for the on-demand pair: its table at most 6 s after the load starts. */
export const PAIR_TABLE_BUDGET_MS = 6000;
/** Loads of each page; the median is reported. */
const RUNS = 3;

const KINDS = {
  plan: /^ja\/[^/]+\/[^/]+\/\d{4}\/index\.html$/,
  compare: /^ja\/[^/]+\/[^/]+\/compare\/index\.html$/,
  taishou: /^ja\/[^/]+\/[^/]+\/compare\/\d{4}-\d{4}\/index\.html$/,
} as const;
export type PageKind = keyof typeof KINDS;
export const PAGE_KIND_NAMES: Record<PageKind, string> = { plan: 'plan page', compare: 'comparison page', taishou: '新旧対照表 page' };

export interface PaintFigure {
  kind: PageKind;
  which: 'typical' | 'largest';
  page: string;
  bytes: number;
  /** The median of the loads. */
  firstContentfulPaintMs: number;
  /** Each load's first contentful paint, in order. */
  runsMs: number[];
}

/** The pages measured: for each kind, the median-size page and the largest (one page when they are the same). */
async function pagesToMeasure(dist: string): Promise<{ kind: PageKind; which: 'typical' | 'largest'; page: string; bytes: number }[]> {
  const entries = await readdir(join(dist, 'ja'), { recursive: true, withFileTypes: true });
  const html = entries.filter((e) => e.isFile() && e.name === 'index.html').map((e) => relative(dist, join(e.parentPath, e.name)));
  const chosen = [];
  for (const kind of Object.keys(KINDS) as PageKind[]) {
    const sized = await Promise.all(
      html.filter((f) => KINDS[kind].test(f)).map(async (page) => ({ page, bytes: (await stat(join(dist, page))).size })),
    );
    sized.sort((a, b) => a.bytes - b.bytes || (a.page < b.page ? -1 : 1));
    if (!sized.length) continue;
    const typical = sized[Math.floor(sized.length / 2)]!;
    const largest = sized.at(-1)!;
    chosen.push({ kind, which: 'typical' as const, ...typical });
    if (largest.page !== typical.page) chosen.push({ kind, which: 'largest' as const, ...largest });
  }
  return chosen;
}

/**
 * Each of `pages` loaded RUNS times over Slow 3G with the cache off, each load in a fresh context, from a
 * static server of `dist` with gzip: `measure` loads the address and gives the load's figure in ms.
 * Returns every page with its runs and their median (a busy machine delays single loads).
 */
async function onSlow3G<P extends { page: string }>(
  dist: string,
  pages: P[],
  address: (p: P) => string,
  measure: (page: Page, url: string) => Promise<number>,
): Promise<(P & { medianMs: number; runsMs: number[] })[]> {
  if (!pages.length) return [];
  const server = await startStaticServer({ root: dist, gzip: true });
  const browser = await launchBrowser();
  const figures: (P & { medianMs: number; runsMs: number[] })[] = [];
  try {
    for (const p of pages) {
      const runsMs: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const { page, context } = await openGuardedPage(browser, server.origin);
        try {
          const cdp = await context.newCDPSession(page);
          await cdp.send('Network.enable');
          await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
          await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
          runsMs.push(Math.round(await measure(page, `${server.url}${address(p)}`)));
        } finally {
          await context.close();
        }
      }
      const sorted = [...runsMs].sort((x, y) => x - y);
      figures.push({ ...p, medianMs: sorted[Math.floor(sorted.length / 2)]!, runsMs });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return figures;
}

/** First contentful paint of the chosen pages of `dist` on Slow 3G. */
export async function firstPaints(dist: string): Promise<PaintFigure[]> {
  const figures = await onSlow3G(dist, await pagesToMeasure(dist), (p) => p.page.replace(/index\.html$/, ''), firstPaint);
  return figures.map(({ medianMs, ...f }) => ({ ...f, firstContentfulPaintMs: medianMs }));
}

/** One load of `url`: its first contentful paint. */
async function firstPaint(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  return page.evaluate(
    () =>
      new Promise<number>((done) => {
        const now = performance.getEntriesByName('first-contentful-paint')[0];
        if (now) return done(now.startTime);
        new PerformanceObserver((list) => {
          const entry = list.getEntriesByName('first-contentful-paint')[0];
          if (entry) done(entry.startTime);
        }).observe({ type: 'paint', buffered: true });
      }),
  );
}

export interface PairFigure {
  which: 'typical' | 'largest';
  /** The page with its query, e.g. ja/mitaka/soumu/compare/any/?old=2017&new=2025. */
  page: string;
  bytes: number;
  /** The median of the loads: from navigation start to the pair's table in the page. */
  tableMs: number;
  runsMs: number[];
}

/** The on-demand pair pages measured: the median-size one and the largest, each with its oldest and newest year. */
async function pairPagesToMeasure(dist: string): Promise<{ which: 'typical' | 'largest'; page: string; bytes: number }[]> {
  const entries = await readdir(join(dist, 'ja'), { recursive: true, withFileTypes: true });
  const pages = entries
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => relative(dist, join(e.parentPath, e.name)))
    .filter((f) => /^ja\/[^/]+\/[^/]+\/compare\/any\/index\.html$/.test(f));
  const sized = await Promise.all(pages.map(async (page) => ({ page, bytes: (await stat(join(dist, page))).size })));
  sized.sort((a, b) => a.bytes - b.bytes || (a.page < b.page ? -1 : 1));
  if (!sized.length) return [];
  const picked: { which: 'typical' | 'largest'; page: string; bytes: number }[] = [
    { which: 'typical', ...sized[Math.floor(sized.length / 2)]! },
  ];
  if (sized.at(-1)!.page !== picked[0]!.page) picked.push({ which: 'largest' as const, ...sized.at(-1)! });
  return Promise.all(
    picked.map(async (p) => {
      const select = (await readFile(join(dist, p.page), 'utf8')).match(/<select id="pair-old"[^>]*>(.*?)<\/select>/s)?.[1] ?? '';
      const years = [...select.matchAll(/<option value="(\d{4})"/g)].map((m) => Number(m[1])).sort((a, b) => a - b);
      return { ...p, page: `${p.page.replace(/index\.html$/, '')}?old=${years[0]}&new=${years.at(-1)}` };
    }),
  );
}

/** How long the on-demand pair takes to show its table on Slow 3G. */
export async function pairTimes(dist: string): Promise<PairFigure[]> {
  const figures = await onSlow3G(dist, await pairPagesToMeasure(dist), (p) => p.page, pairTable);
  return figures.map(({ medianMs, ...f }) => ({ ...f, tableMs: medianMs }));
}

/** One load of an on-demand pair: ms from navigation start to its table. */
async function pairTable(page: Page, url: string): Promise<number> {
  // Noted in the page the moment the table is added, not when a poll next looks.
  await page.addInitScript(() => {
    const w = window as unknown as { __pairTable?: number };
    new MutationObserver((_, observer) => {
      if (document.querySelector('.pair-output table')) {
        w.__pairTable = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForFunction(() => (window as unknown as { __pairTable?: number }).__pairTable !== undefined, undefined, {
    timeout: 120_000,
  });
  return page.evaluate(() => (window as unknown as { __pairTable: number }).__pairTable);
}

/** One line per on-demand pair measured, with the budget met or missed. */
export function pairLines(figures: readonly PairFigure[]): string[] {
  return figures.map(
    (f) =>
      `on-demand 新旧対照表 (${f.which}, ${(f.bytes / 1024).toFixed(1)} KB): table ${(f.tableMs / 1000).toFixed(2)} s after the load starts on Slow 3G (median of ${f.runsMs.map((ms) => (ms / 1000).toFixed(2)).join(', ')}) — ${f.tableMs <= PAIR_TABLE_BUDGET_MS ? 'met' : 'MISSED'} (≤ ${PAIR_TABLE_BUDGET_MS / 1000} s) — ${f.page}`,
  );
}

/** One line per page measured, with the budget met or missed. */
export function paintLines(figures: readonly PaintFigure[]): string[] {
  return figures.map(
    (f) =>
      `${PAGE_KIND_NAMES[f.kind]} (${f.which}, ${(f.bytes / 1024).toFixed(1)} KB): first paint ${(f.firstContentfulPaintMs / 1000).toFixed(2)} s on Slow 3G (median of ${f.runsMs.map((ms) => (ms / 1000).toFixed(2)).join(', ')}) — ${f.firstContentfulPaintMs <= FIRST_PAINT_BUDGET_MS ? 'met' : 'MISSED'} (≤ ${FIRST_PAINT_BUDGET_MS / 1000} s) — ${f.page}`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' } } });
  for (const line of paintLines(await firstPaints(values.site))) console.log(line);
  for (const line of pairLines(await pairTimes(values.site))) console.log(line);
}
