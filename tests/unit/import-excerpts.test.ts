/**
 * The import measured on texts of many layouts: every web excerpt (tests/fixtures/web-excerpts/) and
 * both seeds. Prints per file how many lines it has, how many went into fields and which ones, and
 * how many are left under `unplaced`; asserts what no lucky guess can give: an excerpt is never
 * written as the full document, no project comes from a table row, every line is kept.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { draftToYaml } from '../../src/lib/import/draft-to-yaml.ts';
import { validateContent } from '../../src/lib/validate/validate-content.ts';
import { importPlanText, type ImportResult } from '../../src/lib/import/import-plan.ts';
import { planFields, unitKept } from '../helpers/import-measure.ts';
import { projectRoot as root } from '../helpers/pages.ts';
import { readSeed, SEEDS, seedUnits } from '../helpers/seed-units.ts';

const excerptsDir = join(root, 'tests/fixtures/web-excerpts');
const site = mkdtempSync(join(tmpdir(), 'import-excerpts-'));
cpSync(join(root, 'tests/fixtures/base/content'), join(site, 'content'), { recursive: true });
afterAll(() => rmSync(site, { recursive: true, force: true }));

/** What the validator says of a draft besides its unplaced lines and a title it asks for. */
async function problems(result: ImportResult): Promise<string[]> {
  const file = join(site, 'content/kakuu/soumu/2020.yaml');
  writeFileSync(
    file,
    draftToYaml(
      result.plan,
      result.unplaced.map((l) => l.text),
      { file, siteRoot: site },
    ),
  );
  const { diagnostics } = await validateContent(site, { contentDir: join(site, 'content'), only: ['content/kakuu/soumu/2020.yaml'] });
  const askedFor = (d: { code: string; path: string }) =>
    d.code === 'to-be-filled' && ['title', 'documentType', 'source.title'].includes(d.path) && result.plan.title === '要入力';
  return diagnostics
    .filter((d) => d.code !== 'unplaced-text' && !askedFor(d) && !/cannot be the date of a plan/.test(d.en))
    .map((d) => `${d.path} ${d.en}`);
}
const names = readdirSync(excerptsDir)
  .filter((name) => name.endsWith('.txt'))
  .sort();

/** The top-level fields of a draft with how many entries each holds (blocks, items, tables …). */
function fieldsOf(plan: ImportResult['plan']): string {
  const p = plan as Record<string, unknown>;
  const out: string[] = [];
  const count = (key: string, n: number | undefined) => n && out.push(`${key}:${n}`);
  const statements = p.statements as { blocks: { tables?: unknown[]; items?: unknown[]; paragraphs?: unknown[] }[] } | undefined;
  count('blocks', statements?.blocks.length);
  count(
    'tables',
    statements?.blocks.reduce((s, b) => s + (b.tables?.length ?? 0), 0),
  );
  count('leaders', (p.leaders as unknown[] | undefined)?.length);
  count('org', (p.organisation as { units: unknown[] } | undefined)?.units.length);
  count('indicators', (p.indicators as { items: unknown[] } | undefined)?.items.length);
  count('divisions', (p.divisions as { items: unknown[] } | undefined)?.items.length);
  count('policies', (p.policies as { items: unknown[] } | undefined)?.items.length);
  count('projects', (p.projects as { items: unknown[] } | undefined)?.items.length);
  if (p.resources) out.push('resources');
  if ((p.source as { published?: string }).published) out.push('published');
  if (p.parts) out.push(`parts:${(p.parts as unknown[]).length}`);
  if (p.title && p.title !== '要入力') out.push('title');
  return out.join(' ');
}

/** Every line of a table the text has, pipe- or tab-separated. */
const tableRows = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.includes('\t') || /\S\s*\|\s*\S/.test(l));

