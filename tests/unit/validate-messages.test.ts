/**
 * Messages that say what is actually wrong: a full-width space or colon typed with the input method on,
 * a fiscal year in 和暦, a file that is not text at all, and the dev server's hint only under the dev
 * server. Each case changes one line of the fictional base tree (tests/fixtures/base) and locks the one
 * diagnostic it gets.
 */
import { describe, expect, it } from 'vitest';
import { formatText } from '../../src/lib/validate/diagnostic.ts';
import { readSource } from '../../src/lib/content-tree/read-source.ts';
import { warekiFiscalYear } from '../../src/lib/validate/wareki.ts';
import { DEV_HINT, problemsError } from '../../src/lib/content/problems.ts';
import { validateChanged as validateChangedTree } from '../helpers/validate-changed.ts';

const PLAN = 'kakuu/soumu/2020.yaml';

/** The diagnostics of the base tree with `file` (relative to content/) changed by `change`, as text. */
async function validateChanged(file: string, change: (text: string) => string | Uint8Array): Promise<string[]> {
  return (await validateChangedTree(file, change)).diagnostics.map(formatText);
}

const line = (from: string, to: string) => (text: string) => text.replace(from, to);

describe('full-width characters in the syntax and in numbers', () => {
  it.each([
    [
      'a full-width space after the digits',
      line('fiscalYear: 2020', 'fiscalYear: 2020\u3000'),
      'content/kakuu/soumu/2020.yaml:5:13  fiscalYear  「fiscalYear」は数値で書いてください（今は文字列）。値の 5 文字目に全角スペース（U+3000 IDEOGRAPHIC SPACE）があります。消して 2020 と書いてください。 / "fiscalYear" must be a number (found text). Character 5 of the value is a full-width space (U+3000 IDEOGRAPHIC SPACE): delete it and write 2020.',
    ],
    [
      'a full-width space between the digits',
      line('fiscalYear: 2020', 'fiscalYear: 20\u300020'),
      'content/kakuu/soumu/2020.yaml:5:13  fiscalYear  「fiscalYear」は数値で書いてください（今は文字列）。値の 3 文字目に全角スペース（U+3000 IDEOGRAPHIC SPACE）があります。消して 2020 と書いてください。 / "fiscalYear" must be a number (found text). Character 3 of the value is a full-width space (U+3000 IDEOGRAPHIC SPACE): delete it and write 2020.',
    ],
    [
      'full-width digits (still said so)',
      line('fiscalYear: 2020', 'fiscalYear: ２０２０'),
      'content/kakuu/soumu/2020.yaml:5:13  fiscalYear  「fiscalYear」は数値で書いてください（今は文字列）。全角数字は使えません。半角で 2020 と書いてください。 / "fiscalYear" must be a number (found text). Full-width digits are not numbers: write 2020 in ASCII digits.',
    ],
    [
      'a full-width colon after a key',
      line('fiscalYear: 2020', 'fiscalYear：2020'),
      'content/kakuu/soumu/2020.yaml:5:11  -  項目名「fiscalYear」の後のコロンが全角の「：」です（11 文字目）。半角の「:」と半角スペースにしてください（例 fiscalYear: 値）。 / The colon after the key "fiscalYear" is a full-width "：" (column 11). Write an ASCII colon and a space (e.g. fiscalYear: value).',
    ],
    [
      'a full-width space after a colon',
      line('fiscalYear: 2020', 'fiscalYear:\u30002020'),
      'content/kakuu/soumu/2020.yaml:5:12  -  「fiscalYear:」の後が全角スペース（U+3000）です（12 文字目）。コロンの後は半角スペースにしてください（例 fiscalYear: 値）。 / The space after "fiscalYear:" is a full-width space (U+3000 IDEOGRAPHIC SPACE, column 12). Write an ordinary space after the colon (e.g. fiscalYear: value).',
    ],
    [
      'a full-width space in the indentation of a nested key',
      line('    name: 架空 太郎', '  \u3000name: 架空 太郎'),
      'content/kakuu/soumu/2020.yaml:11:3  -  字下げ（3 文字目）に全角スペース（U+3000）が使われています。YAML の字下げは半角スペースにしてください。 / A full-width space (U+3000 IDEOGRAPHIC SPACE) is used for indentation (column 3). Indent YAML with ordinary spaces.',
    ],
    [
      'a full-width space before a top-level key (YAML reads it as part of the key)',
      line('asOf: 2020', '\u3000asOf: 2020'),
      'content/kakuu/soumu/2020.yaml:8:1  　asOf  項目「asOf」の字下げ（1 文字目）に全角スペース（U+3000）が使われています。YAML の字下げは半角スペースにしてください。 / The indentation of the key "asOf" has a full-width space (U+3000 IDEOGRAPHIC SPACE, column 1). Indent YAML with ordinary spaces.',
    ],
  ])('%s', async (_name, change, expected) => {
    expect(await validateChanged(PLAN, change)).toEqual([expected]);
  });
});

