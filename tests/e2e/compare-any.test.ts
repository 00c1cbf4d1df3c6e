/**
 * The 新旧対照表 of any two years (compare/any/): the browser assembles it from the two plans'
 * published JSON with the same code as the static pair pages, so for a pair that also has a static
 * page the two tables are identical; without JavaScript the page lists the static pairs instead.
 * Tottori's 企画部 has five years (2013, 2014, 2015, 2019, 2020): 2013–2019 has no static page.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from '../helpers/e2e.ts';
import { site } from '../helpers/sites.ts';

const distDir = await site('demo');

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E({ viewport: { width: 375, height: 800 } }, distDir);
}, 60_000);
afterAll(async () => e2e?.close());

const unit = '/tottori-pref/kikaku/compare';
const tableHtml = () => e2e.page.locator('.taishou').evaluate((el) => el.outerHTML);

describe.each(['ja', 'en'])('%s', (lang) => {
  it('assembles a pair that has no static page, and says so in its status', async () => {
    expect(existsSync(join(distDir, lang, unit, '2013-2019'))).toBe(false);
    await e2e.page.goto(e2e.url(`/${lang}${unit}/any/?old=2013&new=2019`), { waitUntil: 'load' });
    await e2e.page.locator('#taishou-changed').waitFor();
    expect(await e2e.page.locator('.pair-status').textContent()).toMatch(lang === 'ja' ? /表示しました/ : /^Showing/);
    expect(await e2e.page.locator('#pair-old').inputValue()).toBe('2013');
    expect(await e2e.page.locator('#pair-new').inputValue()).toBe('2019');
    expect(await e2e.page.locator('#taishou-changed tbody').count()).toBeGreaterThan(0);
    // Both years are excerpts, and the years between them without a plan are named (2014 and 2015 have one).
    const coverage = await e2e.page.locator('.pair-output .coverage').textContent();
    expect(coverage).toContain(
      lang === 'ja' ? '平成25年度（2013年度）の計画は出典の抜粋です。' : 'The FY2013 plan is an excerpt of its source.',
    );
    expect(coverage).toContain(
      lang === 'ja' ? '平成28年度（2016年度）〜平成30年度（2018年度）の計画はありません' : 'There is no plan for FY2016–FY2018',
    );
  });

  it('gives, for a static pair, the same table as the static page', async () => {
    await e2e.page.goto(e2e.url(`/${lang}${unit}/2015-2019/`), { waitUntil: 'load' });
    const built = await tableHtml();
    await e2e.page.goto(e2e.url(`/${lang}${unit}/any/?old=2015&new=2019`), { waitUntil: 'load' });
    await e2e.page.locator('.pair-output .taishou').waitFor();
    expect(await tableHtml()).toBe(built);
  });

  it('refuses a pair of the same year in words', async () => {
    await e2e.page.goto(e2e.url(`/${lang}${unit}/any/?old=2014&new=2014`), { waitUntil: 'load' });
    await expect
      .poll(() => e2e.page.locator('.pair-status').textContent())
      .toMatch(lang === 'ja' ? /異なる2つの年度/ : /two different years/);
    expect(await e2e.page.locator('.pair-output').innerHTML()).toBe('');
  });

  it('lists the static pairs to a reader without JavaScript, and fetches no plan until a pair is asked for', async () => {
    const context = await e2e.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(e2e.url(`/${lang}${unit}/any/?old=2013&new=2019`));
    const links = await page.locator('noscript a, ul a[href*="/compare/20"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toContain(`/${lang}${unit}/2019-2020/`);
    await context.close();
    const requests: string[] = [];
    e2e.page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await e2e.page.goto(e2e.url(`/${lang}${unit}/any/`), { waitUntil: 'load' });
    expect(requests.filter((path) => path.endsWith('.json'))).toEqual([]);
    e2e.page.removeAllListeners('request');
  });

  it('asks for the two plans while the page is read, without waiting for its script (allowed by the CSP)', async () => {
    // The page's scripts come 1 s late: a prefetch asks for the plans before they are there, the script itself only after.
    await e2e.page.route('**/_astro/*.js', async (route) => {
      await new Promise((done) => setTimeout(done, 1000));
      await route.continue();
    });
    const violations: string[] = [];
    e2e.page.on('console', (m) => /Content Security Policy/i.test(m.text()) && violations.push(m.text()));
    try {
      await e2e.page.goto(e2e.url(`/${lang}${unit}/any/?old=2013&new=2019`), { waitUntil: 'load' });
      await e2e.page.locator('#taishou-changed').waitFor();
    } finally {
      await e2e.page.unrouteAll();
      e2e.page.removeAllListeners('console');
    }
    expect(violations).toEqual([]);
    const timing = await e2e.page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => ({
        path: new URL(r.name).pathname,
        start: r.startTime,
        end: r.responseEnd,
      })),
    );
    const json = timing.filter((r) => r.path.endsWith('.json'));
    expect(json.map((r) => r.path).sort()).toEqual(['/data/tottori-pref/kikaku/2013.json', '/data/tottori-pref/kikaku/2019.json']);
    const scriptsDone = Math.min(...timing.filter((r) => r.path.startsWith('/_astro/') && r.path.endsWith('.js')).map((r) => r.end));
    for (const r of json) expect(r.start, r.path).toBeLessThan(scriptsDone);
  });
});

it('links every pair of years from the comparison page: static pages where they exist, the assembled page otherwise', async () => {
  await e2e.page.goto(e2e.url(`/ja${unit}/`), { waitUntil: 'load' });
  const hrefs = await e2e.page.locator('nav.toc a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  const years = [2013, 2014, 2015, 2019, 2020];
  for (const [i, older] of years.entries()) {
    for (const newer of years.slice(i + 1)) {
      const pair = hrefs.find((h) => h.endsWith(`/${older}-${newer}/`) || h.endsWith(`any/?old=${older}&new=${newer}`));
      expect(pair, `${older}-${newer}`).toBeDefined();
      if (pair!.includes('any/')) expect(existsSync(join(distDir, `ja${unit}`, `${older}-${newer}`))).toBe(false);
      else expect(existsSync(join(distDir, `ja${unit}`, `${older}-${newer}`, 'index.html'))).toBe(true);
    }
  }
});
