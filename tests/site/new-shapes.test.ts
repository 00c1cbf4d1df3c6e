/**
 * Every new field of the plan model on the page: a fictional plan (tests/fixtures/new-shapes) that uses
 * them all is built into a site of its own (tests/helpers/sites.ts, shared with the browser test). Its
 * pages show the organisation chain, statement headings, tables with captions and header scopes,
 * indicator values with their 時点, evaluation grades, and the note wherever the excerpt breaks off; every text of the file appears (as in completeness.test.ts).
 * tests/e2e/new-shapes.test.ts audits the same pages in a browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validate/validate-content.ts';
import { t } from '../../src/i18n/index.ts';
import type { Plan } from '../../schemas/plan/index.ts';
import { projectRoot } from '../helpers/pages.ts';
import { site } from '../helpers/sites.ts';
import { pageText } from './page-text.ts';
import { missingTexts, normalise } from './plan-texts.ts';

const content = join(projectRoot, 'tests/fixtures/new-shapes/content');
const path = '/kakuu/kikaku/2024/';
const out = await site('new-shapes');
let plan: Plan;
const html = (lang: 'ja' | 'en') => readFileSync(join(out, lang, path, 'index.html'), 'utf8');
/** The plan article's HTML. */
const article = (lang: 'ja' | 'en') => html(lang).match(/<article class="plan"[\s\S]*<\/article>/)![0];
const text = (lang: 'ja' | 'en') => normalise(pageText(article(lang)));

beforeAll(async () => {
  const validated = await validateContent(projectRoot, { contentDir: content });
  expect(validated.diagnostics).toEqual([]);
  plan = validated.content!.plans[0].plan;
});

