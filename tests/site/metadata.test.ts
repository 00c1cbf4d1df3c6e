/**
 * Metadata a search engine or a share needs: hreflang pairs with x-default, canonical URLs, Open Graph,
 * a sitemap that lists every page with its twin, and plan titles that name municipality, department and
 * year. The demo site (dist/) is checked page by page; the exact titles of real plans are checked on the
 * published-plans fixture (tests/fixtures/published), which does not change with content/.
 */
import { planPathIn } from '../../src/lib/content-tree/layout.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastChanged } from '../../src/lib/git/file-history.ts';
import { validateContent } from '../../src/lib/validate/validate-content.ts';
import { projectRoot } from '../helpers/pages.ts';
import { site } from '../helpers/sites.ts';

const dist = await site('demo');
const publishedDistDir = await site('published');

const SITE = 'https://plans.example.org';
const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('index.html') && /^(ja|en)[/\\]/.test(f))
  .map((f) => ({
    file: f,
    path: `/${relative(dist, join(dist, f))
      .split(sep)
      .join('/')
      .replace(/index\.html$/, '')}`,
  }));
const html = (file: string) => readFileSync(join(dist, file), 'utf8');
const attr = (page: string, selector: RegExp) => [...page.matchAll(selector)].map((m) => m[1]);

describe('every language page', () => {
  it('exists in both languages', () => {
    expect(pages.length).toBeGreaterThan(0);
    const [ja, en] = ['ja', 'en'].map((lang) =>
      pages
        .filter((p) => p.path.startsWith(`/${lang}/`))
        .map((p) => p.path.slice(3))
        .sort(),
    );
    expect(ja!.length).toBeGreaterThan(0);
    expect(en).toEqual(ja);
  });

  it.each(pages)('$path has hreflang pairs, x-default, canonical and Open Graph', ({ file, path }) => {
    const page = html(file);
    const twinPath = path.replace(/^\/(ja|en)\//, (_, l: string) => `/${l === 'ja' ? 'en' : 'ja'}/`);
    const jaPath = path.replace(/^\/en\//, '/ja/');
    expect(attr(page, /<link rel="canonical" href="([^"]+)"/g)).toEqual([`${SITE}${path}`]);
    const alternates = Object.fromEntries(
      [...page.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]),
    );
    expect(alternates).toEqual({
      ja: `${SITE}${path.startsWith('/ja/') ? path : twinPath}`,
      en: `${SITE}${path.startsWith('/en/') ? path : twinPath}`,
      'x-default': `${SITE}${jaPath}`,
    });
    expect(attr(page, /<meta property="og:url" content="([^"]+)"/g)).toEqual([`${SITE}${path}`]);
    expect(attr(page, /<meta property="og:title" content="([^"]+)"/g)).toHaveLength(1);
    expect(attr(page, /<meta property="og:locale" content="([^"]+)"/g)).toEqual([path.startsWith('/ja/') ? 'ja_JP' : 'en_US']);
  });
});

describe('sitemap', () => {
  const xml = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
  const entries = [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)].map((m) => ({
    loc: m[1],
    alternates: [...m[2].matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((a) => `${a[1]} ${a[2]}`),
  }));

  it('lists the root and every language page once, the language pages with both languages as alternates', () => {
    expect(entries.map((e) => e.loc).sort()).toEqual([`${SITE}/`, ...pages.map((p) => `${SITE}${p.path}`)].sort());
    // The root only offers the two languages: it is no language's version of a page.
    expect(entries.find((e) => e.loc === `${SITE}/`)!.alternates).toEqual([]);
    for (const { loc, alternates } of entries.filter((e) => e.loc !== `${SITE}/`)) {
      const path = new URL(loc).pathname.replace(/^\/(ja|en)\//, '/');
      expect(alternates.sort(), loc).toEqual([`en ${SITE}/en${path}`, `ja ${SITE}/ja${path}`]);
    }
  });
});

describe('plan page titles', () => {
  it.each([
    ['ja/mitaka/soumu/2017/index.html', '三鷹市 総務部 平成29年度（2017年度）「運営方針と目標」'],
    ['en/mitaka/soumu/2017/index.html', 'Mitaka City General Affairs Department FY2017'],
    ['ja/shiogama/shimin-soumu/2017/index.html', '塩竈市 市民総務部 平成29年度（2017年度）'],
    ['ja/nakano/soumu/2021/index.html', '中野区 総務部 令和3年度（2021年度）'],
  ])('%s of the published plans names municipality, department and year', (file, expected) => {
    expect(attr(readFileSync(join(publishedDistDir, file), 'utf8'), /<title>([^<]+)<\/title>/g)[0]).toContain(expected);
  });

  it('name the municipality and the year on every plan page of the demo site', async () => {
    const { content } = await validateContent(projectRoot);
    expect(content?.plans.length).toBeGreaterThan(0);
    for (const { plan } of content!.plans) {
      const municipality = content!.municipalities.find((m) => m.id === plan.municipality)!;
      for (const lang of ['ja', 'en'] as const) {
        const file = `${lang}/${plan.municipality}/${plan.department}/${plan.fiscalYear}/index.html`;
        const title = attr(html(file), /<title>([^<]+)<\/title>/g)[0];
        expect(title, file).toContain(lang === 'ja' ? municipality.name.ja : (municipality.name.en ?? municipality.name.ja));
        expect(title, file).toContain(lang === 'ja' ? `（${plan.fiscalYear}年度）` : `FY${plan.fiscalYear}`);
      }
    }
  });
});

describe('provenance on every plan page', () => {
  const planPages = pages.filter((p) => /^\/(ja|en)\/[^/]+\/[^/]+\/\d{4}\/$/.test(p.path));
  it.each(planPages)('$path names its source, completeness and the date its file last changed', ({ file, path }) => {
    const page = html(file);
    const ja = path.startsWith('/ja/');
    expect(page).toContain(ja ? '<h2 id="source-heading">出典</h2>' : '<h2 id="source-heading">Source</h2>');
    expect(page).toMatch(/class="completeness-(full|excerpt)"/);
    // The date of the file's last commit; a plan file not committed yet has none to show.
    // The plan's file in the form it is written in: <year>.yaml or <year>.md.
    const [municipality, department, year] = path.slice(4, -1).split('/') as [string, string, string];
    const content = join(projectRoot, 'content');
    const changed = lastChanged(`content/${planPathIn(content, municipality, department, Number(year))}`, content);
    const label = `${ja ? 'ファイルの最終更新' : 'File last changed'}</dt><dd><time datetime=`;
    if (changed) expect(page).toContain(`${label}"${changed}"`);
    else expect(page).not.toContain(label);
  });
});
