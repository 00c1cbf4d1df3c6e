/**
 * Layout of every built page of the demo site and of every fixture site (hostile, new-shapes…, built by
 * tests/helpers/sites.ts): at 320, 375 and 1280 px wide and in print the page never scrolls sideways;
 * a table wider than its place scrolls inside its own named, focusable region instead, and nothing is
 * cut off by a container that clips; at 1280 px the 新旧対照表 fits without scrolling. A failure names
 * the elements that stick out. Each page is loaded once and measured at every width by resizing the
 * viewport; each site's sweep starts as soon as that site is built, not once all are. At 375 px no table
 * of three columns or fewer scrolls sideways or squeezes a cell (tests/helpers/phone-layout.ts). The
 * largest Japanese plan page also gets full-page screenshots in test-results/screenshots/ for review and
 * the print checks (site navigation hidden, table rows kept whole); the longest 新旧対照表, its
 * comparison page and a pair assembled in the browser get screenshots at 375 px.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openGuardedPage } from '../../src/lib/browser/browser.ts';
import { startStaticServer } from '../../src/lib/browser/static-server.ts';
import { LANGUAGE_LINKS, startE2E, type E2E } from '../helpers/e2e.ts';
import { fixtureSiteNames, largestJapanesePlanPage, listPageFiles, listPages, projectRoot } from '../helpers/pages.ts';
import { allSites, site } from '../helpers/sites.ts';
import { narrowTableProblems } from '../helpers/phone-layout.ts';

interface Mode {
  name: string;
  width: number;
  media: 'screen' | 'print';
}
/** A4 at 96 dpi is 794 px wide. */
const MODES: Mode[] = [
  { name: '320px', width: 320, media: 'screen' },
  { name: '375px', width: 375, media: 'screen' },
  { name: '1280px', width: 1280, media: 'screen' },
  { name: 'print', width: 794, media: 'print' },
];
const HEIGHT = 800;

interface Measure {
  scrollWidth: number;
  clientWidth: number;
  /** The elements sticking out of the viewport, outside any container that scrolls or clips. */
  offenders: string[];
  /** Tables wider than their place that do not scroll inside a named, focusable region. */
  tableProblems: string[];
}

/**
 * Runs in the page. Kept free of closures over test code, since Playwright sends its source.
 * `fitTaishou`: whether a 新旧対照表 must fit its container without scrolling.
 */
