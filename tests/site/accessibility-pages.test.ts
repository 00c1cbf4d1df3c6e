/**
 * The accessibility policy (/ja/accessibility/), its test results (/ja/accessibility/results/) and the
 * site policy (/ja/policy/), in both languages: on the demo site (dist/), linked from every page's
 * footer and listed in the sitemap; on the site of tests/fixtures/base built without a results file
 * (the results page says so) and with the generated results of tests/fixtures/a11y-results (the page
 * shows all 50 criteria, the run's rules and outcomes, manual criteria as such, and the violation).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CRITERIA } from '../../src/lib/a11y/criteria.ts';
import { ResultsSchema, summarise } from '../../src/lib/a11y/results.ts';
import { listPageFiles, projectRoot } from '../helpers/pages.ts';
import { LANGS } from '../../src/i18n/index.ts';
import { ja } from '../../src/i18n/ja.ts';
import { en } from '../../src/i18n/en.ts';
import { NO_A11Y_RESULTS, site } from '../helpers/sites.ts';

const distDir = await site('demo');

const words = { ja, en };
const FIXTURE = join(projectRoot, 'tests/fixtures/a11y-results/results.json');
/** The text of some HTML: inline tags (a span marking Japanese, a link) join their text, others separate it. */
const text = (html: string) =>
  html
    .replace(/<\/?(?:span|a|small|code|strong|em)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');
// Without the attributes Astro adds for the page's scoped styles, so the patterns below read the markup as written.
const main = (html: string) => /<main[^>]*>([\s\S]*)<\/main>/.exec(html)![1]!.replace(/ data-astro-cid-\w+/g, '');
const read = (dir: string, path: string) => readFileSync(join(dir, path, 'index.html'), 'utf8');

describe('the demo site', () => {
  it.each(LANGS)('has the three pages in %s, linked from the footer of every page', (lang) => {
    for (const path of ['accessibility/', 'accessibility/results/', 'policy/'])
      expect(read(distDir, `${lang}/${path}`)).toContain(`<html lang="${lang}"`);
    const missing = listPageFiles(distDir)
      .map((p) => ({ path: p.path, footer: /<footer[\s\S]*<\/footer>/.exec(readFileSync(p.file, 'utf8'))?.[0] ?? '' }))
      .filter(
        ({ path, footer }) =>
          (path.startsWith(`/${lang}/`) || (lang === 'ja' && !/^\/(ja|en)\//.test(path))) &&
          !['accessibility/', 'accessibility/results/', 'policy/'].every((p) => footer.includes(`href="/${lang}/${p}"`)),
      )
      .map((p) => p.path);
    expect(missing).toEqual([]);
  });

  it('lists the pages in the sitemap', () => {
    const xml = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
    for (const lang of LANGS)
      for (const path of ['accessibility/', 'accessibility/results/', 'policy/'])
        expect(xml).toContain(`<loc>https://plans.example.org/${lang}/${path}</loc>`);
  });

  it.each(LANGS)('the policy (%s) has the sections of the guideline, targets AA and claims only 配慮', (lang) => {
    const page = text(main(read(distDir, `${lang}/accessibility/`)));
    const w = words[lang];
    for (const key of [
      'a11y.policy.heading',
      'a11y.scope.heading',
      'a11y.target.heading',
      'a11y.current.heading',
      'a11y.period.heading',
      'a11y.exceptions.heading',
      'a11y.results.heading',
      'a11y.contact.heading',
    ] as const) {
      expect(page).toContain(w[key]);
    }
    expect(page).toContain('JIS X 8341-3:2016');
    expect(page).toContain(w['a11y.target.text'].replace('{level}', 'AA'));
    expect(page).toContain(w['a11y.current.text'].replace('{level}', 'AA'));
    expect(page).toContain('https://plans.example.org/');
    expect(page).toContain(w['a11y.period.default']);
    // The demo site names no contact and no publisher.
    expect(page).toContain(w['a11y.contact.none']);
  });

  it.each(LANGS)('the site policy (%s) states the licence of the options, that nothing is collected, and a disclaimer', (lang) => {
    const page = main(read(distDir, `${lang}/policy/`));
    // The demo site keeps the default licence, PDL 1.0.
    expect(page).toContain('href="https://www.digital.go.jp/resources/open_data/public_data_license_v1.0"');
    expect(text(page)).toContain(lang === 'ja' ? '公共データ利用規約（第1.0版）' : 'Public Data License (Version 1.0)');
    for (const key of ['policy.privacy.collect', 'policy.privacy.search', 'policy.disclaimer.copy', 'policy.disclaimer.liability'] as const)
      expect(text(page)).toContain(words[lang][key]);
  });
});

describe('the base fixture built without and with a results file', () => {
  let without: string;
  let withResults: string;
  const results = ResultsSchema.parse(JSON.parse(readFileSync(FIXTURE, 'utf8')));

  beforeAll(async () => {
    // Fixture sites are built without a results file unless told (tests/helpers/sites.ts).
    without = await site('base', { env: { PLANS_A11Y_RESULTS: NO_A11Y_RESULTS } });
    withResults = await site('base', { env: { PLANS_A11Y_RESULTS: FIXTURE } });
  });

  it.each(LANGS)('without results, the results page (%s) says this build has none, and shows no criterion', (lang) => {
    const page = main(read(without, `${lang}/accessibility/results/`));
    expect(text(page)).toContain(words[lang]['a11yResults.none']);
    expect(page).not.toContain('data-criterion');
    expect(text(main(read(without, `${lang}/accessibility/`)))).toContain(words[lang]['a11yResults.none']);
  });

  it.each(LANGS)('with the fixture, the results page (%s) lists all 50 criteria in order with their level and names', (lang) => {
    const page = main(read(withResults, `${lang}/accessibility/results/`));
    const rows = [...page.matchAll(/<tr data-criterion="([^"]+)">([\s\S]*?)<\/tr>/g)].map((m) => ({ id: m[1]!, cells: text(m[2]!) }));
    expect(rows.map((r) => r.id)).toEqual(CRITERIA.map((c) => c.id));
    for (const [i, c] of CRITERIA.entries()) {
      expect(rows[i]!.cells).toContain(c.name[lang]);
      expect(rows[i]!.cells).toContain(` ${c.level} `);
    }
  });

  it.each(LANGS)('with the fixture, each criterion (%s) shows its rules and outcome, or a manual check — never a pass', (lang) => {
    const w = words[lang];
    const page = main(read(withResults, `${lang}/accessibility/results/`));
    const rows = new Map([...page.matchAll(/<tr data-criterion="([^"]+)">([\s\S]*?)<\/tr>/g)].map((m) => [m[1]!, text(m[2]!)]));
    const passed = w['a11yResults.result.passed'].split('{')[0]!;
    for (const s of summarise(results)) {
      const row = rows.get(s.criterion.id)!;
      if (!s.rules.length) {
        expect(row, s.criterion.id).toContain(w['a11yResults.manual']);
        expect(row, s.criterion.id).not.toContain(passed);
      } else {
        for (const rule of s.rules) expect(row, s.criterion.id).toContain(rule);
        expect(row, s.criterion.id).toContain(w['a11yResults.result.tested'].replace('{pages}', String(results.pages.length)));
        expect(row.includes(passed), s.criterion.id).toBe(s.pagesPassed > 0);
      }
    }
    // The fixture's one violation: an image without alt on /ja/, under 1.1.1.
    expect(rows.get('1.1.1')).toContain(w['a11yResults.result.violated'].replace('{violations}', '1').replace('{pages}', '1'));
  });

  it.each(LANGS)('with the fixture, the results page (%s) states date, tools, page count and every violation', (lang) => {
    const page = main(read(withResults, `${lang}/accessibility/results/`));
    expect(page).toContain(`<time datetime="${results.date}">`);
    expect(text(page)).toContain(`axe-core ${results.tools.axeCore}`);
    expect(text(page)).toContain(results.tools.browser);
    expect(text(page)).toContain(words[lang]['a11yResults.scopeText'].replace('{pages}', String(results.pages.length)));
    const list = /<table id="violation-list">([\s\S]*?)<\/table>/.exec(page)![1]!;
    const violations = results.pages.flatMap((p) => p.violations.map((v) => ({ path: p.path, rule: v.rule })));
    expect(violations.length).toBeGreaterThan(0);
    expect(
      [...list.matchAll(/<th scope="row"><code>([^<]+)<\/code><\/th>\s*<td><code>([^<]+)<\/code>/g)].map((m) => ({
        path: m[1],
        rule: m[2],
      })),
    ).toEqual(violations);
    const pageRows = /<table id="page-list">([\s\S]*?)<\/table>/.exec(page)![1]!.match(/<th scope="row">/g) ?? [];
    expect(pageRows).toHaveLength(results.pages.length);
  });
});
