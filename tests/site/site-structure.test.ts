/**
 * The markup of every built page, without a browser: one <h1>, the right <html lang>, a twin page in
 * the other language, no broken internal links or #fragments, unique ids, and data tables that name
 * themselves (<caption>, or their first row where the document printed no caption) and their headers (<th scope>). Runs over whatever pages dist/ holds.
 */
import { describe, expect, it } from 'vitest';
import astroConfig from '../../astro.config.mjs';
import { describeTag, startTags } from '../helpers/html.ts';
import { brokenFragments, readSite, resolveUrl, type SiteFiles } from '../helpers/links.ts';
import { langOfPath, twinPath } from '../helpers/pages.ts';
import { site as builtSite } from '../helpers/sites.ts';

const distDir = await builtSite('demo');

const pages = readSite(distDir);
const paths = new Set(pages.map((p) => p.path));
const site: SiteFiles = { dir: distDir, origin: new URL(astroConfig.site ?? 'https://plans.example.org').origin, base: '/' };

describe('site structure', () => {
  it('has pages in both languages and a root page', () => {
    expect(paths.has('/')).toBe(true);
    expect(pages.some((p) => langOfPath(p.path) === 'ja')).toBe(true);
    expect(pages.some((p) => langOfPath(p.path) === 'en')).toBe(true);
  });

  it('every page has exactly one <h1>', () => {
    const wrong = pages.map((p) => ({ page: p.path, h1: startTags(p.tags, 'h1').length })).filter((p) => p.h1 !== 1);
    expect(wrong, 'pages without exactly one <h1>').toEqual([]);
  });

  it('<html lang> is ja or en and matches the path prefix (pages outside /ja/ and /en/ are ja)', () => {
    const wrong = pages
      .map((p) => {
        const html = startTags(p.tags, 'html');
        return {
          page: p.path,
          lang: html.length === 1 ? html[0]!.attrs.lang : `${html.length} <html> tags`,
          expected: langOfPath(p.path) ?? 'ja',
        };
      })
      .filter((p) => p.lang !== p.expected);
    expect(wrong).toEqual([]);
  });

  it('every /ja/ page has an /en/ twin and every /en/ page a /ja/ twin', () => {
    const missing = pages.map((p) => ({ page: p.path, twin: twinPath(p.path) })).filter((p) => p.twin !== undefined && !paths.has(p.twin));
    expect(missing, 'pages whose twin in the other language was not built').toEqual([]);
  });

  it('every internal link and asset URL resolves to a built file', () => {
    const broken: string[] = [];
    for (const p of pages) {
      for (const ref of p.refs) {
        const r = resolveUrl(site, p.path, ref.url);
        if (r.kind === 'broken') broken.push(`${p.path}: ${ref.where}="${ref.url}" — ${r.reason}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('every #fragment of an internal link names an element id on the target page', () => {
    expect(brokenFragments(site, pages)).toEqual([]);
  });

  it('ids are unique within each page', () => {
    const duplicates: string[] = [];
    for (const p of pages) {
      const seen = new Map<string, number>();
      for (const tag of startTags(p.tags)) if (tag.attrs.id !== undefined) seen.set(tag.attrs.id, (seen.get(tag.attrs.id) ?? 0) + 1);
      for (const [id, n] of seen) if (n > 1) duplicates.push(`${p.path}: id="${id}" ×${n}`);
    }
    expect(duplicates).toEqual([]);
  });

  it('every <table> starts with a <caption>, or is named by its first row (a table the document printed without one)', () => {
    const wrong: string[] = [];
    for (const p of pages) {
      p.tags.forEach((tag, i) => {
        if (tag.name !== 'table' || tag.end) return;
        const next = p.tags[i + 1];
        // Inside a plan's body the site adds no caption the file does not hold: the table's scroll region
        // is then named by the table's first row, which must be a row of this table.
        const region = p.tags[i - 1];
        const namedBy = region?.attrs['aria-labelledby'];
        const firstRow = p.tags.slice(i + 1).find((t) => t.name === 'tr' && !t.end);
        const namedByFirstRow = !!namedBy && firstRow?.attrs.id === namedBy;
        if (!namedByFirstRow && (!next || next.end || next.name !== 'caption'))
          wrong.push(`${p.path}: ${describeTag(tag)} first child is ${next ? describeTag(next) : 'nothing'}`);
      });
    }
    expect(wrong).toEqual([]);
  });

  it('every <th> has a valid scope', () => {
    const wrong: string[] = [];
    for (const p of pages) {
      for (const th of startTags(p.tags, 'th')) {
        if (!['row', 'col', 'rowgroup', 'colgroup'].includes(th.attrs.scope ?? '')) {
          const text = p.html
            .slice(th.offset, th.offset + 120)
            .replace(/<[^>]+>/g, ' ')
            .replace(/\s+/g, ' ')
            .trim()
            .slice(0, 40);
          wrong.push(`${p.path}: ${describeTag(th)} "${text}"`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