function measure(fitTaishou: boolean): Measure {
  const root = document.documentElement;
  const vw = root.clientWidth;
  const name = (el: Element) => {
    const id = el.id ? `#${el.id}` : '';
    const cls = [...el.classList].map((c) => `.${c}`).join('');
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
    return `<${el.tagName.toLowerCase()}${id}${cls}> "${text}"`;
  };
  const overflowX = (el: Element) => getComputedStyle(el).overflowX;
  /**
   * The nearest element below <body> that scrolls or clips `el` sideways (`el` itself with `self`).
   * An absolutely positioned box escapes the clipping of ancestors below its containing block, a fixed
   * one all of them: such a box inside a scrolling table still widens the page.
   */
  const clipper = (el: Element, self = false): Element | undefined => {
    let position = getComputedStyle(el).position;
    if (self && overflowX(el) !== 'visible') return el;
    for (let a = el.parentElement; a && a !== document.body && a !== root; a = a.parentElement) {
      const style = getComputedStyle(a);
      if (position === 'fixed') return undefined;
      if (position === 'absolute' && style.position === 'static') continue;
      if (style.overflowX !== 'visible') return a;
      position = style.position;
    }
    return undefined;
  };
  const offenders: string[] = [];
  if (root.scrollWidth > vw + 1) {
    const sticking: { el: Element; right: number }[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const right = el.getBoundingClientRect().right;
      if (right > vw + 1 && !clipper(el)) sticking.push({ el, right });
    }
    // Text overflowing a box that itself fits (an unbreakable URL in a narrow cell) shows only in its text's own rectangle.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim() || !node.parentElement) continue;
      range.selectNodeContents(node);
      const right = range.getBoundingClientRect().right;
      if (right > vw + 1 && !clipper(node.parentElement, true) && !sticking.some((s) => s.el === node.parentElement))
        sticking.push({ el: node.parentElement, right });
    }
    // The innermost ones name the cause; their ancestors only stick out because of them.
    for (const s of sticking.filter((s) => !sticking.some((o) => o.el !== s.el && s.el.contains(o.el))).slice(0, 6)) {
      offenders.push(`${name(s.el)} right edge ${Math.round(s.right)}px`);
    }
  }
  const tableProblems: string[] = [];
  for (const table of document.querySelectorAll('table')) {
    const width = table.getBoundingClientRect().width;
    const container = clipper(table);
    const room = (container ?? table.parentElement ?? document.body).clientWidth;
    if (fitTaishou && table.classList.contains('taishou-table') && width > room + 1) {
      tableProblems.push(
        `${name(table)} is ${Math.round(width)}px wide in ${Math.round(room)}px: the 新旧対照表 must fit without scrolling`,
      );
    }
    if (width <= room + 1) continue;
    if (!container) {
      tableProblems.push(`${name(table)} is ${Math.round(width)}px wide in ${Math.round(room)}px and has no container that scrolls`);
      continue;
    }
    const o = overflowX(container);
    if (o !== 'auto' && o !== 'scroll') {
      tableProblems.push(`${name(table)} is cut off by ${name(container)} (overflow-x: ${o})`);
      continue;
    }
    const labelledBy = container.getAttribute('aria-labelledby');
    const label = labelledBy ? document.getElementById(labelledBy)?.textContent?.trim() : container.getAttribute('aria-label');
    if (container.getAttribute('role') !== 'region' || !label || (container as HTMLElement).tabIndex < 0) {
      tableProblems.push(`${name(table)} scrolls in ${name(container)}, which is not a named, focusable region`);
    }
  }
  return { scrollWidth: root.scrollWidth, clientWidth: vw, offenders, tableProblems };
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close().catch(() => undefined);
});

/**
 * The sites of allSites(), by name. Each sweep waits for its own site (built by the site tier beside
 * this one, or here), so the sweeps of the first sites built run while the others build.
 */
const siteNames = ['demo', ...fixtureSiteNames()];
const distDir = await site('demo');

