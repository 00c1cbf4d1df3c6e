/**
 * src/lib/view/urls.ts: every URL the site builds, at the root and under a base path. The builders
 * read Vite's import.meta.env.BASE_URL when called, so each case stubs it the way `astro build`
 * sets it from `base` (BASE_PATH).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  absoluteUrl,
  accessibilityHref,
  accessibilityPath,
  accessibilityResultsHref,
  accessibilityResultsPath,
  compareHref,
  comparePairHref,
  comparePairPath,
  comparePath,
  dataFileLabel,
  dataPageHref,
  dataPagePath,
  departmentHref,
  departmentPath,
  faviconHref,
  feedHref,
  feedPath,
  homeHref,
  homePath,
  href,
  localizedHref,
  municipalityHref,
  municipalityPath,
  pagefindBase,
  pagefindModule,
  pairSlug,
  planHref,
  planPath,
  searchHref,
  searchPath,
  sitemapHref,
  sitePolicyHref,
  sitePolicyPath,
  translationsHref,
  translationsPath,
  withBase,
} from '../../src/lib/view/urls.ts';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('withBase', () => {
  it('joins a base and a path with exactly one slash', () => {
    expect(withBase('/', 'ja/')).toBe('/ja/');
    expect(withBase('/', '/ja/')).toBe('/ja/');
    expect(withBase('/plans', 'ja/')).toBe('/plans/ja/');
    expect(withBase('/plans/', '/ja/')).toBe('/plans/ja/');
    expect(withBase('/plans/', '')).toBe('/plans/');
  });
});

describe('page paths (after the language prefix)', () => {
  it('name each kind of page', () => {
    expect(homePath()).toBe('');
    expect(municipalityPath('mitaka')).toBe('mitaka/');
    expect(departmentPath('mitaka', 'soumu')).toBe('mitaka/soumu/');
    expect(planPath('mitaka', 'soumu', 2017)).toBe('mitaka/soumu/2017/');
    expect(comparePath('mitaka', 'soumu')).toBe('mitaka/soumu/compare/');
    expect(comparePairPath('mitaka', 'soumu', 2017, 2025)).toBe('mitaka/soumu/compare/2017-2025/');
    expect(searchPath()).toBe('search/');
    expect(dataPagePath()).toBe('data/');
    expect(translationsPath()).toBe('translations/');
    expect(accessibilityPath()).toBe('accessibility/');
    expect(accessibilityResultsPath()).toBe('accessibility/results/');
    expect(sitePolicyPath()).toBe('policy/');
  });

  it('put the older year first in a 新旧対照表 slug', () => {
    expect(pairSlug(2017, 2025)).toBe('2017-2025');
  });

  it('do not depend on the base path', () => {
    vi.stubEnv('BASE_URL', '/plans/');
    expect(planPath('mitaka', 'soumu', 2017)).toBe('mitaka/soumu/2017/');
    expect(feedPath('en')).toBe('en/feed.xml');
  });
});

describe.each([
  { base: '/', prefix: '/' },
  { base: '/plans/', prefix: '/plans/' },
  // Vite hands BASE_URL on as configured; a base without its trailing slash still gives one slash.
  { base: '/plans', prefix: '/plans/' },
])('hrefs with BASE_URL=$base', ({ base, prefix }) => {
  const at = (path: string) => `${prefix}${path}`;
  const useBase = () => vi.stubEnv('BASE_URL', base);

  it('href puts any site-relative path under the base', () => {
    useBase();
    expect(href('ja/mitaka/')).toBe(at('ja/mitaka/'));
    expect(href('/ja/mitaka/')).toBe(at('ja/mitaka/'));
    expect(href('data/plans.json')).toBe(at('data/plans.json'));
    expect(href('')).toBe(at(''));
  });

  it('each page has its href in either language', () => {
    useBase();
    expect(homeHref('ja')).toBe(at('ja/'));
    expect(homeHref('en')).toBe(at('en/'));
    expect(municipalityHref('ja', 'mitaka')).toBe(at('ja/mitaka/'));
    expect(departmentHref('en', 'mitaka', 'soumu')).toBe(at('en/mitaka/soumu/'));
    expect(planHref('ja', 'mitaka', 'soumu', 2017)).toBe(at('ja/mitaka/soumu/2017/'));
    expect(compareHref('en', 'mitaka', 'soumu')).toBe(at('en/mitaka/soumu/compare/'));
    expect(comparePairHref('ja', 'mitaka', 'soumu', 2017, 2025)).toBe(at('ja/mitaka/soumu/compare/2017-2025/'));
    expect(searchHref('en')).toBe(at('en/search/'));
    expect(dataPageHref('ja')).toBe(at('ja/data/'));
    expect(translationsHref('en')).toBe(at('en/translations/'));
    expect(accessibilityHref('ja')).toBe(at('ja/accessibility/'));
    expect(accessibilityResultsHref('en')).toBe(at('en/accessibility/results/'));
    expect(sitePolicyHref('ja')).toBe(at('ja/policy/'));
  });

  it("a page's path gives its other-language twin", () => {
    useBase();
    const path = planPath('mitaka', 'soumu', 2017);
    expect(localizedHref('ja', path)).toBe(planHref('ja', 'mitaka', 'soumu', 2017));
    expect(localizedHref('en', path)).toBe(at('en/mitaka/soumu/2017/'));
    expect(localizedHref('en', homePath())).toBe(homeHref('en'));
  });

  it('files: feed, icon, sitemap, Pagefind', () => {
    useBase();
    expect(feedHref('ja')).toBe(at('ja/feed.xml'));
    expect(feedHref('en')).toBe(at('en/feed.xml'));
    expect(faviconHref()).toBe(at('favicon.svg'));
    expect(sitemapHref()).toBe(at('sitemap-index.xml'));
    expect(pagefindBase()).toBe(at(''));
    expect(pagefindModule(pagefindBase())).toBe(at('pagefind/pagefind.js'));
  });

  it('absolute URLs keep the base on the configured site', () => {
    useBase();
    expect(absoluteUrl(planHref('en', 'mitaka', 'soumu', 2017), new URL('https://plans.example.org'))).toBe(
      `https://plans.example.org${at('en/mitaka/soumu/2017/')}`,
    );
    expect(absoluteUrl(feedHref('ja'), 'https://plans.example.org/')).toBe(`https://plans.example.org${at('ja/feed.xml')}`);
  });
});

describe('dataFileLabel', () => {
  it('names open-data files by their path under data/, and feeds with their language', () => {
    expect(dataFileLabel('data/plans.json')).toBe('plans.json');
    expect(dataFileLabel('data/mitaka/soumu/2017.indicators.csv')).toBe('mitaka/soumu/2017.indicators.csv');
    expect(dataFileLabel('data/schema/plan.schema.json')).toBe('schema/plan.schema.json');
    expect(dataFileLabel(feedPath('ja'))).toBe('ja/feed.xml');
  });
});
