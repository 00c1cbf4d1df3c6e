/**
 * Change notes (issue 23): the fictional plans of tests/fixtures/markdown-form carry the same three
 * notes in both forms (.md frontmatter and .yaml), one without English, two on one day. Built with
 * history from git and without it (PLANS_HISTORY=off, as `history: false`):
 * - each plan page shows the notes as 変更のお知らせ / Change notes, newest first, dated as the site dates,
 *   in the page's language (English falling back to the Japanese, marked lang="ja"), outside the
 *   document's body, above the file's git history;
 * - the plan's JSON carries them as validated;
 * - the Atom feeds announce each note, dated by it, its text as the entry's content, never a commit's
 *   message; without git the feeds are built from the notes alone, the same bytes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import astroConfig from '../../astro.config.mjs';
import { PlanSchema, type Plan } from '../../schemas/plan/index.ts';
import { readText } from '../../src/lib/content-tree/read.ts';
import { fileHistory } from '../../src/lib/git/file-history.ts';
import { formatDate } from '../../src/lib/view/format.ts';
import { decodeEntities } from '../helpers/html.ts';
import { projectRoot } from '../helpers/pages.ts';
import { site } from '../helpers/sites.ts';
import { pageText } from './page-text.ts';
import { planBody } from './plan-body.ts';
import { missingTexts, normalise } from './plan-texts.ts';

const withGit = await site('markdown-form');
const withoutGit = await site('markdown-form', { env: { PLANS_HISTORY: 'off' } });
const host = new URL(astroConfig.site ?? 'https://plans.example.org').hostname;

const LANGS = ['ja', 'en'] as const;
const content = join(projectRoot, 'tests/fixtures/markdown-form/content');
const UNITS = [
  { unit: 'kikaku-md', file: 'kakuu/kikaku-md/2024.md', format: 'md' },
  { unit: 'kikaku-yaml', file: 'kakuu/kikaku-yaml/2024.yaml', format: 'yaml' },
] as const;
const planOf = (file: string, format: 'md' | 'yaml'): Plan =>
  PlanSchema.parse(readText(readFileSync(join(content, file), 'utf8'), format).data);
const page = (dist: string, lang: string, unit: string) => readFileSync(join(dist, lang, 'kakuu', unit, '2024', 'index.html'), 'utf8');
const section = (html: string, name: string) => new RegExp(`<section class="${name}"[\\s\\S]*?</section>`).exec(html)?.[0];

describe.each(UNITS)('$file', ({ unit, file, format }) => {
  const plan = planOf(file, format);
  const notes = plan.changes!;

  it('has three notes, one without English, two on one day (the fixture)', () => {
    expect(notes.map((n) => n.date)).toEqual(['2024-06-03', '2024-09-10', '2024-09-10']);
    expect(notes.filter((n) => !n.note.en)).toHaveLength(1);
  });

  describe.each([
    ['with history from git', withGit],
    ['without it', withoutGit],
  ])('built %s', (how, dist) => {
    it.each(LANGS)('shows the notes on the /%s/ page, newest first, with their dates, outside the document body', (lang) => {
      const html = page(dist, lang, unit);
      const notesHtml = section(html, 'change-notes');
      expect(notesHtml, 'a change notes section').toBeDefined();
      expect(pageText(notesHtml!)).toContain(lang === 'ja' ? '変更のお知らせ' : 'Change notes');
      // Newest first; of two notes of one day, the later written first.
      const shown = [...notes].reverse();
      expect([...notesHtml!.matchAll(/<time datetime="([^"]+)">([^<]+)<\/time>/g)].map((m) => [m[1], m[2]])).toEqual(
        shown.map((n) => [n.date, formatDate(n.date, lang)]),
      );
      const items = [...notesHtml!.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]!);
      expect(items).toHaveLength(notes.length);
      items.forEach((item, i) => {
        const note = shown[i]!.note;
        if (lang === 'ja' || note.en) {
          expect(pageText(item)).toContain(lang === 'ja' ? note.ja : note.en);
          expect(item).not.toContain('lang="ja"');
        } else {
          // No English: the Japanese, marked as Japanese, with the "Japanese only" badge.
          const span = /<span ([^>]*)>([^<]*)/.exec(item.slice(item.indexOf('</time>')))!;
          expect(span[1]).toContain('lang="ja"');
          expect(span[1]).toContain('class="fallback"');
          expect(span[2]!.trim()).toBe(note.ja);
          expect(item).toContain('fallback-badge');
        }
      });
      // The notes are the site's record about the file, not the document: never inside its body.
      const body = planBody(html)!;
      expect(body).toBeDefined();
      expect(body).not.toContain('change-notes');
      for (const n of notes) expect(normalise(pageText(body)).includes(normalise(n.note.ja)), n.note.ja).toBe(false);
    });

    it.each(LANGS)('shows every text of the file on the /%s/ page, the notes’ too', async (lang) => {
      const html = normalise(pageText(page(dist, lang, unit)));
      const missing = await missingTexts(plan, html, lang);
      expect(missing).toEqual([]);
    });

    it.each(LANGS)('puts the git history (%s) under the notes, or none without git', (lang) => {
      const html = page(dist, lang, unit);
      if (how === 'without it') {
        expect(html).not.toMatch(/<section class="change-history"/);
        return;
      }
      expect(html.indexOf('<section class="change-history"')).toBeGreaterThan(html.indexOf('<section class="change-notes"'));
      const history = fileHistory(`content/${file}`, content);
      expect(history.length).toBeGreaterThan(0);
      const text = pageText(section(html, 'change-history')!);
      for (const c of history) {
        expect(text).toContain(c.hash);
        expect(text.includes(c.subject), c.subject).toBe(false);
      }
    });

    it('publishes the notes in the plan’s JSON as validated', () => {
      const json = JSON.parse(readFileSync(join(dist, 'data/kakuu', unit, '2024.json'), 'utf8')) as Plan;
      expect(json.changes).toEqual(notes);
    });
  });
});

describe.each(LANGS)('/%s/feed.xml', (lang) => {
  const feed = readFileSync(join(withGit, lang, 'feed.xml'), 'utf8');
  const entries = [...feed.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1]!);
  const field = (entry: string, name: string) => decodeEntities(new RegExp(`<${name}[^>]*>([^<]*)</${name}>`).exec(entry)?.[1] ?? '');

  it('announces each note of each plan, dated by the note, newest first (of one day, the later written), with the note as its content', () => {
    const expected = UNITS.flatMap(({ unit, file, format }) =>
      planOf(file, format).changes!.map((n, i, all) => ({
        unit,
        note: n,
        n: all.slice(0, i + 1).filter((m) => m.date === n.date).length,
      })),
    ).sort(
      (a, b) =>
        (a.note.date < b.note.date ? 1 : a.note.date > b.note.date ? -1 : 0) ||
        (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0) ||
        b.n - a.n,
    );
    expect(entries.map((e) => field(e, 'id'))).toEqual(
      expected.map((x) => `tag:${host},${x.note.date}:/${lang}/kakuu/${x.unit}/2024/note-${x.note.date}-${x.n}`),
    );
    expect(entries.map((e) => field(e, 'updated'))).toEqual(expected.map((x) => `${x.note.date}T00:00:00+09:00`));
    expect(feed).toContain(`  <updated>2024-09-10T00:00:00+09:00</updated>\n  <author>`);
    entries.forEach((entry, i) => {
      const { note } = expected[i]!;
      expect(entry).toContain('<category term="changed"/>');
      expect(field(entry, 'title')).toBe(
        lang === 'ja'
          ? '架空市 架空企画課 令和6年度（2024年度）の計画を更新しました'
          : 'Updated: the FY2024 plan of Kakuu City Kakuu Planning Division',
      );
      const content = /<content type="text"( xml:lang="ja")?>([^<]*)<\/content>/.exec(entry);
      expect(content, 'a text content').not.toBeNull();
      if (lang === 'ja' || note.note.en) {
        expect(decodeEntities(content![2]!)).toBe(lang === 'ja' ? note.note.ja : note.note.en);
        expect(content![1]).toBeUndefined();
      } else {
        // An English feed falls back to the Japanese, marked as Japanese.
        expect(decodeEntities(content![2]!)).toBe(note.note.ja);
        expect(content![1]).toBe(' xml:lang="ja"');
      }
    });
  });

  it('has no entry for a first publication (the plans have notes) and no commit message', () => {
    expect(feed).not.toContain('<category term="new"/>');
    for (const { file } of UNITS)
      for (const c of fileHistory(`content/${file}`, content)) expect(decodeEntities(feed).includes(c.subject), c.subject).toBe(false);
  });

  it('is built from the notes alone without git, the same bytes, and pages link to it', () => {
    expect(readFileSync(join(withoutGit, lang, 'feed.xml'), 'utf8')).toBe(feed);
    expect(readFileSync(join(withoutGit, lang, 'index.html'), 'utf8')).toMatch(
      new RegExp(`<link rel="alternate" type="application/atom\\+xml" title="[^"]+" href="/${lang}/feed\\.xml">`),
    );
    expect(readFileSync(join(withoutGit, lang, 'data', 'index.html'), 'utf8')).toContain(`${lang}/feed.xml`);
  });
});
