/**
 * The prose import (issue 22): a page's structure read from its HTML or its text, furniture kept
 * aside by general rules, the year, kinds and breaking off read from the text, guesses marked and
 * reported by the validator, and a folder imported in one run. The HTML page and every line below
 * are fictional (架空); the real excerpts are measured in import-agreement.test.ts.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { bodyFiscalYear, documentTypeOf, importProse } from '../../src/lib/import/prose-import.ts';
import { furnitureReason } from '../../src/lib/import/furniture.ts';
import { textBlocks } from '../../src/lib/import/page-blocks.ts';
import { readMarkdownPlan } from '../../src/lib/content-tree/read-markdown.ts';
import { importGuesses } from '../../src/lib/validate/import-guesses.ts';
import { CLI } from '../helpers/cli.ts';
import { projectRoot as root } from '../helpers/pages.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'import-pages-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, 'import', ...args], { cwd: root, encoding: 'utf8' });
const html = readFileSync(join(root, 'tests/fixtures/import-pages/kakuu-soumu-2022.html'), 'utf8');
const context = { municipality: 'kakuu', department: 'soumu', publisher: '架空市', departmentName: '総務部' };
// The fixture content's names (tests/fixtures/base/content/kakuu) are 架空市 and 総務部.

describe('furniture rules', () => {
  it('knows the shapes of page chrome, not particular lines', () => {
    for (const line of [
      'メニューへ移動 本文へ移動',
      'ホーム ＞ くらし ＞ 架空の手続',
      'ホーム » 市政 » 架空のページ',
      'ここまでが本文です',
      'ページの先頭へ戻る',
      '最終更新日：2020年1月1日',
      'photo_01.PNG',
      '架空町ロゴマーク',
      '詳しくはこちら',
      '閉じる',
      '架空市',
      '緑と水の架空都市 架空市',
      'ページID:12345',
      'ページの先頭です。 メニューを飛ばして本文へ',
      '印刷用ページを表示する 更新日:2019年12月2日更新',
    ])
      expect(furnitureReason(line, { publisher: '架空市' }), line).toBeDefined();
    for (const line of ['架空の窓口を改善します。', '基本目標', '総務部長(架空 太郎)', '1.政策内容と目標', '・架空の取組を進める。'])
      expect(furnitureReason(line, { publisher: '架空市' }), line).toBeUndefined();
  });

  it('reads the year, the kind of document, and a table given cell by cell', () => {
    expect(bodyFiscalYear('令和3年度は、架空の年です。')).toBe(2021);
    expect(bodyFiscalYear('架空部では、平成24年度、3つの方針を定めます。')).toBe(2012);
    expect(bodyFiscalYear('平成27年度決算見込みを踏まえ')).toBeUndefined();
    expect(documentTypeOf('令和6年度架空区運営方針', ['架空市', '架空区'])).toBe('区運営方針');
    expect(documentTypeOf('平成29年度各部局長の抱負')).toBe('部局長の抱負');
    expect(documentTypeOf('架空総合事務所 架空局 架空課の工程表')).toBe('工程表');
    expect(documentTypeOf('平成30年度 架空部長 部局マニフェスト')).toBe('部局マニフェスト');
    expect(documentTypeOf('架空の区政運営(令和6年度)')).toBe('架空の区政運営');
    expect(textBlocks('見出し1 | 見出し2 |\n|\n○\n|\n次の行').map((b) => b.cells ?? b.text)).toEqual([
      ['見出し1', '見出し2'],
      ['', '○'],
      '次の行',
    ]);
  });
});

describe('import of a page (HTML)', () => {
  const result = importProse(html, context);
  const plan = readMarkdownPlan(result.markdown);

  it('writes a Markdown plan that reads, with the page title, date, leader and year', () => {
    expect(plan.problems).toEqual([]);
    const data = plan.data as Record<string, any>;
    expect(data).toMatchObject({ fiscalYear: 2022, title: '令和4年度 総務部の抱負', documentType: '部の抱負' });
    expect(data.leaders).toEqual([{ title: '総務部長', name: '架空 太郎' }]);
    expect(data.source.published).toBe('2022-04-20');
  });

  it('sets aside the chrome by its element and shape, and publishes none of it', () => {
    const aside = result.furniture.map((f) => f.text);
    expect(aside).toEqual(
      expect.arrayContaining(['本文へスキップ', '架空市ロゴ', 'くらし', 'kakuu-bu.jpg', '関連リンクはこちら', 'Copyright © Kakuu City']),
    );
    expect(aside.some((t) => t.startsWith('ホーム >'))).toBe(true);
    const body = result.markdown.split(/^---$/m)[2]!;
    for (const t of aside) expect(body).not.toContain(t);
    // …but lists each at the end of the frontmatter, so nothing is lost.
    for (const t of aside) expect(result.markdown).toContain(`: ${t}  (`);
    expect(result.unplaced).toBe(0);
  });

  it('keeps the list as items, the table as a table, and marks kinds and where the excerpt breaks off', () => {
    const parts = (plan.data as Record<string, any>).parts;
    const [leader] = parts;
    expect(leader.heading).toBe('総務部長（架空 太郎）');
    expect(leader.content[0]).toMatchObject({
      kind: 'aspiration',
      items: ['架空の窓口の改善', '架空の手続のオンライン化', '架空の職員研修'],
    });
    const stance = leader.content[1];
    expect(stance.heading).toBe('基本姿勢');
    expect(stance.content[0]).toMatchObject({ kind: 'stance', paragraphs: ['架空の市民に寄り添い、'] });
    expect(stance.content[1].tables[0]).toMatchObject({ columns: ['項目', '目標'], rows: [['架空の窓口', '待ち時間10分以内']] });
    expect(stance.content.at(-1)).toMatchObject({ paragraphs: ['架空の取組を着実に進め'], breaksOff: true });
    expect((plan.data as Record<string, any>).source.completeness).toBe('excerpt');
  });

  it('marks its guesses, which the validator lists as warnings', () => {
    const guesses = importGuesses(result.markdown);
    expect(guesses.length).toBe(result.guesses.length);
    expect(guesses.map((g) => g.message.en).join('\n')).toMatch(/kind aspiration from the document's kind/);
    expect(guesses.map((g) => g.message.en).join('\n')).toMatch(/completeness/);
  });
});

describe('import of a page (text)', () => {
  it("reads the year from the body, and leaves another unit's section aside", () => {
    const text = [
      'source: https://example.org/kakuu/houfu.html',
      'コンテンツへ移動',
      '部長の抱負',
      '更新日:2021年4月1日',
      '総務部長(架空 太郎)',
      '令和3年度は、架空の取組を進める年です。',
      '架空の窓口を改善します。',
      '別部長(架空 花子)',
      '別部では、架空の研修を進めます。',
    ].join('\n');
    const r = importProse(text, context);
    const data = readMarkdownPlan(r.markdown).data as Record<string, any>;
    expect(data).toMatchObject({ fiscalYear: 2021, title: '部長の抱負', documentType: '部長の抱負' });
    expect(r.guesses.map((g) => g.field)).toContain('fiscalYear');
    expect(r.furniture.map((f) => f.text)).toEqual([
      'コンテンツへ移動',
      '更新日:2021年4月1日',
      '別部長(架空 花子)',
      '別部では、架空の研修を進めます。',
    ]);
    expect(data.parts[0].content[0]).toMatchObject({
      kind: 'aspiration',
      paragraphs: ['令和3年度は、架空の取組を進める年です。', '架空の窓口を改善します。'],
    });
    expect(JSON.stringify(data)).not.toMatch(/breaksOff/);
  });
});

describe('typed parts where the evidence is clear', () => {
  it('reads the staff figure from the cell of a 職員数 column, and keeps the table as printed', () => {
    const text = [
      '架空局 架空課の工程表',
      '基本的事項',
      '部局名 | 所属名 | 職員数 |',
      '架空局 | 架空課 | 7 |',
      '組織ミッション',
      '○架空の使命を果たすこと',
    ].join('\n');
    const data = readMarkdownPlan(importProse(text, { ...context, fiscalYear: 2020 }).markdown).data as Record<string, any>;
    expect(data.resources).toEqual({ staff: { items: [{ id: 'total', label: '職員数', cell: { table: 1, row: 1, column: 3 } }] } });
    expect(data.parts[0].content[0].tables[0].rows).toEqual([['架空局', '架空課', '7']]);
    expect(data.documentType).toBe('工程表');
  });
});

describe('ids across years', () => {
  it("takes a block's id from the unit's other year, by its heading or by its kind", () => {
    const earlier = {
      statements: {
        blocks: [
          { id: 'kihon', kind: 'basic-goal', heading: '基本目標', paragraphs: ['架空の目標。'] },
          { id: 'mission', kind: 'mission', heading: '部のミッション', paragraphs: ['架空の使命。'] },
        ],
      },
    };
    const text = [
      '令和5年度 総務部運営方針',
      '基本目標',
      '架空のまち',
      '架空の文です。',
      '組織ミッション',
      '架空の使命を果たします。',
    ].join('\n');
    const data = readMarkdownPlan(importProse(text, { ...context, references: [earlier] }).markdown).data as Record<string, any>;
    expect(data.parts.map((p: { content: { id?: string; kind?: string }[] }) => [p.content[0]!.id, p.content[0]!.kind])).toEqual([
      ['kihon', 'basic-goal'],
      ['mission', 'mission'],
    ]);
  });
});

describe('npm run import on pages', () => {
  it('writes an .html page as <year>.md, and a folder of several units and years in one run with a summary', () => {
    const dir = tempDir();
    const content = join(dir, 'content');
    cpSync(join(root, 'tests/fixtures/base/content'), content, { recursive: true });
    const one = run(join(root, 'tests/fixtures/import-pages/kakuu-soumu-2022.html'), 'kakuu', 'soumu', '--content', content);
    expect(one.status, one.stderr).toBe(0);
    const written = readFileSync(join(content, 'kakuu/soumu/2022.md'), 'utf8');
    expect(written).toContain('# 総務部長（架空 太郎）');
    expect(one.stdout).toMatch(/警告 \/ warning: .*推測/);
    // A page's text that shows page furniture is a web page too: the document form, without --form.
    const pageText = join(dir, 'page.txt');
    writeFileSync(
      pageText,
      ['source: https://example.org/kakuu/2021.html', 'コンテンツへ移動', '部長の抱負', '令和3年度は、架空の年です。'].join('\n'),
    );
    const auto = run(pageText, 'kakuu', 'soumu', '--out', '-', '--content', content);
    expect(auto.status, auto.stderr).toBe(0);
    expect(auto.stdout).toMatch(/^---\nmunicipality: kakuu\n/);
    expect(run(pageText, 'kakuu', 'soumu', '--form', 'yaml', '--year', '2021', '--out', '-', '--content', content).stdout).toMatch(
      /^# yaml-language-server/,
    );

    // A second unit the municipality has (the folder's files name their unit).
    mkdirSync(join(content, 'kakuu/kikaku'));
    writeFileSync(
      join(content, 'kakuu/kikaku/department.yaml'),
      '# yaml-language-server: $schema=../../../schemas/department.schema.json\n# 架空のデータ（テスト用） / Fictional test data\nid: kikaku\nmunicipality: kakuu\nname: 架空企画部\n',
    );
    const pages = join(dir, 'pages');
    mkdirSync(pages);
    const page = (unit: string, year: string, body: string) =>
      writeFileSync(
        join(pages, `kakuu-${unit}-${year}-houfu.txt`),
        ['ここから本文です。', '部長の抱負', body, '架空の取組を進めます。'].join('\n'),
      );
    page('soumu', 'r5', '令和5年度は、架空の年です。');
    page('soumu', 'r6', '令和6年度は、架空の年です。');
    page('kikaku', 'r5', '令和5年度は、架空の企画の年です。');
    writeFileSync(join(pages, 'nothing-known.txt'), '架空の行\n');
    const all = run(pages, 'kakuu', '--form', 'md', '--content', content);
    expect(all.status).toBe(2);
    const table = all.stdout.split('\n');
    expect(table[0]).toBe('file | unit | year | form | lines | placed | furniture | guesses (md) or unplaced (yaml) | result');
    expect(table.filter((l) => / \| md \| 4 \| 3 \| 1 \| 1 \| 作成 \/ created /.test(l))).toHaveLength(3);
    expect(all.stdout).toMatch(/nothing-known\.txt \| \? \|/);
    expect(readdirSync(join(content, 'kakuu/soumu')).sort()).toEqual(['2020.yaml', '2022.md', '2023.md', '2024.md', 'department.yaml']);
    expect(readdirSync(join(content, 'kakuu/kikaku')).sort()).toEqual(['2023.md', 'department.yaml']);
    const check = spawnSync(process.execPath, [CLI, 'validate', '--content', content], { cwd: root, encoding: 'utf8' });
    expect(check.stdout + check.stderr).toMatch(/2024\.md:\d+:\d+ +- +警告 \/ warning: .*fiscalYear/);
    expect(check.status, check.stdout + check.stderr).toBe(0);
  });
});
