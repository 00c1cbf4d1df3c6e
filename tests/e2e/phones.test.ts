/**
 * Phones (issue 23), on the demo site at 375 × 800 px: a header of two rows (the site's name, then the
 * search box and the language links); form controls at least 44 px tall with their labels above; the
 * 新旧対照表 stacked new over old, each half labelled, side by side again on a wide screen; a stacked
 * table still a table (rows, headers, cells) in Chromium's accessibility tree; search
 * results that arrive without shifting the layout (cumulative layout shift, CLS, from Chromium's
 * layout-shift entries); axe-core (WCAG 2.2 A/AA, target size included) on the pages as a phone shows
 * them. Screenshots at 375 px go to test-results/screenshots/phones/. Every page of every fixture site
 * is checked for tables of three columns or fewer that scroll sideways at 375 px by layout.test.ts
 * (tests/helpers/phone-layout.ts).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { AxeResults } from 'axe-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from '../helpers/e2e.ts';
import { listPages, PLAN_PAGE, projectRoot, twinPath } from '../helpers/pages.ts';
import { site } from '../helpers/sites.ts';
import { t } from '../../src/i18n/index.ts';

const distDir = await site('demo');
const pages = listPages(distDir);
const WIDTH = 375;
const HEIGHT = 800;
/** WCAG 2.5.5 (AAA) target size, which the controls meet. */
const TARGET = 44;
const screenshots = join(projectRoot, 'test-results', 'screenshots', 'phones');

const nakanoPlan = pages.find((p) => PLAN_PAGE.test(p) && p.startsWith('/ja/nakano/'));
const mitakaCompare = '/ja/mitaka/soumu/compare/';
const taishou = pages.find((p) => /^\/ja\/mitaka\/soumu\/compare\/\d{4}-\d{4}\/$/.test(p));
const anyPair = '/ja/mitaka/soumu/compare/any/';
const search = '/ja/search/';

let e2e: E2E;
beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  e2e = await startE2E({ viewport: { width: WIDTH, height: HEIGHT } }, distDir);
});
afterAll(async () => e2e?.close());

const open = async (path: string, width = WIDTH) => {
  await e2e.page.setViewportSize({ width, height: HEIGHT });
  await e2e.page.goto(e2e.url(path), { waitUntil: 'load' });
};
/** Width and height of each element matching `selector`, named by its id, name or tag. */
const sizes = (selector: string) =>
  e2e.page.$$eval(selector, (els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { name: el.id || el.getAttribute('name') || el.tagName.toLowerCase(), width: r.width, height: r.height };
    }),
  );

it('has the pages it checks', () => {
  expect(nakanoPlan).toBeDefined();
  expect(taishou).toBeDefined();
  expect(pages).toEqual(expect.arrayContaining([mitakaCompare, anyPair, search, twinPath(nakanoPlan!)]));
});