describe.each(siteNames.map((name) => ({ name })))('every page of the $name site', ({ name }) => {
  let dir = '';
  let pages: string[] = [];
  /** mode name → page path → what the page measured. */
  const results = new Map<string, Map<string, Measure>>(MODES.map((m) => [m.name, new Map()]));
  let blocked: string[] = [];

  beforeAll(async () => {
    dir = await site(name);
    pages = listPages(dir);
  });

  beforeAll(async () => {
    const server = await startStaticServer({ root: dir });
    const guarded = await openGuardedPage(browser, server.origin, { viewport: { width: MODES[0]!.width, height: HEIGHT } });
    ({ blocked } = guarded);
    const { context } = guarded;
    // Two pages take turns with the queue, one per core; each page's modes run there and back (320 → print,
    // print → 320) so that every other page load saves a resize.
    const queue = [...pages];
    const worker = async (page: Page) => {
      let current: Mode = MODES[0]!;
      await page.emulateMedia({ media: current.media });
      for (let path = queue.shift(), turn = 0; path !== undefined; path = queue.shift(), turn++) {
        await page.goto(server.url + path.replace(/^\//, ''), { waitUntil: 'load' });
        for (const mode of turn % 2 ? [...MODES].reverse() : MODES) {
          if (mode.media !== current.media) await page.emulateMedia({ media: mode.media });
          if (mode.width !== current.width) await page.setViewportSize({ width: mode.width, height: HEIGHT });
          current = mode;
          const m = await page.evaluate(measure, mode.name === '1280px');
          // On a phone, a table of three columns or fewer stacks instead (issue 23).
          if (mode.name === '375px') m.tableProblems.push(...(await page.evaluate(narrowTableProblems, { maxColumns: 3, minCellEm: 5 })));
          results.get(mode.name)!.set(path, m);
        }
      }
    };
    try {
      await Promise.all([worker(guarded.page), context.newPage().then(worker)]);
    } finally {
      await context.close();
      await server.close();
    }
  }, 240_000);

  it('has pages', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  describe.each(MODES)('at $name', ({ name }) => {
    it('no page scrolls sideways', () => {
      const wide = [...results.get(name)!].filter(([, m]) => m.scrollWidth > m.clientWidth + 1);
      const report = wide.map(([path, m]) => `${path}: ${m.scrollWidth}px wide in ${m.clientWidth}px\n    ${m.offenders.join('\n    ')}`);
      expect(results.get(name)!.size).toBe(pages.length);
      expect(report, `${wide.length} of ${pages.length} pages scroll sideways at ${name}`).toEqual([]);
    });

    it('a table wider than its place scrolls inside its own named, focusable region', () => {
      const problems = [...results.get(name)!].flatMap(([path, m]) => m.tableProblems.map((p) => `${path}: ${p}`));
      expect(problems).toEqual([]);
    });
  });

  it('made no requests to other hosts', () => {
    expect(blocked).toEqual([]);
  });
});

it('every fixture site was built', async () => {
  const sites = await allSites();
  expect(sites.map((s) => s.name)).toEqual(siteNames);
  expect(sites.filter((s) => !existsSync(join(s.dir, 'index.html'))).map((s) => s.dir)).toEqual([]);
});

const planPage = largestJapanesePlanPage(distDir);
const screenshots = join(projectRoot, 'test-results', 'screenshots');

describe.runIf(planPage)(`the largest Japanese plan page, ${planPage}`, () => {
  let e2e: E2E;
  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    e2e = await startE2E({ viewport: { width: 1280, height: HEIGHT } }, distDir);
    await e2e.page.goto(e2e.url(planPage!));
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it.each(MODES.filter((m) => m.media === 'screen'))('takes a full-page screenshot at $name', async ({ width }) => {
    await e2e.page.emulateMedia({ media: 'screen' });
    await e2e.page.setViewportSize({ width, height: HEIGHT });
    await e2e.page.screenshot({ path: join(screenshots, `plan-ja-${width}.png`), fullPage: true });
  });

  it('at 320px a wide table scrolls sideways inside its container while the page does not', async ({ skip }) => {
    const { page } = e2e;
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 320, height: HEIGHT });
    const scrolled = await page.evaluate(() => {
      const wide = [...document.querySelectorAll('table')].find(
        (t) => t.parentElement && t.getBoundingClientRect().width > t.parentElement.clientWidth + 1,
      );
      if (!wide) return undefined;
      let el: HTMLElement | null = wide.parentElement;
      while (el && el !== document.body && !['auto', 'scroll'].includes(getComputedStyle(el).overflowX)) el = el.parentElement;
      if (!el || el === document.body) return { table: wide.id, containerScrolled: 0, pageScrollX: -1 };
      el.scrollLeft = 10_000;
      window.scrollTo(10_000, window.scrollY);
      const result = { table: wide.id, containerScrolled: el.scrollLeft, pageScrollX: window.scrollX };
      el.scrollLeft = 0;
      return result;
    });
    if (!scrolled) return skip('no table on this page is wider than a 320px viewport');
    expect(scrolled.containerScrolled, `table #${scrolled.table} has no container that scrolls`).toBeGreaterThan(0);
    expect(scrolled.pageScrollX, 'the page itself scrolled sideways').toBe(0);
  });

  describe('in print', () => {
    beforeAll(async () => {
      await e2e.page.setViewportSize({ width: 794, height: HEIGHT });
      await e2e.page.emulateMedia({ media: 'print' });
    });
    afterAll(async () => {
      await e2e.page.emulateMedia({ media: 'screen' });
    });

    it('takes a full-page screenshot', async () => {
      await e2e.page.screenshot({ path: join(screenshots, 'plan-ja-print.png'), fullPage: true });
    });

    it.each([
      ['header navigation', 'body > header nav, [role="banner"] nav'],
      [
        'breadcrumbs',
        '.breadcrumbs, nav[aria-label="現在位置"], nav[aria-label="Breadcrumb" i], nav[aria-label*="breadcrumb" i], nav[aria-label="パンくずリスト"]',
      ],
      ['language switch', LANGUAGE_LINKS],
      ['skip link', '.skip-link, body > a[href^="#"]'],
    ])('hides the %s', async (what, selector) => {
      const found = await e2e.page.evaluate(
        (s) =>
          [...document.querySelectorAll(s)].map((el) => ({
            element: el.outerHTML.slice(0, 120),
            visible: el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }),
          })),
        selector,
      );
      expect(found.length, `no ${what} (${selector}) on the page`).toBeGreaterThan(0);
      expect(
        found.filter((f) => f.visible).map((f) => f.element),
        `${what} visible in print`,
      ).toEqual([]);
    });

    it('table rows avoid breaking across pages', async () => {
      const rows = await e2e.page.evaluate(() =>
        [...document.querySelectorAll('tr')].map((tr) => ({
          row: tr.textContent!.trim().slice(0, 40),
          breakInside: getComputedStyle(tr).breakInside,
        })),
      );
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.filter((r) => r.breakInside !== 'avoid')).toEqual([]);
    });
  });

  it('made no requests to other hosts', () => {
    expect(e2e.blocked).toEqual([]);
    expect(e2e.failed).toEqual([]);
  });
});

