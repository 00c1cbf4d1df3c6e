/**
 * Bodies and their units as they are: a designated city's wards are units of the city (kind: ward),
 * with their own divisions nested under them, and a unit without a plan of its own is only the group
 * of the units it contains. Built from the fictional designated city of tests/fixtures/wards/ (架空市:
 * 架空北区 with its own plan and a division, 架空南区 with only a division, 架空政策局 with only a
 * division), and, for the rule that no page shows an empty table, from every site the tests build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allSites, site } from '../helpers/sites.ts';
import { readSite } from '../helpers/links.ts';
import { pageText } from './page-text.ts';

const dir = await site('wards');
const html = (path: string) => readFileSync(join(dir, path, 'index.html'), 'utf8');
const text = (path: string) => pageText(html(path)).replace(/\s+/g, ' ');

/** The HTML from the start tag that contains `marker` to the end of its element (elements of one name do not nest here). */
function element(page: string, name: string, marker: string): string {
  const at = page.indexOf(marker);
  expect(at, `${marker} on the page`).toBeGreaterThan(-1);
  const start = page.lastIndexOf(`<${name}`, at);
  const end = page.indexOf(`</${name}>`, at);
  return page.slice(start, end + name.length + 3);
}

/** The tables of a page that have no row outside their header and footer. */
function emptyTables(page: string): string[] {
  return [...page.matchAll(/<table\b[\s\S]*?<\/table>/g)]
    .map((m) => m[0])
    .filter((table) => !/<tr\b/.test(table.replace(/<thead\b[\s\S]*?<\/thead>|<tfoot\b[\s\S]*?<\/tfoot>/g, '')))
    .map((table) => /<caption[^>]*>([\s\S]*?)<\/caption>/.exec(table)?.[1]?.replace(/<[^>]+>/g, '') ?? table.slice(0, 80));
}

describe("a designated city's page", () => {
  const city = html('ja/kakuu-shi');

  it("links each ward's plans and the plans of the units inside it", () => {
    for (const plan of ['kita-ku/2024', 'kita-chiiki/2024', 'minami-kusei/2023', 'minami-kusei/2024', 'kikaku-ka/2024'])
      expect(city).toContain(`href="/ja/kakuu-shi/${plan}/"`);
  });

  it('shows each ward as a group under its own heading, with its units inside it', () => {
    const kita = element(city, 'section', 'href="/ja/kakuu-shi/kita-ku/"');
    expect(kita).toMatch(/<h3[^>]*>\s*<a href="\/ja\/kakuu-shi\/kita-ku\/"/);
    expect(kita).toContain('href="/ja/kakuu-shi/kita-chiiki/2024/"');
    expect(kita).not.toContain('minami');
    const minami = element(city, 'section', 'href="/ja/kakuu-shi/minami-ku/"');
    expect(minami).toContain('href="/ja/kakuu-shi/minami-kusei/2024/"');
    expect(minami).not.toContain('kita');
  });

  it('gives a ward with a plan of its own a row, and a unit without one only a heading', () => {
    const rowOf = (unit: string) => new RegExp(`<th scope="row">\\s*<a href="/ja/kakuu-shi/${unit}/"`);
    expect(city).toMatch(rowOf('kita-ku'));
    expect(city).toMatch(rowOf('kita-chiiki'));
    expect(city).not.toMatch(rowOf('minami-ku'));
    expect(city).not.toMatch(rowOf('kikaku-kyoku'));
    expect(city).toMatch(/<h3[^>]*>\s*<a href="\/ja\/kakuu-shi\/kikaku-kyoku\/"/);
  });

  it('counts the units kind by kind, outermost first, and never a unit with no plan as 0件', () => {
    expect(text('ja/kakuu-shi')).toContain('1局・2区・3課・5件の計画');
    expect(text('en/kakuu-shi')).toContain('1 bureau, 2 wards, 3 divisions, 5 plans');
    expect(text('ja/kakuu-shi')).not.toMatch(/(^|[^\d])0件/);
  });
});

describe('the home page', () => {
  const home = html('ja');

  it('nests the wards and their units under their city, in one card', () => {
    expect(home.match(/class="card"/g)).toHaveLength(1);
    const ward = element(home, 'li', 'href="/ja/kakuu-shi/minami-ku/"');
    expect(ward).toMatch(/<ul>\s*<li>\s*<a href="\/ja\/kakuu-shi\/minami-kusei\/"/);
    expect(home).toContain('href="/ja/kakuu-shi/kita-ku/2024/"');
    expect(text('ja')).toContain('政令指定都市・1局・2区・3課');
  });
});

describe('the page of a unit that contains others', () => {
  it('has no table of plans when it has none of its own, only its units', () => {
    const bureau = html('ja/kakuu-shi/kikaku-kyoku');
    expect(bureau).not.toContain('<table');
    expect(bureau).toContain('href="/ja/kakuu-shi/kikaku-ka/2024/"');
  });

  it("lists a ward's own plans, then the units inside it", () => {
    const ward = html('ja/kakuu-shi/kita-ku');
    expect(ward).toContain('href="/ja/kakuu-shi/kita-ku/2024/"');
    expect(ward.indexOf('<table')).toBeLessThan(ward.indexOf('href="/ja/kakuu-shi/kita-chiiki/"'));
    expect(text('ja/kakuu-shi/kita-ku')).toContain('この区に属する組織');
  });

  it('breadcrumbs run from the city through the ward to the division', () => {
    const crumbs = element(html('ja/kakuu-shi/kita-chiiki/2024'), 'nav', 'href="/ja/kakuu-shi/"');
    expect(crumbs.indexOf('/ja/kakuu-shi/"')).toBeLessThan(crumbs.indexOf('/ja/kakuu-shi/kita-ku/"'));
  });
});

describe('several heads of one unit', () => {
  it('are all in the organisation table, in the order printed', () => {
    const cell = pageText(element(html('ja/kakuu-shi/kita-chiiki/2024'), 'tr', '所長'));
    expect(cell).toContain('地域振興課');
    expect(cell.indexOf('架空 二郎')).toBeLessThan(cell.indexOf('局長'));
    expect(cell.indexOf('局長')).toBeLessThan(cell.indexOf('架空 三郎'));
  });
});

describe('no empty table', () => {
  it('finds a table without body rows', () => {
    expect(emptyTables('<table><caption>空</caption><thead><tr><th>a</th></tr></thead><tbody></tbody></table>')).toEqual(['空']);
    expect(emptyTables('<table><caption>表</caption><tbody><tr><td>1</td></tr></tbody></table>')).toEqual([]);
  });
});

// Built before the tests run (as ui-language.test.ts does), so no test waits for the builds.
describe.each(await allSites())('every page of the $name site', ({ dir: siteDir }) => {
  it('has no table without body rows', () => {
    const found = readSite(siteDir).flatMap((page) => emptyTables(page.html).map((caption) => `${page.path}: ${caption}`));
    expect(found).toEqual([]);
  });
});
