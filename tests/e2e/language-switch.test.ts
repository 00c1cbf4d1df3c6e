/**
 * The language switch (the links inside the element labelled "Language"): on every page under /ja/
 * and /en/ it links to the twin page in the other language, with `lang` and `hreflang` set; on pages
 * outside both (root, 404) any language links lead into /ja/ or /en/. Clicking it lands on the twin,
 * whose <html lang> is the other language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGE_LINKS, languageSwitch, startE2E, type E2E } from '../helpers/e2e.ts';
import { langOfPath, listPages, otherLang, PLAN_PAGE, twinPath, type Lang } from '../helpers/pages.ts';
import { site } from '../helpers/sites.ts';

const distDir = await site('demo');

const pages = listPages(distDir);
const localised = pages.filter((p) => langOfPath(p) !== undefined);
const unprefixed = pages.filter((p) => langOfPath(p) === undefined);

/** The kind of a page: plan, comparison, 新旧対照表, or else its depth (home, municipality, department…). */
const kindOf = (p: string) =>
  PLAN_PAGE.test(p)
    ? 'plan'
    : /\/compare\/\d{4}-\d{4}\/$/.test(p)
      ? 'pair'
      : /\/compare\/$/.test(p)
        ? 'compare'
        : `depth-${p.split('/').length}`;
/** One page per language and kind of page, so each kind is clicked through. */
const clickThrough = [...new Map(localised.map((p) => [`${langOfPath(p)}:${kindOf(p)}`, p])).values()];

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E({}, distDir);
});
afterAll(async () => {
  await e2e?.close();
});

interface LinkInfo {
  href: string;
  pathname: string;
  origin: string;
  lang: string | null;
  hreflang: string | null;
  text: string;
}

async function languageLinks(): Promise<{ htmlLang: string; links: LinkInfo[] }> {
  return e2e.page.evaluate((selector) => {
    const links = [...document.querySelectorAll<HTMLAnchorElement>(selector)].map((a) => ({
      href: a.getAttribute('href') ?? '',
      pathname: new URL(a.href).pathname,
      origin: new URL(a.href).origin,
      lang: a.getAttribute('lang'),
      hreflang: a.getAttribute('hreflang'),
      text: (a.textContent ?? '').trim(),
    }));
    return { htmlLang: document.documentElement.lang, links };
  }, LANGUAGE_LINKS);
}

describe('language switch', () => {
  it('finds pages in both languages', () => {
    expect(localised.some((p) => langOfPath(p) === 'ja')).toBe(true);
    expect(localised.some((p) => langOfPath(p) === 'en')).toBe(true);
  });

  it.each(localised)('%s links to its twin in the other language', async (path) => {
    await e2e.page.goto(e2e.url(path));
    const lang = langOfPath(path)!;
    const other = otherLang(lang);
    const { htmlLang, links } = await languageLinks();
    expect(htmlLang).toBe(lang);
    const toOther = links.filter((l) => l.hreflang === other);
    expect(toOther, `language links on ${path}: ${JSON.stringify(links)}`).toHaveLength(1);
    const link = toOther[0]!;
    expect(link.lang).toBe(other);
    expect(link.origin).toBe(e2e.server.origin);
    expect(link.pathname).toBe(twinPath(path));
    expect(pages).toContain(link.pathname);
    // A link for the page's own language, if offered, is this very page.
    for (const own of links.filter((l) => l.hreflang === lang)) {
      expect(own.lang).toBe(lang);
      expect(own.pathname).toBe(path);
    }
    expect(links.every((l) => l.hreflang === 'ja' || l.hreflang === 'en')).toBe(true);
  });

  it.each(unprefixed)('%s offers only links into /ja/ or /en/ as language links', async (path) => {
    await e2e.page.goto(e2e.url(path));
    const { links } = await languageLinks();
    for (const l of links) {
      expect(['ja', 'en']).toContain(l.hreflang);
      expect(l.lang).toBe(l.hreflang);
      expect(l.pathname.startsWith(`/${l.hreflang}/`), `${l.href} on ${path}`).toBe(true);
      expect(pages).toContain(l.pathname);
    }
  });

  it.each(clickThrough)('clicking it on %s lands on the twin in the other language', async (path) => {
    const { page } = e2e;
    await page.goto(e2e.url(path));
    const other = otherLang(langOfPath(path)!) as Lang;
    await Promise.all([page.waitForURL((url) => url.pathname !== path), page.locator(languageSwitch(other)).click()]);
    expect(new URL(page.url()).pathname).toBe(twinPath(path));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(other);
    // And back again.
    await Promise.all([page.waitForURL((url) => url.pathname === path), page.locator(languageSwitch(langOfPath(path)!)).click()]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(langOfPath(path));
  });

  it('clicks through a Japanese plan page and the English home page', () => {
    expect(clickThrough.some((p) => /^\/ja\/[^/]+\/[^/]+\/\d{4}\/$/.test(p))).toBe(true);
    expect(clickThrough).toContain('/en/');
  });

  it('made no requests to other hosts', () => {
    expect(e2e.blocked).toEqual([]);
  });
});
