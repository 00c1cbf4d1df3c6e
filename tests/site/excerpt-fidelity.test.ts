/**
 * The excerpts published as documents (tests/fixtures/excerpts/texts, real pages) are on their Japanese
 * plan pages line for line: every line of the plan as printed (its title, headings, paragraphs, list
 * lines and each cell of its tables) appears on the page exactly as the source has it, marks, brackets
 * and tildes and all. Only a line's surrounding whitespace is ignored, and the mark (•) a web page's
 * list item was copied with. Page furniture (navigation, breadcrumbs, 更新日, an image's file name) and
 * text that is not this unit's plan are named below. Each page cites its excerpt's source.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/pages.ts';
import { site } from '../helpers/sites.ts';
import { pageText } from './page-text.ts';

const dist = await site('demo');
const texts = join(projectRoot, 'tests/fixtures/excerpts/texts');

interface Excerpt {
  file: string;
  page: string;
  /** Lines that are page furniture, not the plan. */
  furniture: string[];
  /** The plan starts at this line (what comes before is the page's, not the plan's). */
  from?: string;
  /** The plan ends before this line (another unit's text follows). */
  until?: string;
}

const NABARI_FURNITURE = [
  'メニューにジャンプ コンテンツにジャンプ',
  'メニューにジャンプコンテンツにジャンプ',
  '名張市イメージ',
  '名張市',
  'soumu.jpg',
];
const excerpts: Excerpt[] = [
  {
    file: 'nabari-soumu-2017-buchou-houfu.txt',
    page: 'ja/nabari/soumu/2017',
    furniture: [...NABARI_FURNITURE, 'トップページ > 市政情報 > 各種政策情報 > 部局長の抱負 > 平成29年度各部局長の抱負'],
    until: '平成29年度の抱負 地域環境部長(田中 明子)',
  },
  ...[2018, 2019, 2021, 2023].map((year) => ({
    file: `nabari-soumu-${year}-buchou-houfu.txt`,
    page: `ja/nabari/soumu/${year}`,
    furniture: NABARI_FURNITURE,
  })),
  { file: 'tottori-seibu-shinkou-2013-koteihyo.txt', page: 'ja/tottori-pref/seibu-shinkou/2013', furniture: [] },
  {
    file: 'osaka-pref-soumu-2012-bukyoku-unei-houshin-kihonshisei.txt',
    page: 'ja/osaka-pref/soumu/2012',
    furniture: ['ここまで本文です。'],
    from: '大阪府では、組織目標の達成に向け',
  },
  { file: 'yokohama-naka-ku-2022-ku-unei-houshin.txt', page: 'ja/yokohama/naka-ku/2022', furniture: ['このページの先頭です'] },
  { file: 'yokohama-naka-ku-2024-ku-unei-houshin.txt', page: 'ja/yokohama/naka-ku/2024', furniture: ['ここから本文です。'] },
  ...[2021, 2023].map((year) => ({
    file: `yokohama-hodogaya-ku-${year}-ku-unei-houshin.txt`,
    page: `ja/yokohama/hodogaya-ku/${year}`,
    furniture: ['閉じる', 'ここから本文です。'],
  })),
];

/** The units of a line as printed: the cells of a table row (「a | b |」), else the whole line. */
const units = (line: string) => (line.includes('|') ? line.split('|').map((c) => c.trim()) : [line]).filter(Boolean);

/** The lines of the plan in an excerpt: without its source line, furniture, 更新日 and what is not the plan. */
function planLines(e: Excerpt): string[] {
  let lines = excerptText(e)
    .split(/\r?\n/)
    .slice(1)
    .map((l) => l.trim().replace(/^•\s*/, ''));
  if (e.from) lines = lines.slice(lines.findIndex((l) => l.startsWith(e.from!)));
  if (e.until) lines = lines.slice(0, lines.indexOf(e.until));
  return lines.filter((l) => l && !e.furniture.includes(l) && !/^(?:最終)?更新日[:：\s]/.test(l));
}

const excerptText = (e: Excerpt) => readFileSync(join(texts, e.file), 'utf8');

describe.each(excerpts)('$file', (e) => {
  it(`is on dist/${e.page}/ line for line, exactly`, () => {
    const html = readFileSync(join(dist, e.page, 'index.html'), 'utf8');
    const text = pageText(html.match(/<article class="plan"[\s\S]*<\/article>/)![0]);
    const lines = planLines(e);
    expect(lines.length).toBeGreaterThanOrEqual(4);
    const missing = lines.flatMap(units).filter((u) => !text.includes(u));
    expect(missing).toEqual([]);
    const source = /^source: (\S+)/.exec(excerptText(e))![1]!;
    expect(html).toContain(`href="${source.replaceAll('&', '&amp;')}"`);
  });
});

it('finds a line that is not on the page', () => {
  expect(units('部局名 | 部局長名 |')).toEqual(['部局名', '部局長名']);
  expect(pageText('<p>平成29年度の抱負</p>').includes('平成29年度の抱負～')).toBe(false);
});
