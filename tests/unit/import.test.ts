/**
 * `npm run import` on both seed documents (tests/fixtures/seeds/), measured against the plans the demo
 * site holds, written by hand from them: the share of the seed's text units that land in the same
 * field (printed), and that every unit is kept somewhere. Also the import of the web excerpts
 * (tests/fixtures/web-excerpts/) and the command itself.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { importPlanText } from '../../src/lib/import/import-plan.ts';
import { importContext } from '../../src/lib/import/import-context.ts';
import { draftToYaml } from '../../src/lib/import/draft-to-yaml.ts';
import { cleanText, joinWrapped } from '../../src/lib/import/source-lines.ts';
import { textToAsOf, textToBudget, textToFiscalYear, textToRatio, textToStaff, textToTarget } from '../../src/lib/import/figures.ts';
import { validateContent } from '../../src/lib/validate/validate-content.ts';
import { measureImport, planFields, unitKept } from '../helpers/import-measure.ts';
import { projectRoot as root } from '../helpers/pages.ts';
import { readSeed, SEEDS, seedPath, seedsDir, seedUnits, writeSeedSite, type Seed } from '../helpers/seed-units.ts';
import { CLI } from '../helpers/cli.ts';

const excerptsDir = join(root, 'tests/fixtures/web-excerpts');
const readYaml = (path: string) => load(readFileSync(path, 'utf8')) as Record<string, unknown>;
const temps: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'import-'));
  temps.push(dir);
  return dir;
};
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const seeds = SEEDS;
/** The seeds' departments with their hand-made plans, as the demo site has them. */
const seedSite = join(tempDir(), 'content');
writeSeedSite(seedSite, { plans: true });

/** Imports a seed as the command does, in the seeds' site (where its department has no other year). */
async function importSeed(seed: Seed) {
  const { municipality, department, year } = seed;
  const text = readSeed(seed);
  const result = importPlanText(text, await importContext(seedSite, municipality, department, year));
  return { text, result, handMade: readYaml(join(seedSite, municipality, department, `${year}.yaml`)) };
}

describe('the seed documents', () => {
  it('are the published texts, byte for byte as the README of tests/fixtures/seeds lists them', () => {
    const listed = [...readFileSync(join(seedsDir, 'README.md'), 'utf8').matchAll(/^([0-9a-f]{64}) {2}(\S+)$/gm)].map((m) => [m[2], m[1]]);
    expect(listed.map(([file]) => file)).toEqual(seeds.map((s) => s.seed));
    for (const [file, sha256] of listed)
      expect(
        createHash('sha256')
          .update(readFileSync(seedPath(file!)))
          .digest('hex'),
        file,
      ).toBe(sha256);
  });
});