describe(`at ${WIDTH} px`, () => {
  it.each([
    ['nakano-plan-ja', () => nakanoPlan!],
    ['nakano-plan-en', () => twinPath(nakanoPlan!)!],
    ['mitaka-soumu-compare-ja', () => mitakaCompare],
    ['taishou-ja', () => taishou!],
  ])('takes a full-page screenshot of %s', async (name, path) => {
    await open(path());
    await e2e.page.screenshot({ path: join(screenshots, `${name}-${WIDTH}.png`), fullPage: true });
  });

  it.each(['ja', 'en'])('the header (%s) is one row of controls under the site name', async (lang) => {
    await open(lang === 'ja' ? nakanoPlan! : twinPath(nakanoPlan!)!);
    const m = await e2e.page.evaluate(() => ({
      header: document.querySelector('.site-header')!.getBoundingClientRect().height,
      name: document.querySelector('.site-name')!.getBoundingClientRect().height,
    }));
    // The name's lines, one 44 px row of search box and language links, 0.5 rem above and below (it was 145 px in ja).
    expect(m.header).toBeLessThanOrEqual(m.name + 44 + 16 + 2);
    if (lang === 'ja') expect(m.header).toBeLessThanOrEqual(100);
  });

  it.each([
    ['the plan page header', () => nakanoPlan!, '.header-search input, .header-search button'],
    ['the search page', () => search, '.search-form input, .search-form button, .search-form select'],
    ['the any-pair page', () => anyPair, '.pair-form select, .pair-form button'],
  ])('form controls of %s are at least 44 px tall, their labels above them', async (_, path, selector) => {
    await open(path());
    const found = await sizes(selector);
    expect(found.length).toBeGreaterThanOrEqual(2);
    expect(found.filter((c) => c.height < TARGET - 0.5 || c.width < TARGET - 0.5)).toEqual([]);
    const beside = await e2e.page.$$eval(selector, (els) =>
      els.flatMap((el) => {
        const label = (el as HTMLInputElement).labels?.[0];
        if (!label || label.classList.contains('visually-hidden')) return [];
        const [l, c] = [label.getBoundingClientRect(), el.getBoundingClientRect()];
        // The label's text, not the label element: a label may wrap its control.
        const range = document.createRange();
        range.selectNodeContents(label.firstChild!);
        return range.getBoundingClientRect().bottom <= c.top + 1 && l.left <= c.left + 1 ? [] : [el.id || el.getAttribute('name')];
      }),
    );
    expect(beside, 'controls whose label is not above them').toEqual([]);
  });

  it('a stacked table is still a table to screen readers: rows, headers and cells in Chromium’s accessibility tree', async () => {
    await open(nakanoPlan!);
    const dom = await e2e.page.$eval('#divisions-table', (table) => ({
      display: getComputedStyle(table).display,
      rows: table.querySelectorAll('tr').length,
      headers: table.querySelectorAll('th').length,
      cells: table.querySelectorAll('td').length,
    }));
    expect(dom.display, 'the table is stacked').toBe('block');
    const cdp = await e2e.context.newCDPSession(e2e.page);
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '#divisions-table' });
    const [table] = (await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false })).nodes;
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const roles: string[] = [];
    const walk = (id: string) => {
      const node = byId.get(id)!;
      roles.push(String(node.role?.value));
      for (const child of node.childIds ?? []) walk(child);
    };
    walk(table!.nodeId);
    await cdp.detach();
    const count = (role: string) => roles.filter((r) => r === role).length;
    expect(roles[0]).toBe('table');
    expect(count('row')).toBe(dom.rows);
    expect(count('columnheader') + count('rowheader')).toBe(dom.headers);
    expect(count('cell')).toBe(dom.cells);
  });

  it('the 新旧対照表 stacks new over old, each half labelled 新 and 旧, within the screen', async () => {
    await open(taishou!);
    const rows = await e2e.page.$$eval('#taishou-changed tbody', (bodies) =>
      bodies.flatMap((body) => {
        const [n, o] = [body.querySelector<HTMLElement>('td.new'), body.querySelector<HTMLElement>('td.old')];
        if (!n || !o) return [];
        const [a, b] = [n.getBoundingClientRect(), o.getBoundingClientRect()];
        const shown = (el: HTMLElement) => getComputedStyle(el, '::before').display !== 'none' && el.dataset.label;
        return [{ newLabel: shown(n), oldLabel: shown(o), stacked: b.top >= a.bottom - 1, inside: a.left >= 0 && b.right <= innerWidth }];
      }),
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => !r.stacked || !r.inside)).toEqual([]);
    expect(new Set(rows.map((r) => `${r.newLabel} ${r.oldLabel}`))).toEqual(
      new Set([`${t('ja', 'taishou.newSide')} ${t('ja', 'taishou.oldSide')}`]),
    );
    // Swapped, 旧 comes first.
    await e2e.page.locator('#swap').check();
    const swapped = await e2e.page.$eval('#taishou-changed td.old', (o) => {
      const n = o.parentElement!.querySelector('td.new')!;
      return o.getBoundingClientRect().bottom <= n.getBoundingClientRect().top + 1;
    });
    expect(swapped).toBe(true);
  });

  it('the 新旧対照表 is side by side again at 1280 px', async () => {
    await open(taishou!, 1280);
    const side = await e2e.page.$eval('#taishou-changed td.new', (n) => {
      const o = n.parentElement!.querySelector('td.old')!;
      return Math.abs(n.getBoundingClientRect().top - o.getBoundingClientRect().top) < 1;
    });
    expect(side).toBe(true);
  });

  it.each([
    ['arriving with a query', `${search}?q=${encodeURIComponent('防災')}`, undefined, [WIDTH, 1280]],
    ['typing a query', search, '防災', [WIDTH]],
  ])('search results arrive without shifting the layout (CLS < 0.1), %s', async (_, path, typed, widths) => {
    for (const width of widths) {
      await open(path, width);
      if (typed) await e2e.page.fill('#search-q', typed);
      await e2e.page.locator('#search-results li').first().waitFor();
      // The rest of the results (they come in two batches), then the layout's last shifts.
      await e2e.page.waitForTimeout(500);
      const cls = await e2e.page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let sum = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
                if (!entry.hadRecentInput) sum += entry.value;
            }).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve(sum), 100);
          }),
      );
      expect(cls, `CLS at ${width} px`).toBeLessThan(0.1);
    }
  });

  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  it.each([() => nakanoPlan!, () => mitakaCompare, () => taishou!])(
    'axe-core finds nothing against WCAG 2.2 A/AA on a page as a phone shows it (%#)',
    async (path) => {
      await open(path());
      await e2e.page.evaluate(axeSource);
      const { violations } = await e2e.page.evaluate(() =>
        (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
          resultTypes: ['violations'],
        }),
      );
      expect(violations.map((v) => `${path()}: [${v.id}] ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    },
  );

  it('made no requests to other hosts', () => {
    expect(e2e.blocked).toEqual([]);
    expect(e2e.failed).toEqual([]);
  });
});
