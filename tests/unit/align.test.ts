/**
 * The 新旧対照表 and npm run diff line plans up field by field: the newer model's fields (tables cell
 * by cell, indicator values, evaluation, organisation) and the computed status are all in it.
 * The plans are fictional (架空市).
 */
import { describe, expect, it } from 'vitest';
import { PlanSchema, type Plan } from '../../schemas/plan/index.ts';
import { alignPlans } from '../../src/lib/compare/align.ts';

const plan = (input: Record<string, unknown>): Plan =>
  PlanSchema.parse({
    municipality: 'kakuu',
    department: 'kikaku',
    documentType: '計画',
    title: '架空市の計画',
    source: { title: '架空', completeness: 'full' },
    evaluationScale: { grades: [{ grade: 'A' }, { grade: 'B' }] },
    ...input,
  }) as Plan;

const older = plan({
  fiscalYear: 2020,
  organisation: {
    units: [
      { kind: 'bureau', name: '未来局', leader: { title: '局長', name: '甲野太郎' } },
      { kind: 'division', name: '企画課' },
    ],
  },
  statements: {
    blocks: [
      {
        id: 'goal',
        heading: '目標',
        tables: [
          {
            caption: '工程',
            columns: ['項目', '4月', '5月'],
            rows: [
              ['会議', '開催', ''],
              ['報告', '', '提出'],
            ],
          },
        ],
        evaluation: { grade: 'B' },
      },
    ],
  },
  indicators: {
    items: [
      {
        id: 'soudan',
        label: '相談の解決率',
        values: [
          { role: 'target', value: 75, unit: '%', comparator: 'gte' },
          { role: 'actual', value: 72, unit: '%' },
        ],
      },
    ],
  },
});
const newer = plan({
  fiscalYear: 2021,
  organisation: {
    units: [
      { kind: 'bureau', name: '未来局', leader: { title: '局長', name: '乙山花子' } },
      { kind: 'division', name: '企画課' },
    ],
  },
  statements: {
    blocks: [
      {
        id: 'goal',
        heading: '目標',
        tables: [
          {
            caption: '工程',
            columns: ['項目', '4月', '5月'],
            rows: [
              ['会議', '開催', '開催'],
              ['報告', '', '提出'],
            ],
          },
        ],
        evaluation: { grade: 'A', assessments: [{ role: '自己評価', text: 'おおむね順調' }] },
      },
    ],
  },
  indicators: {
    items: [{ id: 'soudan', label: '相談の解決率', values: [{ role: 'target', value: 80, unit: '%', comparator: 'gte' }] }],
  },
  results: [{ fiscalYear: 2020, indicator: 'soudan', actual: { value: 76, unit: '%' } }],
});

describe('aligning the newer fields', () => {
  const fields = alignPlans(older, newer);
  const at = (path: string) => fields.find((f) => f.path === path);

  it('compares tables cell by cell, an empty cell as an empty text', () => {
    const cells = fields.filter((f) => f.path.includes('cell['));
    expect(cells.map((f) => f.path.replace(/^.*\./, ''))).toEqual([
      'cell[1,1]',
      'cell[1,2]',
      'cell[1,3]',
      'cell[2,1]',
      'cell[2,2]',
      'cell[2,3]',
    ]);
    const changed = cells.filter((f) => f.status !== 'same');
    expect(changed.map((f) => [f.field.replace(/^.*\./, ''), f.old, f.new])).toEqual([['cell[1,3]', '', { ja: '開催' }]]);
    expect(fields.some((f) => f.path.endsWith('columns') && (f.new as { ja: string }).ja === '項目\n4月\n5月')).toBe(true);
  });

  it('lines up indicator values, evaluations and the organisation', () => {
    const values = fields.filter((f) => f.path.startsWith('indicators.soudan.values'));
    expect(values.some((f) => f.path.endsWith('.value') && f.old === 75 && f.new === 80)).toBe(true);
    expect(values.some((f) => f.path.endsWith('.value') && f.old === 72 && f.status === 'removed')).toBe(true);
    const grade = fields.find((f) => f.path.endsWith('evaluation.grade'));
    expect([grade?.old, grade?.new, grade?.status]).toEqual(['B', 'A', 'changed']);
    expect(fields.some((f) => f.path.includes('evaluation.assessments') && f.status === 'added')).toBe(true);
    const leader = fields.find((f) => f.path.includes('organisation') && f.path.endsWith('leader.name'));
    expect([leader?.old, leader?.new]).toEqual([{ ja: '甲野太郎' }, { ja: '乙山花子' }]);
  });

  it('adds the computed status of each indicator, the newer plan’s report counting for the older', () => {
    // 2020: 76% reported in 2021 against 75% or more → met; 2021 has no actual yet → no status.
    expect(at('indicators.soudan.status')).toMatchObject({ old: { ja: '達成', en: 'Met' }, new: undefined, status: 'removed' });
  });
});

describe('nothing of a plan is missing from the alignment', () => {
  /** Every text and number of a plan, except ids and the plan's place and year. */
  const leaves = (v: unknown, key = ''): string[] => {
    if (v === null || v === undefined || key === 'id') return [];
    if (typeof v !== 'object') return [String(v)];
    if (Array.isArray(v)) return v.flatMap((x) => leaves(x));
    return Object.entries(v as Record<string, unknown>).flatMap(([k, x]) =>
      ['municipality', 'department', 'fiscalYear'].includes(k) && x === (newer as Record<string, unknown>)[k] ? [] : leaves(x, k),
    );
  };
  it('holds every text and number of the newer plan in some field', () => {
    const texts = alignPlans(older, newer).map((f) =>
      f.new === undefined ? '' : typeof f.new === 'object' ? `${f.new.ja}\n${f.new.en ?? ''}` : String(f.new),
    );
    for (const leaf of leaves(newer))
      expect(
        texts.some((t) => t.includes(leaf)),
        leaf,
      ).toBe(true);
  });
});

describe('naming items', () => {
  it('names an indicator without a label by its printed number', () => {
    const a = plan({
      fiscalYear: 2020,
      indicators: { items: [{ id: 'x', number: 2, values: [{ role: 'long-term-target', text: '全て達成する' }] }] },
    });
    const b = plan({
      fiscalYear: 2021,
      indicators: { items: [{ id: 'x', number: 2, values: [{ role: 'long-term-target', text: '全て達成した' }] }] },
    });
    const named = alignPlans(a, b).filter((f) => f.path === 'indicators.x.number');
    expect(named.map((f) => f.itemTitle)).toEqual([{ ja: '指標2', en: 'Indicator 2' }]);
  });

  it('names a block of the outline without a heading by the chapter that holds it, with an id or without', () => {
    const outline = (year: number, text: string) =>
      plan({
        fiscalYear: year,
        parts: [
          { heading: '架空の目標', content: [{ id: 'mokuhyou', paragraphs: [text] }] },
          {
            heading: '架空の施策',
            content: [{ heading: '1 架空の柱', content: [{ id: 'hashira', paragraphs: [text] }] }, { paragraphs: [text] }],
          },
        ],
      });
    const fields = alignPlans(outline(2020, '架空の文を書く。'), outline(2021, '架空の文を書いた。')).filter((f) =>
      f.path.endsWith('paragraphs'),
    );
    expect(fields.map((f) => [f.item, f.itemTitle?.ja])).toEqual([
      ['parts[0].content.mokuhyou', '架空の目標'],
      ['parts[1].content[0].content.hashira', '1 架空の柱'],
      ['parts[1].content[1]', '架空の施策'],
    ]);
  });
});