describe.each(['ja', 'en'] as const)('the %s page', (lang) => {
  it('shows every text of the file', async () => {
    expect(await missingTexts(plan, text(lang), lang)).toEqual([]);
  });

  it('gives every table a caption (or, printed without one, names it by its first row) and every header cell a scope', () => {
    const tables = article(lang).match(/<div class="table-scroll"[^>]*>\s*<table[\s\S]*?<\/table>/g) ?? [];
    expect(tables.length).toBeGreaterThanOrEqual(6);
    for (const table of tables) {
      const caption = pageText(table.match(/<caption[^>]*>([\s\S]*?)<\/caption>/)?.[1] ?? '').trim();
      const namedBy = table.match(/aria-labelledby="([^"]+)"/)![1];
      const row = table.match(new RegExp(`<tr id="${namedBy}"[^>]*>([\\s\\S]*?)</tr>`))?.[1];
      expect(caption || pageText(row ?? '').trim(), table.slice(0, 160)).not.toBe('');
      for (const th of table.match(/<th\b[^>]*>/g) ?? []) expect(th).toMatch(/scope="(col|row)"/);
    }
  });

  it('pads short rows and leaves empty cells empty', () => {
    const table = article(lang).match(/<table id="statement-basic-goal-table-1"[\s\S]*?<\/table>/)![0];
    const rows = table.match(/<tbody>[\s\S]*<\/tbody>/)![0].match(/<tr[\s\S]*?<\/tr>/g)!;
    expect(rows).toHaveLength(2);
    for (const row of rows) expect((row.match(/<t[hd]\b/g) ?? []).length).toBe(3);
    expect(rows[1].match(/<td[^>]*>\s*<\/td>/g)).toHaveLength(2);
  });

  it('says where the excerpt breaks off, once per breaksOff', () => {
    const count = JSON.stringify(plan).match(/"breaksOff":true/g)!.length;
    expect(count).toBe(10);
    expect(article(lang).split(t(lang, 'breaksOff.note')).length - 1).toBe(count);
  });

  it('shows the organisation chain outermost first, with each head', () => {
    const table = pageText(article(lang).match(/<table id="organisation-table"[\s\S]*?<\/table>/)![0]);
    const order =
      lang === 'ja'
        ? ['架空推進局', '部局長', '架空一郎', '架空政策監室', '政策監', '企画課', '所属長', '架空花子']
        : ['Kakuu Promotion Bureau', 'Director General', 'Policy supervisor', 'Planning Division', 'Head of division'];
    const flat = lang === 'ja' ? normalise(table) : table.replace(/\s+/g, ' ');
    let at = -1;
    for (const word of order) {
      const next = flat.indexOf(word, at + 1);
      expect(next, word).toBeGreaterThan(at);
      at = next;
    }
  });

  it('heads each statement block with its printed heading only: no kind label, no section heading of the site', () => {
    const headings = [...article(lang).matchAll(/<h([2-6])[^>]*>([\s\S]*?)<\/h\1>/g)].map((m) => pageText(m[2]).trim());
    const expected =
      lang === 'ja'
        ? ['基本目標（架空の見出し）', '課の目標（架空）']
        : ['Basic goal (fictional heading)', 'Goals of the division (fictional)'];
    for (const h of expected) expect(headings).toContain(h);
    expect(headings).not.toContain(t(lang, 'section.statements'));
    // A block's kind is its meaning, never a label: the kinds of this file's blocks without a heading head nothing.
    for (const kind of ['aspiration', 'stance', 'catchphrase'] as const) expect(headings).not.toContain(t(lang, `statement.kind.${kind}`));
  });

  it('shows indicator values by role with their 時点, numbered with the item label', () => {
    const table = article(lang).match(/<table id="indicator-plan-manzoku-values"[\s\S]*?<\/table>/)![0];
    const cells = normalise(pageText(table));
    const expected =
      lang === 'ja'
        ? [
            '基準値',
            '年度当初値',
            '今年度目標値',
            '長期的目標値',
            '数値',
            '時点',
            '70.3%',
            '72.5%',
            '80%以上',
            '1,234人',
            '架空の基準時点',
            '2024年4月1日',
            '令和12年度',
          ]
        : [
            'Baseline',
            'Target this year',
            'Long-term target',
            'Value',
            'As of',
            '70.3%',
            '72.5%',
            'at least 80 %',
            '1,234 people',
            '1 April 2024',
          ];
    for (const word of expected) expect(cells, word).toContain(normalise(word));
    expect(text(lang)).toContain(normalise(lang === 'ja' ? '指標1' : 'Indicator 1'));
    // The second indicator has no label: its table is captioned by its number.
    expect(article(lang)).toMatch(
      new RegExp(`<caption id="indicator-plan-sankasha-values-caption">(<span>)?${lang === 'ja' ? '指標2' : 'Indicator 2'}`),
    );
  });

  it('shows evaluations with the grade, its meaning and whether the level was met', () => {
    const page = text(lang);
    if (lang === 'ja') {
      for (const s of [
        'A（架空の目標を達成した）',
        'B（架空の目標を概ね達成した）',
        '達成',
        '未達成',
        '自己評価（架空花子）',
        '全体的な所感（架空市長）',
      ])
        expect(page).toContain(normalise(s));
    } else {
      for (const s of [
        'A (Reached the fictional goal)',
        'B (Mostly reached the fictional goal)',
        'Met',
        'Not met',
        'Overall impression (Fictional mayor)',
      ])
        expect(page).toContain(normalise(s));
    }
  });

  it('shows the project number with its item label, the budget in yen and the measures as a list', () => {
    const page = text(lang);
    expect(page).toContain(normalise(lang === 'ja' ? '課題 1 架空の講座の開催' : 'Task 1 Holding a fictional course'));
    expect(page).toContain(normalise(lang === 'ja' ? '5,732千円' : '¥5.73 million'));
    expect(article(lang)).toMatch(/<ol class="measures">\s*<li>/);
  });

  it('prints no Markdown pipe table', () => {
    expect(pageText(article(lang))).not.toMatch(/\|/);
  });
});