describe('a fiscal year in 和暦', () => {
  it.each([
    ['令和2年度', '「令和2年度」は 2020 年度です。西暦で 2020 と書いてください。', '"令和2年度" means 2020: write 2020'],
    ['R2', '「R2」は 2020 年度です。', '"R2" means 2020'],
    ['平成32年度', '「平成32年度」は 2020 年度（令和2年度）です。', '"平成32年度" means 2020 (令和2年度)'],
  ])('fiscalYear: %s', async (written, ja, en) => {
    // The plan stays in 2020.yaml, so the year it means is the right one.
    const [message, ...rest] = await validateChanged(PLAN, line('fiscalYear: 2020', `fiscalYear: ${written}`));
    expect(rest).toEqual([]);
    expect(message).toMatch(/^content\/kakuu\/soumu\/2020\.yaml:5:13 {2}fiscalYear {2}/);
    expect(message).toContain(ja);
    expect(message).toContain(en);
  });

  it.each([
    ['令和7年度', 2025, undefined],
    ['令和元年度', 2019, undefined],
    ['平成31年度', 2019, undefined],
    ['H31', 2019, undefined],
    ['R7', 2025, undefined],
    ['Ｒ７年度', 2025, undefined],
    ['令和 7 年度', 2025, undefined],
    ['昭和64年度', 1989, '平成元年度'],
    ['平成32年度', 2020, '令和2年度'],
  ])('warekiFiscalYear(%s) is %i', (text, year, actually) => {
    expect(warekiFiscalYear(text)).toEqual({ year, ...(actually && { actually }) });
  });

  it('is not fooled by text that is not an era year', () => {
    for (const text of ['2025', '令和', 'R', '西暦2025年', '令和7年4月1日', 'X7']) expect(warekiFiscalYear(text), text).toBeUndefined();
  });
});

describe('a file that is not text', () => {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x82, 0xa0, 0xe3, 0x8b];

  it('a PNG renamed .yaml is "not a text file (a PNG image)", not Shift_JIS', async () => {
    expect(await validateChanged(PLAN, () => new Uint8Array(png))).toEqual([
      'content/kakuu/soumu/2020.yaml:1:1  -  テキストファイルではありません（PNG 画像のようです）。計画は YAML のテキストで書きます。別のファイルを .yaml の名前で保存していないか確認してください。 / This is not a text file (it looks like a PNG image). A plan is YAML text: check that another kind of file was not saved under a .yaml name.',
    ]);
  });

  it.each([
    ['PDF', [...Buffer.from('%PDF-1.7\n')], 'a PDF'],
    ['xlsx', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], 'a ZIP archive, such as a Word or Excel file'],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0], 'a JPEG image'],
  ])('%s', (_name, bytes, en) => {
    const { text, problems } = readSource(new Uint8Array(bytes));
    expect(text).toBeUndefined();
    expect(problems.map((p) => p.code)).toEqual(['not-text']);
    expect(problems[0].en).toContain(`(it looks like ${en})`);
  });

  it('NUL bytes without a known signature', () => {
    const { problems } = readSource(new Uint8Array([...Buffer.from('title: 架空'), 0, 0, 0x01]));
    expect(problems.map((p) => [p.code, p.en.split('.')[0]])).toEqual([['not-text', 'This is not a text file']]);
  });

  it('but UTF-16, whose NULs are its encoding, and Shift_JIS are still named as such', () => {
    expect(readSource(new Uint8Array([0xff, 0xfe, 0x61, 0x00])).problems.map((p) => p.code)).toEqual(['encoding-utf16']);
    // 架空 in Shift_JIS
    expect(readSource(new Uint8Array([0x89, 0xcb, 0x8b, 0xf3])).problems.map((p) => p.code)).toEqual(['encoding-shift-jis']);
  });
});

describe("the dev server's hint", () => {
  const problems = { report: 'content/a.yaml:1:1  -  問題 / problem', loc: { file: '/site/content/a.yaml', line: 1, column: 1 } };

  it('"fix and save, it shows at once" is said under the dev server only', () => {
    expect(problemsError(problems, { dev: true })).toMatchObject({ hint: DEV_HINT, message: problems.report, loc: problems.loc });
    const built = problemsError(problems, { dev: false });
    expect(built).not.toHaveProperty('hint');
    expect(`${built.message}\n${built.stack}`).not.toContain('すぐに表示');
  });
});
