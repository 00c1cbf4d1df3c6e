/**
 * Text is text (docs/authoring.md 2.4): any printable text, put into a plan's text fields through
 * YAML, comes back character for character from every function that publishes it — the plan page's
 * prose, the 新旧対照表, `npm run diff` (JSON, the Markdown table, the one-line text), the JSON and CSV
 * open data, the Atom feed and the text the search index reads. The texts are generated (seeded,
 * tests/helpers/printable-text.ts) from what Markdown, HTML, CSV, XML and YAML treat as syntax.
 * tests/site/text-is-text.test.ts holds the built site (components, Pagefind) to the same.
 *
 * Another run: TEXT_SEED=<seed> TEXT_CASES=<count> npx vitest run --project unit tests/unit/text-is-text.test.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
// CommonMark with GitHub's extensions and raw HTML (a <br> in a cell), as a pull-request comment renders;
// micromark is what the site's Markdown pipeline (@astrojs/markdown-remark) parses with.
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { PlanSchema, type Plan } from '../../schemas/index.ts';
import { LocalizedTextSchema } from '../../schemas/localized-text.ts';
import { positional, readYaml } from '../../src/lib/content-tree/read.ts';
import { proseHtml } from '../../src/lib/view/prose.ts';
import { escapeEnglishHtml } from '../../src/lib/compare/taishou-html.ts';
import { taishouHtml } from '../../src/lib/compare/taishou.ts';
import { alignPlans } from '../../src/lib/compare/align.ts';
import { diffToJson, diffToMarkdown, diffToText } from '../../src/lib/compare/format-diff.ts';
import { toJson } from '../../src/lib/export/json.ts';
import { indicatorsCsv } from '../../src/lib/export/indicators-csv.ts';
import { atomFeed } from '../../src/lib/export/atom-feed.ts';
import { normalizeHtmlText } from '../../src/lib/search/build-index.ts';
import { normalizeForSearch } from '../../src/lib/search/normalize.ts';
import { printableTexts } from '../helpers/printable-text.ts';
import { textContent } from '../helpers/text-content.ts';
import { parseCsv } from '../helpers/csv.ts';
import { projectRoot } from '../helpers/pages.ts';

const SEED = Number(process.env.TEXT_SEED ?? 20_261_207);
const CASES = Number(process.env.TEXT_CASES ?? 200);
const texts = printableTexts(SEED, CASES);

/** A fictional plan (tests/fixtures/base) to put the texts in. */
const base = readFileSync(join(projectRoot, 'tests/fixtures/base/content/kakuu/soumu/2020.yaml'), 'utf8');
const baseData = readYaml(base, positional(base)).data as Record<string, never>;

/** The text fields a text goes into: a title, a project's title and body, an indicator (one without a number), a paragraph, a policy's body. */
const FIELDS = [
  ['title'],
  ['projects', 'items', 0, 'title'],
  ['projects', 'items', 0, 'body'],
  ['projects', 'items', 1, 'indicators', 0, 'label'],
  ['statements', 'blocks', 1, 'paragraphs', 0],
  ['policies', 'items', 0, 'body'],
] as const;

const at = (value: unknown, path: readonly (string | number)[]) =>
  path.reduce<unknown>((v, key) => (v as Record<string | number, unknown>)[key], value) as { ja: string };

/** The plan with `text` in every field of FIELDS, written as YAML and read back as the site reads a file. */
function planWith(text: string): Plan {
  const data = structuredClone(baseData);
  for (const path of FIELDS) {
    const parent = at(data, path.slice(0, -1)) as unknown as Record<string | number, unknown>;
    parent[path.at(-1)!] = text;
  }
  const yaml = stringify(data);
  const read = readYaml(yaml, positional(yaml));
  expect(read.problems).toEqual([]);
  return PlanSchema.parse(read.data);
}

/** The same plan a year earlier, with other words in the same fields. */
const older = planWith('旧年度の文');
const githubMarkdown = (md: string) => micromark(md, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });
const cells = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((m) => textContent(m[1]!));
const label = (text: string) => JSON.stringify(text).slice(0, 60);