describe('npm run import on the seed documents', () => {
  for (const seed of seeds) {
    it(`${seed.seed} → ${seed.municipality}/${seed.department}/${seed.year}: ≥ 90% of units in the right field, 100% kept`, async () => {
      const { text, result, handMade } = await importSeed(seed);
      const units = seedUnits(text);
      const draft = { ...result.plan, unplaced: result.unplaced.map((l) => l.text) };
      const m = measureImport(units, draft, handMade);
      const pct = (n: number) => ((100 * n) / m.units).toFixed(1);
      console.log(
        `import ${seed.seed}: ${m.units} units; placed in the right field ${m.placed} (${pct(m.placed)}%); kept ${m.kept} (${pct(m.kept)}%); ` +
          `lines ${result.placed}/${result.lines} placed, ${result.unplaced.length} unplaced`,
      );
      if (m.misplaced.length) console.log('misplaced:', JSON.stringify(m.misplaced, null, 1));
      expect(m.units).toBeGreaterThanOrEqual(60);
      expect(m.lost).toEqual([]);
      expect(m.placed / m.units).toBeGreaterThanOrEqual(0.9);
      expect(result.plan.fiscalYear).toBe(seed.year);

      // The draft is a valid plan file in the seeds' site without the hand-made one.
      const content = join(tempDir(), 'content');
      cpSync(seedSite, content, { recursive: true });
      const file = join(content, seed.municipality, seed.department, `${seed.year}.yaml`);
      writeFileSync(
        file,
        draftToYaml(
          result.plan,
          result.unplaced.map((l) => l.text),
          { file, siteRoot: join(content, '..') },
        ),
      );
      const { diagnostics } = await validateContent(join(content, '..'), { contentDir: content });
      expect(diagnostics.map((d) => `${d.file}:${d.line} ${d.path} ${d.code}`)).toEqual([]);
    });
  }

  it('reads the same from text wrapped at the page width, as pdftotext writes it', async () => {
    // Every line longer than the width is broken into several, as a PDF's text layer holds paragraphs.
    const wrap = (text: string, width: number) =>
      text
        .split('\n')
        .flatMap((line) => (line.includes('\t') ? [line] : (line.match(new RegExp(`.{1,${width}}`, 'gu')) ?? [''])))
        .join('\n');
    for (const seed of seeds) {
      const { text, handMade } = await importSeed(seed);
      for (const width of [30, 40]) {
        const result = importPlanText(wrap(text, width), { municipality: seed.municipality, department: seed.department });
        const m = measureImport(seedUnits(text), { ...result.plan, unplaced: result.unplaced.map((l) => l.text) }, handMade);
        console.log(
          `import ${seed.seed} wrapped at ${width}: placed ${m.placed}/${m.units} (${((100 * m.placed) / m.units).toFixed(1)}%), kept ${m.kept}/${m.units}`,
        );
        if (m.misplaced.length) console.log('misplaced:', JSON.stringify(m.misplaced));
        expect(m.lost, `${seed.seed} at ${width}`).toEqual([]);
        expect(m.placed / m.units, `${seed.seed} at ${width}`).toBeGreaterThanOrEqual(0.9);
      }
    }
  });

  it('the measure notices a line the draft lost, and a unit put in the wrong field', async () => {
    const { text, result, handMade } = await importSeed(seeds[0]!);
    const plan = structuredClone(result.plan) as { projects: { items: { body?: string; title: string }[] } };
    plan.projects.items[9]!.body = plan.projects.items[9]!.body!.split('\n\n').slice(0, 2).join('\n\n');
    plan.projects.items[8]!.title = `${plan.projects.items[8]!.title}${plan.projects.items[8]!.body}`;
    delete plan.projects.items[8]!.body;
    const m = measureImport(seedUnits(text), plan, handMade);
    expect(m.lost).toEqual(['生活安全推進協議会と協働で安全安心のまちづくりをさらに推進します。']);
    expect(m.misplaced.map((x) => x.expected)).toContainEqual(['projects.items[8].body']);
    expect(unitKept('総務部職員55人(うち、他団体からの派遣職員1人)', planFields(handMade))).toBe(true);
  });

  it('ids come from the other years of the department when titles match', async () => {
    const { result } = await importSeed(seeds[0]!);
    const reference = readYaml(join(seedSite, 'mitaka/soumu/2017.yaml'));
    const again = importPlanText(readSeed(seeds[0]), { municipality: 'mitaka', department: 'soumu', references: [reference] });
    // A plan whose titles are all different lends no ids.
    const unrelated = readYaml(join(root, 'tests/fixtures/base/content/kakuu/soumu/2020.yaml'));
    const apart = importPlanText(readSeed(seeds[0]), { municipality: 'mitaka', department: 'soumu', references: [unrelated] });
    const ids = (plan: Record<string, unknown>) => (plan.projects as { items: { id: string }[] }).items.map((p) => p.id);
    expect(ids(result.plan)[0]).toBe('project-1');
    expect(ids(apart.plan)).toEqual(ids(result.plan));
    expect(ids(again.plan)).toEqual(ids(reference));
    const divisions = (plan: Record<string, unknown>) => (plan.divisions as { items: { id: string }[] }).items.map((d) => d.id);
    expect(divisions(again.plan)).toEqual(divisions(reference));
  });
});

