/**
 * The figures module: staff totals, yen, an indicator's values as one list, its reported actual and
 * its status. Every plan here is fictional (架空市), made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { PlanSchema, type Indicator, type Plan } from '../../schemas/plan/index.ts';
import { amountToYen, budgetYen, staffTotal } from '../../src/lib/figures/resources.ts';
import {
  evaluationsOf,
  indicatorFigures,
  indicatorStatus,
  indicatorValues,
  numericTarget,
  planIndicators,
  reportedActual,
} from '../../src/lib/figures/indicators.ts';
import { departmentTimeline } from '../../src/lib/compare/timeline.ts';

const unit = (ja: string) => ({ ja });
const plan = (input: Record<string, unknown>): Plan =>
  PlanSchema.parse({
    municipality: 'kakuu',
    department: 'soumu',
    documentType: '計画',
    title: '架空市の計画',
    source: { title: '架空', completeness: 'full' },
    ...input,
  }) as Plan;

describe('staff and budget figures', () => {
  it('counts staff from count, else from the composition', () => {
    expect(staffTotal({ count: 12 })).toBe(12);
    expect(
      staffTotal({
        composition: [
          { label: unit('常勤職員'), count: 7 },
          { label: unit('嘱託員'), count: 4 },
        ],
      }),
    ).toBe(11);
    expect(staffTotal({})).toBeUndefined();
  });
  it('turns thousands of yen into yen', () => {
    expect(amountToYen(74911, 'thousand-yen')).toBe(74911000);
    expect(amountToYen(5000)).toBe(5000);
    expect(budgetYen({ amount: 3, unit: 'thousand-yen' })).toBe(3000);
  });
});

describe('indicator status', () => {
  const target = (value: number, comparator: 'eq' | 'gte' | 'lte' | 'gt' | 'lt' = 'eq') => ({ value, unit: unit('回'), comparator });
  it.each([
    [target(80, 'gte'), { value: 85, unit: unit('回') }, 'met'],
    [target(80, 'gte'), { value: 79 }, 'not-met'],
    [target(2), { value: 2 }, 'met'],
    [target(10, 'lte'), { value: 12 }, 'not-met'],
    [target(10, 'lt'), { value: 9 }, 'met'],
    [target(10, 'gt'), { value: 10 }, 'not-met'],
    [target(80, 'gte'), undefined, undefined],
    [undefined, undefined, undefined],
    [undefined, { value: 3 }, 'indeterminable'],
    [{ value: 80, unit: unit('回') }, { value: 85 }, 'indeterminable'],
    [target(80, 'gte'), { text: unit('概ね達成') }, 'indeterminable'],
    [target(80, 'gte'), { value: 90, unit: unit('人') }, 'indeterminable'],
  ] as const)('%j with actual %j → %s', (t, actual, status) => {
    expect(indicatorStatus(t, actual)).toBe(status);
  });
});

describe('indicator values', () => {
  it('turns the compact fields into values with roles', () => {
    const i: Indicator = {
      id: 'kouza',
      baseline: { value: 60, unit: unit('回'), asOf: '2019-03-31' },
      target: { value: 80, unit: unit('回'), comparator: 'gte', period: 'per-year', note: unit('1地区3回') },
      actual: { value: 85, unit: unit('回') },
      longTermTarget: { text: unit('全地区で実施') },
    };
    expect(indicatorValues(i)).toEqual([
      { role: 'baseline', value: 60, unit: unit('回'), asOf: '2019-03-31' },
      { role: 'target', value: 80, unit: unit('回'), comparator: 'gte', period: 'per-year', note: unit('1地区3回') },
      { role: 'actual', value: 85, unit: unit('回') },
      { role: 'long-term-target', text: unit('全地区で実施') },
    ]);
  });
  it('keeps `values` as given, in order, and judges on the target among them', () => {
    const values = [
      { role: 'initial' as const, label: unit('年度当初値'), at: unit('元年度末'), value: 40, unit: unit('%') },
      { role: 'target' as const, label: unit('今年度目標値'), value: 50, unit: unit('%'), comparator: 'gte' as const },
      { role: 'long-term-target' as const, text: unit('限りなく100%に近づける') },
    ];
    const i: Indicator = { id: 'rate', values };
    expect(indicatorValues(i)).toEqual(values);
    expect(numericTarget(i)).toEqual(values[1]);
    // A target without a comparator is not a numeric target to judge on.
    expect(numericTarget({ id: 'x', values: [{ role: 'target', value: 50, unit: unit('%') }] })).toBeUndefined();
  });
});

describe('reported actual (one rule)', () => {
  const y2020 = plan({
    fiscalYear: 2020,
    projects: {
      items: [
        {
          id: 'bousai',
          title: '防災',
          indicators: [
            { id: 'kouza', label: '出前講座', target: { value: 80, unit: '回', comparator: 'gte' }, actual: { value: 70, unit: '回' } },
          ],
        },
      ],
    },
    indicators: { items: [{ id: 'soudan', label: '相談件数', values: [{ role: 'target', value: 100, unit: '件', comparator: 'gte' }] }] },
  });
  const y2021 = plan({
    fiscalYear: 2021,
    // The reporting plan's own scale, which its results' grades use.
    evaluationScale: { grades: [{ grade: 'A' }, { grade: 'B' }] },
    results: [
      { fiscalYear: 2020, project: 'bousai', indicator: 'kouza', actual: { value: 78, unit: '回' }, evaluation: { grade: 'B' } },
      { fiscalYear: 2020, indicator: 'soudan', actual: { value: 120, unit: '件' } },
    ],
  });
  const y2022 = plan({
    fiscalYear: 2022,
    results: [
      { fiscalYear: 2020, project: 'bousai', indicator: 'kouza', actual: { value: 81, unit: '回' } },
      { fiscalYear: 2020, project: 'bousai', evaluation: { met: true } },
    ],
  });
  const all = [y2022, y2020, y2021];
  const kouza = y2020.projects!.items[0]!.indicators![0]!;
  const soudan = y2020.indicators!.items[0]!;

  it('takes a later plan’s report over the plan’s own actual, the newest report first', () => {
    expect(reportedActual(y2020, kouza, 'bousai', all)).toEqual({ actual: { role: 'actual', value: 81, unit: unit('回') }, from: 2022 });
    expect(reportedActual(y2020, kouza, 'bousai', [y2020, y2021])).toEqual({
      actual: { role: 'actual', value: 78, unit: unit('回') },
      from: 2021,
    });
    expect(reportedActual(y2020, kouza, 'bousai', [y2020])).toEqual({
      actual: { role: 'actual', value: 70, unit: unit('回') },
      from: 2020,
    });
  });
  it('finds reports on plan-level indicators, without a project', () => {
    expect(reportedActual(y2020, soudan, undefined, all)?.from).toBe(2021);
    expect(reportedActual(y2020, soudan, 'bousai', all)).toBeUndefined();
    expect(indicatorFigures(y2020, soudan, undefined, all).status).toBe('met');
  });
  it('judges the status on the reported actual', () => {
    expect(indicatorFigures(y2020, kouza, 'bousai', all).status).toBe('met');
    expect(indicatorFigures(y2020, kouza, 'bousai', [y2020, y2021]).status).toBe('not-met');
    expect(indicatorFigures(y2020, soudan, undefined, [y2020]).status).toBeUndefined();
  });
  it('lists evaluations, own first, then later reports newest first', () => {
    expect(evaluationsOf(y2020, { grade: 'A' }, { project: 'bousai', indicator: 'kouza' }, all)).toEqual([
      { evaluation: { grade: 'A' }, from: 2020 },
      { evaluation: { grade: 'B' }, from: 2021 },
    ]);
    expect(evaluationsOf(y2020, undefined, { project: 'bousai' }, all)).toEqual([{ evaluation: { met: true }, from: 2022 }]);
  });
  it('lists project indicators, then plan-level ones', () => {
    expect(planIndicators(y2020).map((x) => `${x.project?.id ?? '-'}/${x.indicator.id}`)).toEqual(['bousai/kouza', '-/soudan']);
  });
  it('gives the comparison page the same actual and status as the open data', () => {
    const timeline = departmentTimeline(all);
    const [thread] = timeline.projects;
    const cell = timeline.indicators.get(thread!.key)!.get('kouza')!.get(2020)!;
    expect([cell.reported?.actual.value, cell.reported?.from, cell.status]).toEqual([81, 2022, 'met']);
    const plain = timeline.planIndicators.get('soudan')!.get(2020)!;
    expect([plain.reported?.actual.value, plain.status]).toEqual([120, 'met']);
    const rows = timeline.evaluations.map(
      (r) => `${r.kind} ${r.key} ${[...r.cells].map(([y, e]) => `${y}:${e.map((x) => x.from).join('+')}`).join(' ')}`,
    );
    expect(rows).toEqual([`project project:${thread!.key} 2020:2022`, `indicator indicator:${thread!.key}:kouza 2020:2021`]);
  });
});
