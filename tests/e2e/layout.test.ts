/**
 * Layout of the largest Japanese plan page: at 320, 375 and 1280 px wide the page never scrolls
 * sideways (wide tables scroll inside their own container instead), with full-page screenshots in
 * test-results/screenshots/ for review; in print, site navigation is hidden and table rows do not
 * break across pages.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGE_LINKS, startE2E, type E2E } from '../helpers/e2e.ts';
import { largestJapanesePlanPage, projectRoot } from '../helpers/pages.ts';

const planPage = largestJapanesePlanPage();
const screenshots = join(projectRoot, 'test-results', 'screenshots');
const WIDTHS = [320, 375, 1280];

let e2e: E2E;
beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  e2e = await startE2E({ viewport: { width: 1280, height: 800 } });
  if (planPage) await e2e.page.goto(e2e.url(planPage));
});
afterAll(async () => {
  await e2e?.close();
});

interface TableLayout {
  table: string;
  left: number;
  right: number;
  tableWidth: number;
  /** The nearest ancestor that scrolls horizontally, if any. */
  container?: { left: number; right: number; clientWidth: number; scrollWidth: number; tabIndex: number; labelled: boolean };
}

describe.runIf(planPage)(`layout of ${planPage}`, () => {
  describe.each(WIDTHS)('at %ipx wide', (width) => {
    beforeAll(async () => {
      await e2e.page.emulateMedia({ media: 'screen' });
      await e2e.page.setViewportSize({ width, height: 800 });
    });

    it('takes a full-page screenshot', async () => {
      const path = join(screenshots, `plan-ja-${width}.png`);
      await e2e.page.screenshot({ path, fullPage: true });
    });

    it('does not scroll horizontally', async () => {
      const { scrollWidth, innerWidth, culprits } = await e2e.page.evaluate(() => {
        const vw = window.innerWidth;
        // The outermost elements sticking out of the viewport, for a readable failure message.
        const culprits = [...document.body.querySelectorAll('*')]
          .filter((el) => el.getBoundingClientRect().right > vw + 0.5)
          .filter((el) => !el.parentElement || el.parentElement.getBoundingClientRect().right <= vw + 0.5)
          .slice(0, 10)
          .map((el) => `${el.outerHTML.slice(0, 100)} (right edge ${Math.round(el.getBoundingClientRect().right)}px)`);
        return { scrollWidth: document.documentElement.scrollWidth, innerWidth: vw, culprits };
      });
      expect(scrollWidth, `page is ${scrollWidth}px wide in a ${innerWidth}px viewport:\n${culprits.join('\n')}`).toBeLessThanOrEqual(innerWidth);
    });

    it('every table fits the viewport or scrolls inside its own container, which fits the viewport', async () => {
      const tables: TableLayout[] = await e2e.page.evaluate(() =>
        [...document.querySelectorAll('table')].map((table) => {
          let el: HTMLElement | null = table.parentElement;
          while (el && el !== document.body && !['auto', 'scroll'].includes(getComputedStyle(el).overflowX)) el = el.parentElement;
          const caption = table.caption?.textContent?.trim().slice(0, 40) ?? '';
          const t = table.getBoundingClientRect();
          const result = { table: table.id ? `#${table.id} ${caption}` : caption, left: t.left, right: t.right, tableWidth: t.width };
          if (!el || el === document.body) return result;
          const r = el.getBoundingClientRect();
          return {
            ...result,
            container: {
              left: r.left,
              right: r.right,
              clientWidth: el.clientWidth,
              scrollWidth: el.scrollWidth,
              tabIndex: el.tabIndex,
              labelled: Boolean(el.getAttribute('aria-label') || el.getAttribute('aria-labelledby')),
            },
          };
        }),
      );
      const innerWidth = await e2e.page.evaluate(() => window.innerWidth);
      for (const t of tables) {
        if (!t.container) {
          // Not in a scroll container: then it must fit the viewport by itself.
          expect(t.right, `table ${t.table} overflows the viewport and has no horizontally scrolling container`).toBeLessThanOrEqual(innerWidth + 0.5);
          expect(t.left).toBeGreaterThanOrEqual(-0.5);
          continue;
        }
        const c = t.container;
        expect(c.left, `scroll container of ${t.table}`).toBeGreaterThanOrEqual(-0.5);
        expect(c.right, `scroll container of ${t.table}`).toBeLessThanOrEqual(innerWidth + 0.5);
        if (t.tableWidth > c.clientWidth + 1) {
          expect(c.scrollWidth, `${t.table} is wider than its container but the container does not scroll`).toBeGreaterThan(c.clientWidth);
          // A scrolling region must be reachable and named for keyboard and screen-reader users.
          expect(c.tabIndex, `scroll container of ${t.table} is not keyboard-focusable`).toBeGreaterThanOrEqual(0);
          expect(c.labelled, `scroll container of ${t.table} has no accessible name`).toBe(true);
        }
      }
    });
  });

  it('at 320px a wide table scrolls sideways inside its container while the page does not', async ({ skip }) => {
    const { page } = e2e;
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 320, height: 800 });
    const scrolled = await page.evaluate(() => {
      const wide = [...document.querySelectorAll('table')].find((t) => t.parentElement && t.getBoundingClientRect().width > t.parentElement.clientWidth + 1);
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
      await e2e.page.setViewportSize({ width: 1280, height: 800 });
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
      ['breadcrumbs', '.breadcrumbs, nav[aria-label="現在位置"], nav[aria-label="Breadcrumb" i], nav[aria-label*="breadcrumb" i], nav[aria-label="パンくずリスト"]'],
      ['language switch', LANGUAGE_LINKS],
      ['skip link', '.skip-link, body > a[href^="#"]'],
    ])('hides the %s', async (what, selector) => {
      const found = await e2e.page.evaluate((s) =>
        [...document.querySelectorAll(s)].map((el) => ({
          element: el.outerHTML.slice(0, 120),
          visible: el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }),
        })),
        selector,
      );
      expect(found.length, `no ${what} (${selector}) on the page`).toBeGreaterThan(0);
      expect(found.filter((f) => f.visible).map((f) => f.element), `${what} visible in print`).toEqual([]);
    });

    it('table rows avoid breaking across pages', async () => {
      const rows = await e2e.page.evaluate(() => [...document.querySelectorAll('tr')].map((tr) => ({ row: tr.textContent!.trim().slice(0, 40), breakInside: getComputedStyle(tr).breakInside })));
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.filter((r) => r.breakInside !== 'avoid')).toEqual([]);
    });

    it('does not scroll horizontally', async () => {
      expect(await e2e.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
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