describe('reading figures', () => {
  it('joins lines broken at the page width, but not headings, list items or table rows', () => {
    const lines = (texts: string[]) => texts.map((text, i) => ({ number: i + 1, text }));
    const joined = joinWrapped(
      lines([
        '災害発生時に災害対策活動の中核となる元気創造プラザについて、平常時から',
        '災害時への迅速かつ適切な機能転換を図ります。',
        '',
        '各課の役割',
        '総務部は、7課で構成されます。',
      ]),
    );
    expect(joined.map((l) => [l.number, l.text])).toEqual([
      [1, '災害発生時に災害対策活動の中核となる元気創造プラザについて、平常時から災害時への迅速かつ適切な機能転換を図ります。'],
      [3, ''],
      [4, '各課の役割'],
      [5, '総務部は、7課で構成されます。'],
    ]);
    const kept = joinWrapped(
      lines(['・防災出前講座及びミニ防災訓練の実施（年間80回以上）の継続的な拡充と実施', '・災害時在宅生活支援施設の整備']),
    );
    expect(kept).toHaveLength(2);
    // A web page's lines are whole paragraphs and items of any length: nothing there is a page-width wrap.
    const web = lines([
      '架空市の各部が毎年度策定する運営方針について、その概要と主な取組を紹介するための架空の段落です（テスト用の文章で、実在の計画ではありません）。',
      '財務書類及び財政見通しによる架空の職員向け研修会の開催',
      '架空の本庁舎の環境改善、収納率向上対策事業の推進',
      '市民部',
      '架空の証明書自動交付サービス事業等の拡充',
    ]);
    expect(joinWrapped(web)).toHaveLength(5);
  });

  it('cleans PDF spacing but keeps numbering and names', () => {
    expect(cleanText('- ・防災出前講座の実施（年間 80 回以上）')).toBe('・防災出前講座の実施（年間80回以上）');
    expect(cleanText('総務部長 伊藤 幸寛')).toBe('総務部長 伊藤 幸寛');
    expect(cleanText('1 部の使命・目標に関する認識')).toBe('1 部の使命・目標に関する認識');
  });

  it('reads years, dates, staff, ratios, budgets and targets', () => {
    expect(textToFiscalYear('令和元年度の組織運営方針')).toBe(2019);
    expect(textToFiscalYear('2024年度 部の目標')).toBe(2024);
    expect(textToAsOf('2 部の経営資源(平成29年4月1日現在)')).toBe('2017-04-01');
    expect(textToStaff('総務部職員55人(うち、他団体からの派遣職員1人)')).toEqual({
      label: '総務部職員',
      count: 55,
      includes: [{ label: '他団体からの派遣職員', count: 1 }],
    });
    expect(textToRatio('職員比率(正規職員) 総務部55人/市職員988人 職員比率 約5.6%')).toMatchObject({
      staff: 55,
      total: 988,
      percent: 5.6,
      approximate: true,
    });
    expect(textToBudget('一般会計13,510,540,000円（人件費9,303,124,000円を含む。）')).toEqual({
      account: '一般会計',
      amount: 13510540000,
      unit: 'yen',
      includes: [{ label: '人件費', amount: 9303124000 }],
    });
    expect(textToBudget('特別会計 1,234千円')).toEqual({ account: '特別会計', amount: 1234, unit: 'thousand-yen' });
    expect(textToTarget('防災出前講座及びミニ防災訓練の実施（年間80回以上）')).toEqual({
      value: 80,
      unit: '回',
      comparator: 'gte',
      period: 'per-year',
    });
    expect(textToTarget('街頭防犯カメラの設置（3地区9台、市独自2台 合計11台）')).toEqual({
      value: 11,
      unit: '台',
      period: 'total',
      breakdown: [
        { label: '3地区', value: 9 },
        { label: '市独自', value: 2 },
      ],
    });
    expect(textToTarget('路面シールの貼付（1地区3枚 全15地区）')).toEqual({ value: 15, unit: '地区', period: 'total', note: '1地区3枚' });
    expect(textToTarget('街頭防犯カメラの設置（3地区9台 合計12台）')).toMatchObject({ value: 12, note: '3地区9台' });
    expect(textToTarget('暫定駐輪場の整備を完了し7月に運用を開始')).toBeUndefined();
  });
});

