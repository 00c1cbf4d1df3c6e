/**
 * Search without cost to other pages: only the search pages carry JavaScript; every other page offers a
 * plain GET form to the search page (works without JavaScript); only plan pages are indexed, each
 * with its result title, filters and sort key.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listPageFiles, PLAN_PAGE } from '../helpers/pages.ts';
import { site } from '../helpers/sites.ts';

const distDir = await site('demo');

const pages = listPageFiles(distDir).map((p) => ({ ...p, html: readFileSync(p.file, 'utf8') }));
const isSearch = (path: string) => /^\/(ja|en)\/search\/$/.test(path);

describe('search markup', () => {
  it('puts JavaScript on the search pages and the on-demand 新旧対照表 pages only', () => {
    const withScript = pages.filter((p) => /<script\b/.test(p.html)).map((p) => p.path);
    const onDemand = pages.filter((p) => /^\/(ja|en)\/[^/]+\/[^/]+\/compare\/any\/$/.test(p.path)).map((p) => p.path);
    expect(onDemand.length).toBeGreaterThan(0);
    expect(withScript.sort()).toEqual(['/en/search/', '/ja/search/', ...onDemand].sort());
  });

  it.each(pages.filter((p) => !isSearch(p.path) && !p.path.endsWith('404.html')))(
    '$path has a header search form that needs no JavaScript',
    ({ path, html }) => {
      const lang = path.startsWith('/en/') ? 'en' : 'ja';
      expect(html).toMatch(new RegExp(`<form class="header-search" role="search" action="/${lang}/search/" method="get">`));
      expect(html).toMatch(/<input type="search" id="header-search-q" name="q"/);
    },
  );

  it('indexes plan pages and department comparison pages only, each with a title and filters', () => {
    const isCompare = (p: string) => /^\/(ja|en)\/[^/]+\/[^/]+\/compare\/$/.test(p);
    const indexed = pages.filter((p) => p.html.includes('data-pagefind-body'));
    expect(indexed.map((p) => p.path).every((p) => PLAN_PAGE.test(p) || isCompare(p))).toBe(true);
    expect(indexed.filter((p) => PLAN_PAGE.test(p.path)).length).toBe(pages.filter((p) => PLAN_PAGE.test(p.path)).length);
    for (const { html, path } of indexed.filter((p) => isCompare(p.path))) {
      expect(html, path).toMatch(/data-pagefind-meta="title\[data-value\]" data-value="[^"]+"/);
      for (const filter of ['municipality', 'department'])
        expect(html, path).toMatch(new RegExp(`data-pagefind-filter="${filter}\\[data-value\\]" data-value="[^"]+"`));
    }
    for (const { html, path } of indexed.filter((p) => PLAN_PAGE.test(p.path))) {
      expect(html, path).toMatch(/data-pagefind-meta="title\[data-value\]" data-value="[^"]+"/);
      for (const filter of ['municipality', 'department', 'year'])
        expect(html, path).toMatch(new RegExp(`data-pagefind-filter="${filter}\\[data-value\\]" data-value="[^"]+"`));
      expect(html, path).toMatch(/data-pagefind-sort="year:\d{4}"/);
    }
  });

  // Pagefind splits a page into sub-results at headings with an id: a result can then link to the
  // project or section where its words are, instead of the top of the plan.
  it("gives every heading in a plan page's indexed text an id", () => {
    const plans = pages.filter((p) => PLAN_PAGE.test(p.path));
    const withoutId = plans.flatMap(({ html, path }) =>
      [...html.slice(html.indexOf('data-pagefind-body')).matchAll(/<h([2-6])\b([^>]*)>/g)]
        .filter((m) => !/\sid="[^"]+"/.test(m[2]))
        .map((m) => `${path}: <h${m[1]}${m[2]}>`),
    );
    expect(plans.length).toBeGreaterThan(0);
    expect(withoutId).toEqual([]);
    // The project headings in particular, under the same name as the project's article.
    const projects = plans.flatMap(({ html }) => [
      ...html.matchAll(/<article class="project" id="(project-[^"]+)">\s*<h[3-6] id="([^"]+)"/g),
    ]);
    expect(projects.length).toBeGreaterThan(0);
    expect(projects.filter((m) => m[2] !== `${m[1]}-heading`)).toEqual([]);
  });

  it('has written one index per language', () => {
    const entry = JSON.parse(readFileSync(join(distDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'ja']);
    expect(entry.languages.ja.page_count).toBe(entry.languages.en.page_count);
  });
});