describe('import on texts of many layouts', () => {
  const rows: Record<string, string | number>[] = [];

  for (const name of names) {
    it(`${name}: an excerpt, every line kept, no project from a table row, valid but for what it asks`, async () => {
      const file = readFileSync(join(excerptsDir, name), 'utf8');
      const result = importPlanText(file, { municipality: 'kakuu', department: 'soumu', fiscalYear: 2020, excerpt: true });
      const plan = result.plan as Record<string, unknown>;
      rows.push({
        file: name.replace(/\.txt$/, ''),
        lines: result.lines,
        placed: result.placed,
        unplaced: result.unplaced.length,
        fields: fieldsOf(result.plan),
      });
      expect((plan.source as { completeness: string }).completeness, name).toBe('excerpt');
      expect((plan.source as { url?: string }).url, name).toBe(/^source: (\S+)/.exec(file)?.[1]);
      expect(result.placed + result.unplaced.length, name).toBe(result.lines);
      const text = file.replace(/^source: \S+\n/, '');
      const fields = planFields({ ...plan, unplaced: result.unplaced.map((l) => l.text) });
      expect(
        seedUnits(text).filter((u) => !unitKept(u, fields)),
        name,
      ).toEqual([]);
      const projects = (plan.projects as { items: { title: string }[] } | undefined)?.items ?? [];
      const table = tableRows(text);
      for (const project of projects)
        expect(
          table.some((row) => row.includes(project.title)),
          `${name}: ${project.title}`,
        ).toBe(false);
      // A title is one naming the document's kind; otherwise it is left for the clerk.
      if (typeof plan.title === 'string' && plan.title !== '要入力')
        expect(plan.title, name).toMatch(/工程表|方針|目標|抱負|マニフェスト|ミッション|計画|チャレンジ/);
      // Every table is a table of a statement block, under the heading before it when there is one.
      for (const key of ['divisions', 'policies', 'resources'] as const) expect(JSON.stringify(plan[key] ?? '')).not.toMatch(/[|｜]/);
      expect(await problems(result), name).toEqual([]);
    });
  }

  for (const seed of SEEDS) {
    it(`seed ${seed.seed}: a full document, read as before`, async () => {
      const result = importPlanText(readSeed(seed), { municipality: seed.municipality, department: seed.department });
      rows.push({
        file: `seed ${seed.seed}`,
        lines: result.lines,
        placed: result.placed,
        unplaced: result.unplaced.length,
        fields: fieldsOf(result.plan),
      });
      expect((result.plan.source as { completeness: string }).completeness).toBe('full');
      expect(result.plan.fiscalYear).toBe(seed.year);
    });
  }

  it('reads several heads of one unit in one cell as leaders, in the order printed', () => {
    // Fictional text in the layout of a Tottori 工程表 whose 部局長名 cell names two heads.
    const text = [
      'source: https://example.org/kakuu',
      '架空局 架空課の工程表',
      '所管組織、所管責任者',
      '部局名 | 部局長名 | 所属名 | 所属長名 | 職員数 |',
      '架空総合事務所架空局 | 所長 架空 一郎・局長 架空 二郎 | 架空課 | 架空 三郎 | 12 |',
    ].join('\n');
    const plan = importPlanText(text, { municipality: 'kakuu', department: 'soumu', excerpt: true }).plan as Record<string, any>;
    expect(plan.organisation.units).toEqual([
      {
        kindLabel: '部局',
        name: '架空総合事務所架空局',
        leaders: [
          { title: '所長', name: '架空 一郎' },
          { title: '局長', name: '架空 二郎' },
        ],
      },
      { kindLabel: '所属', name: '架空課', leader: { title: '所属長', name: '架空 三郎' } },
    ]);
  });

  it("reads Tottori's indicator table into values by column, and its organisation table into units", () => {
    const text = readFileSync(join(excerptsDir, 'tottori-kikaku-2013-koteihyo.txt'), 'utf8');
    const plan = importPlanText(text, { municipality: 'kakuu', department: 'soumu', excerpt: true }).plan as Record<string, any>;
    expect(plan.title).toBe('未来づくり推進局 企画課の工程表');
    expect(plan.organisation.units).toEqual([
      { kindLabel: '部局', name: '未来づくり推進局', leader: { title: '部局長', name: '田中規靖' } },
      { kindLabel: '所属', name: '企画課', leader: { title: '所属長', name: '西尾浩一' } },
    ]);
    const [indicator] = plan.indicators.items;
    expect(indicator).toMatchObject({ number: 1, classification: '成果指標', basis: 'アジェンダ' });
    expect(indicator.values.map((v: { role: string; at?: string }) => `${v.role} ${v.at}`)).toEqual([
      'baseline 23年度当初',
      'initial 24年度当初',
      'target 25年度末',
    ]);
    expect(indicator.values[1]).toMatchObject({ label: '年度当初値', value: 70.3, unit: '%' });
    expect(indicator.values[2]).toMatchObject({ text: '限りなく100%に近づける' });
    // The indicator rows are no generic table, and no project.
    expect(JSON.stringify(plan.statements)).not.toContain('年度当初値');
    expect(plan.projects).toBeUndefined();
  });

  it("reads a web page's leader, date, headed blocks and nested list", () => {
    const text = readFileSync(join(excerptsDir, 'shiogama-shiminsoumu-2017-mission-seisaku-mokuhyo.txt'), 'utf8');
    const plan = importPlanText(text, { municipality: 'kakuu', department: 'soumu', excerpt: true }).plan as Record<string, any>;
    expect(plan.title).toBe('ミッション2017市民総務部の政策目標');
    expect(plan.leaders).toEqual([{ title: '市民総務部長', name: '小山浩幸' }]);
    expect(plan.source.published).toBe('2019-12-02');
    const headings = plan.statements.blocks.map((b: { heading: string }) => b.heading);
    expect(headings).toEqual(['市民総務部のミッション', '今年度のミッション概要', '政策目標']);
    expect(plan.statements.blocks[1].items).toContain('防犯カメラ設置等に関する事業');
    expect(plan.statements.blocks[2].items).toEqual([
      '1. うるおいと魅力あふれる島づくり',
      '2. 震災復興の推進・支援',
      '3. 防災・防犯体制の充実・強化',
      '4. 市内公共交通体系の充実',
    ]);
  });

  it('prints the figures', () => {
    console.log(
      [
        'file | lines | placed | unplaced | fields',
        ...rows.map((r) => `${r.file} | ${r.lines} | ${r.placed} | ${r.unplaced} | ${r.fields}`),
      ].join('\n'),
    );
    const sum = (k: 'lines' | 'placed') => rows.reduce((s, r) => s + Number(r[k]), 0);
    console.log(`total: ${sum('placed')} of ${sum('lines')} lines placed`);
    expect(rows.length).toBe(names.length + SEEDS.length);
  });
});