describe('never dropping text', () => {
  it('keeps a table header the schema has no place for', () => {
    const text = [
      '総務部',
      '架空の部の目標（テスト用）令和2年度',
      '課の名称\t役割\t重点取組み事項',
      '架空課\t架空の役割を担う。\t<ul><li>○ 架空の取組を進める。</li></ul>',
    ].join('\n');
    const result = importPlanText(text, { municipality: 'kakuu', department: 'soumu' });
    expect(result.plan.divisions).toEqual({
      columns: { name: '課の名称', initiatives: '重点取組み事項' },
      items: [{ id: 'division-1', name: '架空課', role: '架空の役割を担う。', initiatives: ['架空の取組を進める。'] }],
    });
    expect(result.unplaced).toEqual([{ number: 3, text: '役割' }]);
    expect(result.placed).toBe(4);
  });

  it('keeps every line of other documents, in order, placed or unplaced, in a draft that is valid but for them', async () => {
    const dir = tempDir();
    cpSync(join(root, 'tests/fixtures/base/content'), join(dir, 'content'), { recursive: true });
    const names = readdirSync(excerptsDir).filter((name) => name.endsWith('.txt'));
    expect(names.length).toBeGreaterThanOrEqual(20);
    for (const name of names) {
      const file = readFileSync(join(excerptsDir, name), 'utf8');
      // The first line names the page the excerpt came from: the import takes it as the source's address.
      const url = /^source: (\S+)\n/.exec(file)?.[1];
      const result = importPlanText(file, { municipality: 'kakuu', department: 'soumu', fiscalYear: 2020 });
      expect((result.plan.source as { url?: string }).url, name).toBe(url);
      const text = file.replace(/^source: \S+\n/, '');
      const fields = planFields({ ...result.plan, unplaced: result.unplaced.map((l) => l.text) });
      expect(result.placed + result.unplaced.length, name).toBe(result.lines);
      expect(
        seedUnits(text).filter((u) => !unitKept(u, fields)),
        name,
      ).toEqual([]);
      writeFileSync(
        join(dir, 'content/kakuu/soumu/2020.yaml'),
        draftToYaml(
          result.plan,
          result.unplaced.map((l) => l.text),
          { file: join(dir, 'content/kakuu/soumu/2020.yaml'), siteRoot: dir },
        ),
      );
      const { diagnostics } = await validateContent(dir, { contentDir: join(dir, 'content'), only: ['content/kakuu/soumu/2020.yaml'] });
      // A text without a line that looks like a title leaves the title to the clerk (要入力), never a guess.
      const askedFor = (d: { code: string; path: string }) =>
        d.code === 'to-be-filled' && ['title', 'documentType', 'source.title'].includes(d.path) && result.plan.title === '要入力';
      expect(
        diagnostics
          .filter((d) => d.code !== 'unplaced-text' && !askedFor(d) && !/cannot be the date of a plan/.test(d.en))
          .map((d) => `${d.path} ${d.en}`),
        name,
      ).toEqual([]);
    }
  });
});

