/**
 * Moving around every built site (the demo and each fixture): each plan page has a year switcher over
 * its unit's plans (the current year marked aria-current) and links to its own data files, outside the
 * document's body; English plan pages say which months the fiscal year runs; the sitemap lists every
 * page, the root included; every page can be reached from the root by following links; and no page
 * waits for a stylesheet before its first paint (the styles are inline, allowed by their hashes in the CSP).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startTags, tokenize, type Tag } from '../helpers/html.ts';
import { listPageFiles, PLAN_PAGE } from '../helpers/pages.ts';
import { allSites } from '../helpers/sites.ts';

const sites = await allSites();

/** The text between a start tag and its end tag (no nesting of the same element inside). */
const textAfter = (html: string, tag: Tag) => html.slice(tag.endOffset, html.indexOf(`</${tag.name}>`, tag.endOffset));
/** The start tags inside the element `open` starts (up to its end tag). */
function inside(tags: Tag[], open: Tag): Tag[] {
  const start = tags.indexOf(open);
  let depth = 0;
  const out: Tag[] = [];
  for (const tag of tags.slice(start + 1)) {
    if (tag.name === open.name) {
      if (tag.end && depth === 0) break;
      depth += tag.end ? -1 : 1;
    }
    if (!tag.end) out.push(tag);
  }
  return out;
}

/** The site's root URL, as its sitemap names it: the shortest entry (origin + base path). */
function sitemapUrls(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /^sitemap-\d+\.xml$/.test(f))
    .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
}

