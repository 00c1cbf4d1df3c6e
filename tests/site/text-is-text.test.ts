/**
 * Text is text, on a built site (docs/authoring.md 2.4): the fixture tests/fixtures/literal-text holds
 * two fictional years of a plan whose texts are seeded printable texts full of marks that Markdown,
 * HTML, CSV and XML read as syntax (tests/helpers/printable-text.ts). Each text comes back as written
 * on the plan page (the components: Text and the prose of Markdown.astro), in the 新旧対照表, the
 * plan's JSON and CSV, the Atom feed and Pagefind's index (whose text the excerpts show). "As written"
 * in HTML is the element's text: markup dropped, entities decoded, a <br> a line break, two paragraphs
 * a blank line (tests/helpers/text-content.ts). tests/unit/text-is-text.test.ts holds the functions
 * behind these outputs to the same with many more texts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PlanSchema, type Plan } from '../../schemas/index.ts';
import { positional, readYaml } from '../../src/lib/content-tree/read.ts';
import { normalizeForSearch } from '../../src/lib/search/normalize.ts';
import { YEARS, documentTypeOf } from '../fixtures/literal-text/generate.ts';
import { printableTexts } from '../helpers/printable-text.ts';
import { textContent } from '../helpers/text-content.ts';
import { parseCsv } from '../helpers/csv.ts';
import { projectRoot } from '../helpers/pages.ts';
import { site } from '../helpers/sites.ts';

const dir = await site('literal-text');
const read = (path: string) => readFileSync(join(dir, path), 'utf8');
const texts = { 2020: printableTexts(YEARS[2020].seed, YEARS[2020].count), 2021: printableTexts(YEARS[2021].seed, YEARS[2021].count) };
const fixture = (year: 2020 | 2021): Plan => {
  const text = readFileSync(join(projectRoot, `tests/fixtures/literal-text/content/kakuu/soumu/${year}.yaml`), 'utf8');
  return PlanSchema.parse(readYaml(text, positional(text)).data);
};
const elements = (html: string, pattern: RegExp, group = 1) => [...html.matchAll(pattern)].map((m) => textContent(m[group]!));
const sorted = (list: string[]) => [...list].sort();

describe('the fixture', () => {
  it('holds the texts of the generator, unchanged by YAML', () => {
    for (const year of [2020, 2021] as const) {
      const plan = fixture(year);
      expect(plan.title.ja).toBe(texts[year][0]);
      expect(plan.statements!.blocks[0]!.paragraphs!.map((p) => p.ja)).toEqual(texts[year]);
      expect(plan.projects!.items.map((p) => [p.title.ja, p.body!.ja, p.indicators![0]!.label!.ja])).toEqual(
        texts[year].map((t) => [t, t, t]),
      );
    }
  });
  it('has texts that Markdown would rewrite', () => {
    expect(texts[2021].some((t) => /^\d\. /m.test(t))).toBe(true);
    expect(texts[2021].some((t) => / {2}\n/.test(t))).toBe(true);
    expect(texts[2021].some((t) => /\n\n/.test(t))).toBe(true);
    expect(texts[2021].some((t) => /~[^~\n]+~/.test(t))).toBe(true);
  });
});

describe.each(['ja', 'en'] as const)('the %s plan page', (lang) => {
  const html = read(`${lang}/kakuu/soumu/2021/index.html`);
  const main = html.slice(html.indexOf('<main'));
  // On the English page the Japanese is shown with a "Japanese only" badge, which is the site's own word.
  const withoutBadges = (s: string) => s.replace(/\s*<(p|small) class="fallback-badge"[^>]*>[^<]*<\/\1>/g, '');
  it('shows each prose text (paragraphs, bodies) as written', () => {
    const prose = elements(withoutBadges(main), /<div class="prose[" ][^>]*>([\s\S]*?)<\/div>/g);
    expect(sorted(prose)).toEqual(sorted([...texts[2021], texts[2021][1]!, ...texts[2021]]));
  });
  it('shows each title, heading and indicator (Text) as written', () => {
    expect(elements(withoutBadges(main), /<h1[^>]*>([\s\S]*?)<\/h1>/g)).toEqual([texts[2021][0]]);
    // The heading's level follows the document's outline (h2 when the projects have no printed heading above them).
    const projects = elements(withoutBadges(main), /<h([2-6]) id="project-jigyou-\d+-heading"[^>]*>([\s\S]*?)<\/h\1>/g, 2);
    expect(projects).toEqual(texts[2021].map((t, i) => `${i + 1} ${t}`));
    const indicators = elements(withoutBadges(main), /<p class="indicator-name"[^>]*>([\s\S]*?)<\/p>/g);
    expect(indicators).toEqual(texts[2021]);
  });
  it('names the document type as written in the page title', () => {
    expect(textContent(/<title>([^<]*)<\/title>/.exec(html)![1]!)).toContain(documentTypeOf(texts[2021]));
  });
});

describe('the 新旧対照表', () => {
  it.each(['ja', 'en'] as const)('(%s) sets each changed text beside the earlier one, as written', (lang) => {
    const html = read(`${lang}/kakuu/soumu/compare/2020-2021/index.html`);
    // A changed text has a cell on each side; an unchanged one (the fixed texts both years start with) one across both.
    const same = elements(html, /<td colspan="2"[^>]*>([\s\S]*?)<\/td>/g);
    const newer = [...elements(html, /<td class="new"[^>]*>([\s\S]*?)<\/td>/g), ...same];
    const older = [...elements(html, /<td class="old"[^>]*>([\s\S]*?)<\/td>/g), ...same];
    // The paragraphs compare as one text, a line each.
    expect(newer).toContain(texts[2021].join('\n'));
    expect(older).toContain(texts[2020].join('\n'));
    for (const text of texts[2021]) expect(newer).toContain(text);
    for (const text of texts[2020]) expect(older).toContain(text);
    expect(same).toContain(texts[2021][0]);
  });
});

describe('the open data', () => {
  it('publishes each text as written in the plan JSON and plans.json', () => {
    const check = (plan: Plan, year: 2020 | 2021) => {
      expect(plan.title.ja).toBe(texts[year][0]);
      expect(plan.documentType.ja).toBe(documentTypeOf(texts[year]));
      expect(plan.statements!.blocks[0]!.paragraphs!.map((p) => p.ja)).toEqual(texts[year]);
      expect(plan.projects!.items.map((p) => p.body!.ja)).toEqual(texts[year]);
      expect(plan.policies!.items[0]!.body!.ja).toBe(texts[year][1]);
    };
    check(JSON.parse(read('data/kakuu/soumu/2021.json')) as Plan, 2021);
    for (const plan of JSON.parse(read('data/plans.json')) as Plan[]) check(plan, plan.fiscalYear as 2020 | 2021);
  });
  it('publishes each text as written in the CSV (a text that starts like a formula after an apostrophe)', () => {
    const [header, ...rows] = parseCsv(read('data/kakuu/soumu/2021.indicators.csv').slice(1));
    const column = (name: string) => rows.map((r) => r[header!.indexOf(name)]);
    const asCsv = (t: string) => (/^[=+\-@]/.test(t) ? `'${t}` : t);
    expect(column('indicator_ja')).toEqual(texts[2021].map(asCsv));
    expect(column('project_title_ja')).toEqual(texts[2021].map(asCsv));
  });
});

describe('the Atom feed', () => {
  it('names each plan with its document type as written', () => {
    const summaries = elements(read('ja/feed.xml'), /<summary>([^<]*)<\/summary>/g);
    for (const year of [2020, 2021] as const) expect(summaries.some((s) => s.includes(`「${documentTypeOf(texts[year])}」`))).toBe(true);
  });
});

describe('the search index', () => {
  /** Pagefind's record of a page: its text (which excerpts show), with the zero-width spaces of its word breaks. */
  const fragments = readdirSync(join(dir, 'pagefind/fragment')).map(
    (f) =>
      JSON.parse(
        gunzipSync(readFileSync(join(dir, 'pagefind/fragment', f)))
          .toString('utf8')
          .replace(/^pagefind_dcd/, ''),
      ) as {
        url: string;
        content: string;
      },
  );
  it.each(['ja', 'en'] as const)('(%s) indexes each text as written, folded as queries are', (lang) => {
    const page = fragments.find((f) => f.url === `/${lang}/kakuu/soumu/2021/`);
    expect(page).toBeDefined();
    const content = page!.content.replace(/\u200b/g, '');
    for (const text of texts[2021]) {
      // Pagefind collapses whitespace and ends a block without a full stop with one; nothing else may differ.
      const words = normalizeForSearch(text).split(/\s+/).filter(Boolean);
      const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\.?\\s+'));
      expect(content, JSON.stringify(text)).toMatch(pattern);
    }
  });
});