describe('the import command', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [CLI, 'import', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, PLANS_CONTENT_DIR: '' } });

  it('writes the draft where the plan belongs, validates it, and refuses to overwrite', () => {
    const content = join(tempDir(), 'content');
    const seed = seedPath(seeds[1]);
    const first = run(seed, 'nakano', 'soumu', '--content', content);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('17 行のうち 17 行を項目に配置');
    const plan = readFileSync(join(content, 'nakano/soumu/2021.yaml'), 'utf8');
    expect(plan.split('\n')[0]).toBe('# yaml-language-server: $schema=../../../schemas/plan.schema.json');
    expect(readFileSync(join(content, 'nakano/soumu/department.yaml'), 'utf8')).toContain('name: 総務部');
    expect(readFileSync(join(content, 'nakano/municipality.yaml'), 'utf8')).toContain('name: 要入力');
    const again = run(seed, 'nakano', 'soumu', '--content', content);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('上書きしません');
    expect(readFileSync(join(content, 'nakano/soumu/2021.yaml'), 'utf8')).toBe(plan);
  });

  it('keeps unplaced lines for the clerk, and the validator reports each until moved', () => {
    const dir = tempDir();
    const content = join(dir, 'content');
    cpSync(seedSite, content, { recursive: true });
    const text = readSeed(seeds[0]).replace('【目標指標】\n\n - ・災害時', '架空の注記行（テスト用）\n【目標指標】\n\n - ・災害時');
    writeFileSync(join(dir, 'plan.txt'), `${text}\n架空の最終行（テスト用、どこにも属さない）。\n`);
    const result = run(join(dir, 'plan.txt'), 'mitaka', 'soumu', '--year', '2030', '--content', content);
    expect(result.status, result.stderr).toBe(0);
    const written = readFileSync(join(content, 'mitaka/soumu/2030.yaml'), 'utf8');
    expect(written).toContain('unplaced:\n  - 架空の最終行（テスト用、どこにも属さない）。');
    expect(result.stdout).toContain('unplaced[0]');
    expect(result.stdout).toContain('取り込み（npm run import）で置き場所が決まらなかった文です');
    const check = spawnSync(process.execPath, [CLI, 'validate', '--content', content], { cwd: root, encoding: 'utf8' });
    expect(check.status).toBe(1);
    expect(check.stdout).toMatch(/mitaka\/soumu\/2030\.yaml:\d+:\d+ +unplaced\[0\]/);
  });

  it('writes an excerpt as an excerpt, with the address of its first line and the title given with --title', () => {
    const dir = tempDir();
    const text = [
      'source: https://example.org/kakuu/plan.html',
      '',
      'ページの案内（架空のテスト用ページ）',
      '架空の部の抱負 令和2年度',
      '■ 部の目標',
      '架空の目標を進める。',
    ].join('\n');
    writeFileSync(join(dir, 'excerpt.txt'), text);
    const out = run(
      join(dir, 'excerpt.txt'),
      'kakuu',
      'soumu',
      '--excerpt',
      '--title',
      '架空の部の抱負 令和2年度',
      '--out',
      '-',
      '--content',
      join(dir, 'content'),
    );
    expect(out.status, out.stderr).toBe(0);
    const plan = load(out.stdout) as {
      title: string;
      source: { url: string; completeness: string };
      statements: { blocks: unknown[] };
      unplaced?: string[];
    };
    expect(plan.title).toBe('架空の部の抱負 令和2年度');
    expect(plan.source).toMatchObject({ url: 'https://example.org/kakuu/plan.html', completeness: 'excerpt' });
    expect(plan.statements.blocks).toEqual([{ kind: 'goals', heading: '■ 部の目標', paragraphs: ['架空の目標を進める。'] }]);
    expect(plan.unplaced).toEqual(['ページの案内（架空のテスト用ページ）']);
    expect(run(join(dir, 'excerpt.txt'), 'kakuu', 'soumu', '--title', ' ', '--out', '-').status).toBe(2);
  });

  it('prints to standard output with --out -, and asks for --year when the text has none', () => {
    const dir = tempDir();
    const out = run(seedPath(seeds[0]), 'mitaka', 'soumu', '--out', '-', '--content', join(dir, 'content'));
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('fiscalYear: 2017');
    expect(readdirSync(dir)).toEqual([]);
    writeFileSync(join(dir, 'no-year.txt'), '架空の計画（テスト用）\n本文です。\n');
    const noYear = run(join(dir, 'no-year.txt'), 'kakuu', 'soumu', '--content', join(dir, 'content'));
    expect(noYear.status).toBe(2);
    expect(noYear.stderr).toContain('--year');
    expect(run('missing.txt', 'mitaka', 'soumu').status).toBe(2);
    expect(run(join(dir, 'no-year.txt'), 'Mitaka', 'soumu').status).toBe(2);
  });
});