describe('a text as written is the text published', () => {
  it('has cases that Markdown would rewrite', () => {
    // Without markup in them, the cases would prove nothing.
    expect(texts.filter((t) => /[~*_#>`[\]\\]|^\s*(\d+\.|-) /m.test(t)).length).toBeGreaterThan(CASES / 2);
    expect(texts.filter((t) => /\n\n/.test(t)).length).toBeGreaterThan(CASES / 10);
    expect(texts.filter((t) => / {2}\n/.test(t)).length).toBeGreaterThan(CASES / 20);
  });

  it.each(texts.map((t, i) => [i, label(t), t]))('case %i: %s', (_, __, text) => {
    const plan = planWith(text);
    // The file: every field holds the text as written.
    for (const path of FIELDS) expect(at(plan, path).ja).toBe(text);

    // The plan page: a prose field's HTML (Markdown.astro), in Japanese and as English that quotes Japanese.
    expect(textContent(proseHtml(plan.projects!.items[0]!.body!.ja))).toBe(text);
    expect(textContent(proseHtml(text, escapeEnglishHtml))).toBe(text);

    // The 新旧対照表 and `npm run diff`, against the plan a year earlier.
    const html = taishouHtml(older, plan, 'ja');
    const newer = cells(html, /<td class="new"[^>]*>([\s\S]*?)<\/td>/g);
    expect(newer).toHaveLength(FIELDS.length);
    for (const cell of newer) expect(cell).toBe(text);
    for (const cell of cells(html, /<td class="old"[^>]*>([\s\S]*?)<\/td>/g)) expect(cell).toBe('旧年度の文');
    // Unchanged, each field's text fills one cell (on the English page too, in Japanese).
    const same = cells(taishouHtml(plan, plan, 'en'), /<td colspan="2"[^>]*>([\s\S]*?)<\/td>/g);
    expect(same.filter((cell) => cell === text).length).toBeGreaterThanOrEqual(FIELDS.length);
    const fields = alignPlans(older, plan).filter((f) => f.status !== 'same');
    for (const f of JSON.parse(diffToJson(fields)) as { new: { ja: string } }[]) expect(f.new.ja).toBe(text);
    for (const row of diffToText(fields).split(/\n(?=~ )/)) expect(row.endsWith(` → ${text.replace(/\n/g, ' / ')}`)).toBe(true);
    const table = githubMarkdown(diffToMarkdown(fields, 'kakuu/soumu'));
    const rows = [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].slice(1);
    expect(rows).toHaveLength(FIELDS.length);
    for (const [, row] of rows) expect(cells(row!, /<td>([\s\S]*?)<\/td>/g).at(-1)).toBe(text);

    // The open data: JSON and the indicator CSV (a text that starts like a formula gets an apostrophe, never run).
    const json = JSON.parse(toJson(plan)) as Plan;
    for (const path of FIELDS) expect(at(json, path).ja).toBe(text);
    const [header, ...records] = parseCsv(indicatorsCsv([plan]));
    const row = records.find((r) => r[header!.indexOf('indicator_id')] === 'denshi-kessai')!;
    expect(row[header!.indexOf('indicator_ja')]).toBe(/^[=+\-@]/.test(text) ? `'${text}` : text);

    // The Atom feed: a title and a summary, as XML character data.
    const feed = atomFeed({
      id: 'tag:example.org,2026:feed',
      lang: 'ja',
      title: 'feed',
      self: 'https://example.org/feed.xml',
      home: 'https://example.org/',
      author: '架空市',
      entries: [
        { id: 'tag:example.org,2026:1', title: text, summary: text, link: 'https://example.org/1', updated: '2026-12-07T00:00:00Z' },
      ],
    });
    expect(cells(feed, /<entry>[\s\S]*?<title>([^<]*)<\/title>/g)).toEqual([text]);
    expect(cells(feed, /<summary>([^<]*)<\/summary>/g)).toEqual([text]);

    // The search index: the page's text, folded by the one normalisation queries get too, and nothing else.
    expect(textContent(normalizeHtmlText(`<div>${proseHtml(text)}</div>`))).toBe(normalizeForSearch(text));
  });
});

describe('the ends of a text', () => {
  it('drops the spaces and line breaks YAML puts around a text, and keeps a full-width space', () => {
    expect(LocalizedTextSchema.parse('本文。\n')).toEqual({ ja: '本文。' });
    expect(LocalizedTextSchema.parse('  本文。  ')).toEqual({ ja: '本文。' });
    expect(LocalizedTextSchema.parse('　本文。')).toEqual({ ja: '　本文。' });
    expect(LocalizedTextSchema.parse('一行目  \n二行目')).toEqual({ ja: '一行目  \n二行目' });
  });
  it('treats a text of blanks only as empty', () => {
    expect(LocalizedTextSchema.safeParse('　').success).toBe(false);
    expect(LocalizedTextSchema.safeParse(' \n').success).toBe(false);
  });
});