it('there is a Japanese plan page to test', () => {
  expect(planPage).toBeDefined();
});

/**
 * The 新旧対照表 of the demo's longest static pair, its unit's comparison page, and the same unit's
 * first and last years assembled in the browser (a pair the layout sweep cannot see, since it needs
 * JavaScript and a query): screenshots at 375 px in test-results/screenshots/, and the same layout
 * checks at every screen width.
 */
const pairPages = listPageFiles(distDir).filter((p) => /^\/ja\/.+\/compare\/\d{4}-\d{4}\/$/.test(p.path));
const longestPair = pairPages.sort((a, b) => statSync(b.file).size - statSync(a.file).size)[0]?.path;

describe.runIf(longestPair)(`the comparison pages of ${longestPair?.replace(/compare\/.*/, '')}`, () => {
  let e2e: E2E;
  const unit = longestPair!.replace(/\d{4}-\d{4}\/$/, '');
  const years = pairPages.filter((p) => p.path.startsWith(unit)).flatMap((p) => p.path.match(/\d{4}/g)!.map(Number));
  const pages = [
    { name: 'compare', path: unit },
    { name: 'taishou', path: longestPair! },
    { name: 'taishou-any', path: `${unit}any/?old=${Math.min(...years)}&new=${Math.max(...years)}` },
  ];
  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    e2e = await startE2E({ viewport: { width: 375, height: HEIGHT } }, distDir);
  });
  afterAll(async () => e2e?.close());

  it.each(pages)('$name ($path): screenshot at 375 px; no sideways scroll at any screen width', async ({ name, path }) => {
    const { page } = e2e;
    await page.setViewportSize({ width: 375, height: HEIGHT });
    await page.goto(e2e.url(path), { waitUntil: 'load' });
    if (name === 'taishou-any') await page.locator('.pair-output .taishou').waitFor();
    await page.screenshot({ path: join(screenshots, `${name}-ja-375.png`), fullPage: true });
    for (const mode of MODES.filter((m) => m.media === 'screen')) {
      await page.setViewportSize({ width: mode.width, height: HEIGHT });
      const m = await page.evaluate(measure, mode.name === '1280px');
      expect(m.scrollWidth, `${path} at ${mode.name}: ${m.offenders.join('; ')}`).toBeLessThanOrEqual(m.clientWidth + 1);
      expect(m.tableProblems, `${path} at ${mode.name}`).toEqual([]);
    }
  });
});
