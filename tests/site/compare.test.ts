/**
 * Cross-year comparison, end to end. A fictional three-year department (tests/fixtures/multi-year)
 * is built once (tests/helpers/sites.ts); its comparison page, 新旧対照表 and `npm run diff` must each
 * show the added, removed, renamed and changed projects, the changed indicator target, the renamed and the split division.
 * The real Shiogama 2017/2019 and Mitaka 2017/2025 pairs (tests/fixtures/published, built by
 * tests/helpers/sites.ts) must show their differences.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/pages.ts';
import { CLI } from '../helpers/cli.ts';
import { pageText } from './page-text.ts';
import { site } from '../helpers/sites.ts';

const publishedDistDir = await site('published');
const distDir = await site('demo');
const out = await site('multi-year');

const fixture = join(projectRoot, 'tests/fixtures/multi-year/content');

const page = (dir: string, path: string) => readFileSync(join(dir, path, 'index.html'), 'utf8');
/** Visible text with every tag read as a space, so the parts of a cell stay apart. */
const text = (html: string) =>
  pageText(html.replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
/** The cells of the table row that contains `needle`, as text. */
const rowWith = (html: string, needle: string) => {
  const row = [...html.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => m[1]).find((r) => pageText(r).includes(needle));
  return row ? [...row.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((m) => text(m[1])) : undefined;
};

describe('the comparison page of a fictional three-year department', () => {
  it('follows projects: continued, renamed, new and ended', () => {
    const html = page(out, 'ja/kakuu/soumu/compare');
    expect(rowWith(html, '架空の防災訓練の実施')).toEqual([
      '新規 1 架空の防災訓練の実施',
      '継続 1 架空の防災訓練の実施',
      '継続 1 架空の防災訓練の実施',
    ]);
    expect(rowWith(html, '架空の窓口サービス改善')).toEqual(['新規 3 架空の窓口改善', '名称変更 2 架空の窓口サービス改善', '終了']);
    expect(rowWith(html, '架空の電子申請の導入')).toEqual(['—', '新規 4 架空の電子申請の導入', '継続 2 架空の電子申請の導入']);
    expect(rowWith(html, '架空の広報誌の発行')).toEqual(['新規 2 架空の広報誌の発行', '終了', '—']);
    expect(text(html)).toContain('令和元年度（2019年度）→令和2年度（2020年度）: 継続 2件、名称変更 1件、新規 1件、終了 1件');
    expect(text(html)).toContain('令和2年度（2020年度）→令和3年度（2021年度）: 継続 2件、名称変更 0件、新規 0件、終了 2件');
  });

  it('shows each indicator target by year with a status computed from the actuals later plans report', () => {
    const row = rowWith(page(out, 'ja/kakuu/soumu/compare'), '防災訓練の実施（年間12回以上）')!;
    expect(row[0]).toBe('架空の防災訓練の実施');
    expect(row[2]).toBe('達成 目標値: 10回以上 実績値: 11回（令和2年度（2020年度）の計画で報告）');
    expect(row[3]).toBe('未達成 目標値: 12回以上 実績値: 9回（令和3年度（2021年度）の計画で報告）');
    // No actual yet: the target, and no status at all. (Tags read as spaces: 今年度目標値 is a text element.)
    expect(row[4]).toBe('目標値: 12回以上');
  });

  it('shows the plan-level indicators with their printed labels, the actual reported later and the status', () => {
    const html = page(out, 'ja/kakuu/soumu/compare');
    expect(html).toContain('<caption');
    const row = rowWith(html, '架空の相談の解決率')!;
    expect(row[0]).toBe('架空の相談の解決率');
    expect(row[1]).toBe('—');
    expect(row[2]).toBe('達成 年度当初値 (元年度末): 70% 今年度目標値 : 75%以上 実績値: 77%（令和3年度（2021年度）の計画で報告）');
    expect(row[3]).toBe('今年度目標値 : 80%以上');
    expect(html).toMatch(/<th scope="row"[^>]*>\s*(<[^>]+>\s*)*架空の相談の解決率/);
  });

  it('shows evaluations across years, including one a later plan reports', () => {
    const html = page(out, 'ja/kakuu/soumu/compare');
    const row = rowWith(html, '架空の訓練は回数が足りませんでした。')!;
    expect(row[0]).toBe('事業');
    expect(row[1]).toBe('架空の防災訓練の実施');
    expect(row[3]).toBe(
      '（令和3年度（2021年度）の計画で報告） 達成水準を満たさなかった 自己評価 ( 架空の総務部長 ) 架空の訓練は回数が足りませんでした。',
    );
  });

  it('shows staff and budget with the change from the year before', () => {
    const html = page(out, 'ja/kakuu/soumu/compare');
    expect(rowWith(html, '総務部職員')).toEqual(['総務部職員', '40人', '42人 +2人, +5.0%', '45人 +3人, +7.1%']);
    expect(rowWith(html, '総務部予算額')).toEqual(['総務部予算額', '一般会計', '10億円', '11億円 +1億円, +10.0%', '記載なし']);
    expect(rowWith(html, '架空の庁舎清掃')).toEqual(['新規 4 架空の庁舎清掃', '継続 3 架空の庁舎清掃', '終了']);
    // Each as a line chart with its name, and the table named as its text equivalent.
    for (const [id, title] of [
      ['compare-staff-chart', '職員数の推移'],
      ['compare-budget-chart', '予算額の推移'],
    ]) {
      expect(html).toMatch(new RegExp(`<svg[^>]*role="img"[^>]*aria-labelledby="${id}-title ${id}-desc"`));
      expect(html).toMatch(new RegExp(`<figcaption><span id="${id}-title">(<span>)?${title}`));
    }
    expect(html).toContain('同じ数値は表「予算の推移（前年度からの増減）」');
  });

  it('shows the renamed division and the split one with its origin', () => {
    const html = page(out, 'ja/kakuu/soumu/compare');
    expect(rowWith(html, '文書法務課')).toEqual(['新規 文書課', '名称変更 文書法務課', '文書法務課']);
    expect(rowWith(html, '防災計画課')).toEqual(['—', '—', '新規 防災計画課 防災課から分課']);
    expect(rowWith(html, '危機管理課')?.[2]).toBe('新規 危機管理課 防災課から分課');
  });

  it('publishes a 新旧対照表 page for each year against the year before, and links every pair: the others to the page that assembles them', () => {
    const compare = page(out, 'ja/kakuu/soumu/compare');
    for (const pair of ['2019-2020', '2020-2021']) {
      for (const lang of ['ja', 'en'])
        expect(existsSync(join(out, lang, 'kakuu/soumu/compare', pair, 'index.html')), `${lang} ${pair}`).toBe(true);
      expect(compare).toContain(`href="/ja/kakuu/soumu/compare/${pair}/"`);
    }
    expect(existsSync(join(out, 'ja/kakuu/soumu/compare/2019-2021'))).toBe(false);
    expect(compare).toContain('href="/ja/kakuu/soumu/compare/any/?old=2019&amp;new=2021"');
    expect(existsSync(join(out, 'en/kakuu/soumu/compare/any/index.html'))).toBe(true);
  });
});

describe('the 新旧対照表 of a fictional department', () => {
  const html = () => page(out, 'ja/kakuu/soumu/compare/2019-2020');

  it('puts new on the left, old on the right, and marks changes at character level with text for screen readers', () => {
    expect(html()).toMatch(
      /<th scope="col" class="new">新（令和2年度（2020年度））<\/th><th scope="col" class="old">旧（令和元年度（2019年度））<\/th>/,
    );
    const body = rowWith(html(), '庁舎の清掃を週に')!;
    expect(body).toEqual(['庁舎の清掃を週に 追加: 二 追加ここまで 度行います。', '庁舎の清掃を週に 削除: 一 削除ここまで 度行います。']);
    expect(html()).toMatch(/<ins><span class="visually-hidden">追加:<\/span>二<span class="visually-hidden">追加ここまで<\/span><\/ins>度/);
    expect(html()).toMatch(/<del><span class="visually-hidden">削除:<\/span>一<span class="visually-hidden">削除ここまで<\/span><\/del>度/);
  });

  it('shows the renamed project, the changed target, the new and the removed project, and the renamed division', () => {
    const t = text(html());
    expect(t).toContain('架空の窓口サービス改善 — 表題・名称');
    expect(rowWith(html(), '架空の窓口')).toBeDefined();
    expect(t).toContain('防災訓練の実施（年間12回以上） — 目標 › 数値');
    expect(html()).toMatch(/<ins><span class="visually-hidden">追加:<\/span>12/);
    expect(t).toContain('架空の電子申請の導入 — 表題・名称');
    expect(html()).toMatch(
      /<del><span class="visually-hidden">削除:<\/span>架空の広報誌の発行<span class="visually-hidden">削除ここまで<\/span><\/del>/,
    );
    // 文書課 → 文書法務課 is 法務 added, not the whole name replaced.
    expect(rowWith(html(), '追加:法務')).toEqual(['文書 追加: 法務 追加ここまで 課', '文書課']);
  });

  it('shows indicator values with their roles in words, and the computed status', () => {
    const pair = page(out, 'ja/kakuu/soumu/compare/2020-2021');
    const t = text(pair);
    // Each value is an item named by its printed label; its role reads as a word, not a code.
    expect(t).toContain('年度当初値 — 役割 （なし） 削除: 年度当初値 削除ここまで');
    expect(t).toContain('今年度目標値 — 役割 目標値');
    expect(t).toContain('今年度目標値 — 数値 追加: 80 追加ここまで 削除: 75 削除ここまで');
    expect(pair).not.toMatch(/>initial</);
    expect(t).toContain('架空の相談の解決率 — 状況（自動判定）');
    expect(pair).toMatch(/<del><span class="visually-hidden">削除:<\/span>達成<span class="visually-hidden">削除ここまで<\/span><\/del>/);
    // An evaluation reported later is in the redline, its yes/no as a word.
    expect(t).toContain('評価 › 達成水準を満たしたか 追加: いいえ 追加ここまで');
    expect(t).toContain('架空の訓練は回数が足りませんでした。');
  });

  it('shows on the reporting plan’s page every result it gives: a plan-level indicator’s actual and an evaluation', () => {
    for (const [lang, words] of [
      ['ja', ['架空の相談の解決率', '75%以上', '77%', '達成水準', '未達成', '自己評価', '架空の訓練は回数が足りませんでした。']],
      ['en', ['架空の相談の解決率', '77%', 'Notmet', '自己評価', '架空の訓練は回数が足りませんでした。']],
    ] as const) {
      const results = page(out, `${lang}/kakuu/soumu/2021`).split('id="results"')[1]!.split('</section>')[0]!;
      // Compared without spaces: the English puts one between a number and its unit.
      for (const word of words) expect(text(results).replace(/\s/g, '')).toContain(word);
      expect(results).toContain('<caption');
    }
  });

  it('keeps unchanged items in a collapsible section, and offers the column switch without JavaScript', () => {
    expect(html()).toMatch(/<details><summary>変更のない項目（\d+件）<\/summary>/);
    expect(html()).toMatch(/<input type="checkbox" id="swap">/);
    expect(html()).not.toMatch(/<script/);
  });
});

describe('npm run diff on the fictional department', () => {
  const diff = (...args: string[]) =>
    spawnSync(process.execPath, [CLI, 'diff', ...args, '--content', fixture], { cwd: projectRoot, encoding: 'utf8' });

  it('lists field-level changes matched by id, and exits 1', () => {
    const result = diff('kakuu/soumu', '2019', '2020');
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toContain('~ projects.kunren.indicators.kaisuu.target.value: 10 → 12');
    expect(lines).toContain('~ projects.madoguchi.title: 架空の窓口改善 → 架空の窓口サービス改善');
    expect(lines).toContain('~ projects.seisou.body: 庁舎の清掃を週に一度行います。 → 庁舎の清掃を週に二度行います。');
    expect(lines).toContain('+ projects.denshi-shinsei.title: 架空の電子申請の導入');
    expect(lines).toContain('- projects.kouhoushi.title: 架空の広報誌の発行');
    expect(lines).toContain('~ divisions.bunsho.name: 文書課 → 文書法務課');
    expect(diff('kakuu/soumu', '2020', '2021').stdout).toContain('+ divisions.bousai-keikaku.lineage[0].division: bousai');
  });

  it('exits 0 with no output for the same year, and gives Markdown and JSON', () => {
    const same = diff('kakuu/soumu', '2020', '2020');
    expect([same.status, same.stdout]).toEqual([0, '']);
    expect(diff('kakuu/soumu', '2019', '2020', '--format', 'md').stdout).toContain(
      '| changed | `projects.kunren.indicators.kaisuu.target.value` | 10 | 12 |',
    );
    const json = JSON.parse(diff('kakuu/soumu', '2019', '2020', '--format', 'json').stdout) as {
      path: string;
      change: string;
      old?: unknown;
      new?: unknown;
    }[];
    expect(json).toContainEqual({ path: 'projects.kunren.indicators.kaisuu.target.value', change: 'changed', old: 10, new: 12 });
  });

  it('exits 2 with a usage message for bad arguments or a missing plan', () => {
    expect(diff('kakuu/soumu', '2019').status).toBe(2);
    const missing = diff('kakuu/soumu', '2019', '2030');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('2030.yaml');
  });
});

describe('the real multi-year departments', () => {
  it('Shiogama 市民総務部 2017 → 2019 shows the renamed and the ended projects', () => {
    const html = page(publishedDistDir, 'ja/shiogama/shimin-soumu/compare');
    // 2018 has no plan: a column of its own says so, so the two years do not look consecutive.
    expect(rowWith(html, '防犯カメラ設置事業')).toEqual(['新規 防犯カメラ設置等に関する事業', '計画なし', '名称変更 防犯カメラ設置事業']);
    expect(rowWith(html, '津波防災拠点施設の開設・運営')).toEqual(['新規 津波防災拠点施設の開設・運営', '計画なし', '終了']);
    expect(rowWith(html, '本庁舎の環境改善、収納率向上対策事業')?.[2]).toBe('名称変更 名称で対応 本庁舎の環境改善、収納率向上対策事業');
    const table = page(publishedDistDir, 'ja/shiogama/shimin-soumu/compare/2017-2019');
    expect(table).toMatch(/防犯カメラ設置<del><span class="visually-hidden">削除:<\/span>等に関する/);
  });

  it('Mitaka 総務部 2017 → 2025 shows ten ended and five new projects, and both years’ figures', () => {
    const html = page(publishedDistDir, 'ja/mitaka/soumu/compare');
    expect(text(html)).toContain('平成29年度（2017年度）→令和7年度（2025年度）: 継続 0件、名称変更 0件、新規 5件、終了 10件');
    expect(rowWith(html, '総務部職員')).toEqual(['総務部職員', '55人', '計画なし', '記載なし']);
    expect(existsSync(join(publishedDistDir, 'en/mitaka/soumu/compare/2017-2025/index.html'))).toBe(true);
  });

  it('Tottori 企画課 2015 → 2019 (the demo site) reads codes as words: the budget unit, the organisation kinds', () => {
    const html = page(distDir, 'ja/tottori-pref/kikaku/compare/2015-2019');
    const t = text(html);
    // 2019's excerpt stops before its projects: the 2015 project's budget is not in the excerpt, not deleted.
    expect(t).toContain('県政推進費 — 予算額 › 単位 （抜粋に含まれない） 千円');
    expect(t).not.toContain('削除: 千円');
    expect(html).not.toMatch(/>(thousand-yen|headquarters|division|other)</);
  });

  it('a department with one year says so instead of showing empty tables', () => {
    const html = page(publishedDistDir, 'ja/nakano/soumu/compare');
    expect(text(html)).toContain('この部の計画は 令和3年度（2021年度） の1年度分だけのため');
    expect(html).not.toContain('<table');
  });
});

describe('honest comparisons on the demo site (issue 23)', () => {
  const tottori = () => page(distDir, 'ja/tottori-pref/kikaku/compare');

  it('Tottori 企画課: says every year is an excerpt and where each breaks off, and marks 2016–2018 as no plan', () => {
    const html = tottori();
    const coverage = text(html.split('id="compare-coverage"')[1]!.split('</section>')[0]!);
    for (const year of [
      '平成25年度（2013年度）',
      '平成26年度（2014年度）',
      '平成27年度（2015年度）',
      '令和元年度（2019年度）',
      '令和2年度（2020年度）',
    ])
      expect(coverage).toContain(`${year}の計画は出典の抜粋です。`);
    // Where 2019 breaks off: the printed label of the indicator it stops in, from the file.
    expect(coverage).toContain('途切れる所: 地方創生総合戦略KPIの達成状況');
    expect(coverage).toContain('平成28年度（2016年度）〜平成30年度（2018年度）の計画はありません');
    // The gap is a column of its own in the tables, between 2015 and 2019.
    const head = rowWith(html.split('id="compare-projects-table"')[1]!, '令和元年度（2019年度）')!;
    expect(head.indexOf('平成28年度（2016年度）〜平成30年度（2018年度）')).toBe(head.indexOf('平成27年度（2015年度）') + 1);
    expect(head.indexOf('令和元年度（2019年度）')).toBe(head.indexOf('平成27年度（2015年度）') + 2);
  });

  it('Tottori 企画課: a project the 2019 excerpt does not reach is not in the excerpt, never 「—」 or ended', () => {
    const row = rowWith(tottori().split('id="compare-projects-table"')[1]!, '県政推進費')!;
    // Columns: 2013, 2014, 2015, 2016–2018, 2019, 2020.
    expect(row[3]).toBe('計画なし');
    expect(row[4]).toBe('抜粋に含まれない');
    expect(row.join(' ')).not.toContain('終了');
  });

  it('Mitaka 総務部: the 防災 projects moved to 防災安全部, and the page links it', () => {
    const html = page(distDir, 'ja/mitaka/soumu/compare');
    const row = rowWith(html, '総合防災センターの適切な運用等による危機管理体制の強化')!;
    expect(row.at(-1)).toBe('移管 防災安全部へ');
    expect(rowWith(html, '防犯カメラの設置等による安全安心のまちづくりの推進')!.at(-1)).toBe('移管 防災安全部へ');
    // A project of another division still ended.
    expect(rowWith(html, '入札制度等の継続的な見直し')!.at(-1)).toBe('終了');
    expect(html).toContain('href="/ja/mitaka/bousai-anzen/"');
    expect(text(html)).toContain('継続 0件、名称変更 0件、新規 5件、終了 6件、移管 4件');
    expect(text(page(distDir, 'en/mitaka/soumu/compare'))).toContain('Moved to Disaster');
  });

  it('every comparison page with a numeric series draws it as an SVG chart with a title and names its table', () => {
    const pages = readdirSync(join(distDir, 'ja'), { recursive: true, encoding: 'utf8' })
      .filter((p) => /(^|\/)compare\/index\.html$/.test(p))
      .map((p) => readFileSync(join(distDir, 'ja', p), 'utf8'));
    let charted = 0;
    for (const html of pages) {
      for (const table of ['compare-staff', 'compare-budget']) {
        if (!html.includes(`id="${table}"`)) continue;
        const values = [
          ...html
            .split(`id="${table}"`)[1]!
            .split('</table>')[0]!
            .matchAll(/<data value="/g),
        ].length;
        if (values < 2) continue;
        charted++;
        expect(html).toMatch(new RegExp(`<svg[^>]*role="img"[^>]*aria-labelledby="${table}-chart-title ${table}-chart-desc"`));
        expect(html).toMatch(new RegExp(`<span id="${table}-chart-title">(<span>)?[^<]+`));
      }
    }
    expect(charted).toBeGreaterThan(0);
  });

  it('the Tottori 新旧対照表 2015/2019 says both years are excerpts and 2016–2018 have no plan, and counts its changes', () => {
    const html = page(distDir, 'ja/tottori-pref/kikaku/compare/2015-2019');
    const t = text(html);
    expect(t).toContain('平成27年度（2015年度）の計画は出典の抜粋です。');
    expect(t).toContain('令和元年度（2019年度）の計画は出典の抜粋です。');
    expect(t).toContain('平成28年度（2016年度）〜平成30年度（2018年度）の計画はありません');
    // Where an excerpt breaks off is a fact about the source, not a change of the plan.
    expect(t).not.toMatch(/途切れ (はい|いいえ)/);
    // The summary counts by kind and links into the rows.
    const glance = html.split('id="taishou-glance"')[1]!.split('</section>')[0]!;
    expect(text(glance)).toMatch(/抜粋に含まれない \d+件/);
    expect(glance).toMatch(/<a href="#taishou-row-\d+">個別事業: \d+件<\/a>/);
    for (const [, id] of glance.matchAll(/href="#(taishou-row-\d+)"/g)) expect(html).toContain(`id="${id}"`);
  });

  it('名張市 総務部 (text only, Markdown): compares the text year by year and leaves out the sections no year has', () => {
    const html = page(distDir, 'ja/nabari/soumu/compare');
    const t = text(html);
    const section = html.split('id="compare-text"')[1]!.split('</section>')[0]!;
    // Five years: four pairs, each its own table of text changes (or a line saying the text is the same).
    expect([...section.matchAll(/<h3 id="compare-text-\d{4}-\d{4}"/g)]).toHaveLength(4);
    expect(section).toMatch(/<table class="taishou-table stack" id="compare-text-table-2017-2018">/);
    expect(text(section)).toContain('平成30年度の抱負 総務部長');
    // Gap years are said, and a pair across them is still compared.
    expect(t).toContain('令和2年度（2020年度）、令和4年度（2022年度）の計画はありません。');
    expect(t).not.toContain('計画なし');
    expect(section).toContain('id="compare-text-2019-2021"');
    // No heading over nothing.
    for (const id of ['compare-divisions', 'compare-projects', 'compare-resources', 'compare-indicators', 'compare-evaluations'])
      expect(html).not.toContain(`id="${id}"`);
    expect(t).toContain('どの年度の計画にも記載がないもの: 経営資源の推移、個別事業の推移、目標指標の推移、評価の推移');
  });

  it('新旧対照表 rows are named by the printed headings, never ids or codes, and an unchanged line is not marked', () => {
    const tottori = text(page(distDir, 'ja/tottori-pref/kikaku/compare/2015-2019'));
    expect(tottori).not.toMatch(/ブロック [a-z]/);
    expect(tottori).toContain('基本的事項 — ブロック 組織ミッション');
    expect(tottori).toContain('出典 — 収録範囲 抜粋');
    const naka = page(distDir, 'ja/yokohama/naka-ku/compare/2022-2024');
    // The 2024 基本目標 keeps the 2022 slogan and adds paragraphs after it: only those are marked.
    const row = naka.split('基本目標 — 本文')[1]!.split('</tbody>')[0]!;
    expect(row).toMatch(/<td class="new"[^>]*>誰もが安心と活力を実感するまち中区/);
    expect(row).toMatch(/<td class="old"[^>]*>誰もが安心と活力を実感するまち中区\n~住んで良し、働いて良し、訪れて良し~<\/td>/);
  });

  it('says so in English too', () => {
    const t = text(page(distDir, 'en/tottori-pref/kikaku/compare'));
    expect(t).toContain('The FY2019 plan is an excerpt of its source.');
    expect(t).toContain('No plan');
  });
});