describe.each(sites)('$name site', ({ dir }) => {
  const pages = listPageFiles(dir).map((p) => ({ ...p, html: readFileSync(p.file, 'utf8') }));
  const plans = pages.filter((p) => PLAN_PAGE.test(p.path));
  /** The plan pages of each unit and language, by the path before the year. */
  const unitYears = new Map<string, string[]>();
  for (const p of plans) {
    const unit = p.path.replace(/\d{4}\/$/, '');
    unitYears.set(unit, [...(unitYears.get(unit) ?? []), p.path]);
  }

  it('has plan pages', () => {
    expect(plans.length).toBeGreaterThan(0);
  });

  it('every plan page has a year switcher over its unit’s plans, the current one marked, outside the document body', () => {
    const wrong: string[] = [];
    for (const p of plans) {
      const tags = tokenize(p.html);
      const nav = startTags(tags, 'nav').filter((t) => t.attrs.class === 'year-switcher');
      if (nav.length !== 1) {
        wrong.push(`${p.path}: ${nav.length} year switchers`);
        continue;
      }
      const links = inside(tags, nav[0]!).filter((t) => t.name === 'a');
      const targets = links
        .map((a) => new URL(a.attrs.href!, `http://site${p.path}`).pathname)
        .map((h) => h.replace(/^.*?\/(ja|en)\//, '/$1/'));
      const expected = unitYears.get(p.path.replace(/\d{4}\/$/, ''))!;
      if (JSON.stringify(targets) !== JSON.stringify(expected))
        wrong.push(`${p.path}: links ${targets.join(' ')}; expected ${expected.join(' ')}`);
      const current = links.filter((a) => a.attrs['aria-current'] === 'page').map((a) => a.attrs.href);
      if (current.length !== 1 || !p.path.endsWith(new URL(current[0]!, `http://site${p.path}`).pathname.replace(/^.*?\/(ja|en)\//, '')))
        wrong.push(`${p.path}: current ${current.join(' ')}`);
      const body = p.html.indexOf('data-plan-body');
      if (body < 0 || nav[0]!.offset > body) wrong.push(`${p.path}: the switcher is not before the document body`);
    }
    expect(wrong).toEqual([]);
  });

  it('every plan page links its own JSON and CSV files near the top, and they exist', () => {
    const wrong: string[] = [];
    for (const p of plans) {
      const tags = tokenize(p.html);
      const nav = startTags(tags, 'nav').find((t) => t.attrs.class === 'plan-downloads');
      if (!nav || nav.offset > p.html.indexOf('data-plan-body')) {
        wrong.push(`${p.path}: no downloads before the document body`);
        continue;
      }
      const [, , municipality, department, year] = p.path.split('/');
      const hrefs = inside(tags, nav)
        .filter((t) => t.name === 'a')
        .map((a) => a.attrs.href!);
      const want = [`data/${municipality}/${department}/${year}.json`, `data/${municipality}/${department}/${year}.indicators.csv`];
      for (const file of want) {
        const link = hrefs.find((h) => h.endsWith(`/${file}`));
        if (!link) wrong.push(`${p.path}: no link to ${file}`);
        else if (!existsSync(join(dir, file))) wrong.push(`${p.path}: ${file} was not built`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('English plan pages say which months the fiscal year runs; Japanese pages add no note', () => {
    const wrong: string[] = [];
    for (const p of plans) {
      const year = Number(p.path.split('/')[4]);
      const meta = startTags(tokenize(p.html), 'dl').find((t) => t.attrs.class === 'plan-meta')!;
      const text = p.html.slice(meta.endOffset, p.html.indexOf('</dl>', meta.endOffset)).replace(/<[^>]+>/g, ' ');
      const says = new RegExp(`FY${year} runs April\\s${year}\\s–\\sMarch\\s${year + 1}`).test(text);
      if (p.path.startsWith('/en/') !== says) wrong.push(`${p.path}: ${text.replace(/\s+/g, ' ').trim()}`);
    }
    expect(wrong).toEqual([]);
  });

  it('the sitemap lists every built page but the 404 page, the root included', () => {
    const urls = sitemapUrls(dir);
    const root = [...urls].sort((a, b) => a.length - b.length)[0]!;
    expect(new URL(root).pathname).toMatch(/\/$/);
    const listed = new Set(urls.map((u) => `/${u.slice(root.length)}`));
    const built = pages.map((p) => p.path).filter((p) => p !== '/404.html');
    expect(built.filter((p) => !listed.has(p))).toEqual([]);
    expect([...listed].filter((p) => !built.includes(p))).toEqual([]);
  });

  it('every page is reachable from the root by following links', () => {
    const urls = sitemapUrls(dir);
    const root = [...urls].sort((a, b) => a.length - b.length)[0]!;
    const base = new URL(root).pathname;
    const byPath = new Map(pages.map((p) => [p.path, p]));
    const seen = new Set(['/']);
    const queue = ['/'];
    while (queue.length) {
      const path = queue.shift()!;
      // Links, and the search form in the header (a GET form leads to its action's page).
      const tags = startTags(tokenize(byPath.get(path)!.html));
      const hrefs = [
        ...tags.filter((t) => t.name === 'a').map((a) => a.attrs.href),
        ...tags.filter((t) => t.name === 'form' && (t.attrs.method ?? 'get').toLowerCase() === 'get').map((f) => f.attrs.action),
      ];
      for (const href of hrefs) {
        if (!href) continue;
        const target = new URL(href, new URL(path.slice(1), root));
        if (target.origin !== new URL(root).origin || !target.pathname.startsWith(base)) continue;
        const next = `/${target.pathname.slice(base.length)}`;
        if (byPath.has(next) && !seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    expect(pages.map((p) => p.path).filter((p) => p !== '/404.html' && !seen.has(p))).toEqual([]);
  });

  it('no page waits for a stylesheet: its styles are inline, each allowed by its hash in the CSP', () => {
    const wrong: string[] = [];
    for (const p of pages) {
      const tags = tokenize(p.html);
      if (startTags(tags, 'link').some((l) => /\bstylesheet\b/.test(l.attrs.rel ?? ''))) wrong.push(`${p.path}: links a stylesheet`);
      const csp = startTags(tags, 'meta').find((m) => m.attrs['http-equiv']?.toLowerCase() === 'content-security-policy')?.attrs.content;
      const styleSrc = csp?.match(/style-src([^;]*)/)?.[1] ?? '';
      if (/unsafe-inline/.test(csp ?? '')) wrong.push(`${p.path}: the CSP allows unsafe-inline`);
      const styles = startTags(tags, 'style');
      if (styles.length === 0) wrong.push(`${p.path}: no inline styles`);
      for (const style of styles) {
        const hash = createHash('sha256').update(textAfter(p.html, style)).digest('base64');
        if (!styleSrc.includes(`'sha256-${hash}'`)) wrong.push(`${p.path}: a <style> whose hash the CSP does not allow`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
