/**
 * What a comparison says about its years: gap years between plans, where excerpts break off, each
 * item's state in a year (not in an excerpt is never ended; moved is not ended), the counts a summary
 * shows, and the chart's scale. Plans are fictional and minimal.
 */
import { describe, expect, it } from 'vitest';
import { breakPoints, excerptNotes, yearColumns, yearGaps } from '../../src/lib/compare/coverage.ts';
import { cellState, pairCounts, periodCounts, signedChange } from '../../src/lib/compare/glance.ts';
import { departmentTimeline } from '../../src/lib/compare/timeline.ts';
import { movedTo } from '../../src/lib/compare/moved.ts';
import { lineChart, niceTicks } from '../../src/lib/figures/chart.ts';
import type { Plan } from '../../schemas/plan/index.ts';
import type { Department } from '../../schemas/department.ts';
import { beyondExcerpt, taishouCounts, taishouHtml } from '../../src/lib/compare/taishou.ts';
import { alignPlans } from '../../src/lib/compare/align.ts';
import { textDiff } from '../../src/lib/compare/text-diff.ts';

const plan = (fiscalYear: number, titles: string[], extra: Partial<Plan> = {}, completeness: 'full' | 'excerpt' = 'full'): Plan =>
  ({
    municipality: 'kakuu',
    department: 'soumu',
    fiscalYear,
    title: { ja: '架空の計画' },
    projects: { items: titles.map((t, i) => ({ id: `p${i}-${t}`, title: { ja: t } })) },
    source: { title: { ja: '架空' }, completeness },
    ...extra,
  }) as unknown as Plan;

describe('gap years', () => {
  it('puts a gap column between years that are not consecutive, and none between consecutive ones', () => {
    expect(yearColumns([2019, 2013, 2014, 2015, 2020])).toEqual([
      { year: 2013 },
      { year: 2014 },
      { year: 2015 },
      { gap: { from: 2016, until: 2018 } },
      { year: 2019 },
      { year: 2020 },
    ]);
    expect(yearGaps([2017, 2025])).toEqual([{ from: 2018, until: 2024 }]);
    expect(yearGaps([2017, 2018])).toEqual([]);
  });
});

describe('excerpts', () => {
  it('lists excerpts only, oldest first, with the printed name nearest each breaksOff', () => {
    const a = plan(2015, ['甲'], { projects: { heading: { ja: '主要事業' }, items: [], breaksOff: true } } as Partial<Plan>, 'excerpt');
    const b = plan(2014, ['乙']);
    const notes = excerptNotes([a, b]);
    expect(notes.map((n) => n.year)).toEqual([2015]);
    expect(notes[0]!.breaks).toEqual([{ section: 'projects', label: { ja: '主要事業' } }]);
    const item = plan(
      2016,
      [],
      { indicators: { items: [{ id: 'x', label: { ja: '指標エックス' }, breaksOff: true }] } } as Partial<Plan>,
      'excerpt',
    );
    expect(breakPoints(item)).toEqual([{ section: 'indicators', label: { ja: '指標エックス' } }]);
  });
});

describe('states and counts', () => {
  it('an item missing from an excerpt is not in the excerpt, and an item that went elsewhere is moved', () => {
    const plans = [
      plan(2013, ['防災訓練', '職員研修', '入札改革']),
      plan(
        2014,
        ['防災訓練'],
        { projects: { items: [{ id: 'p0-防災訓練', title: { ja: '防災訓練' } }], breaksOff: true } } as Partial<Plan>,
        'excerpt',
      ),
      plan(2016, ['防災訓練', '職員研修', '新しい事業']),
    ];
    const tl = departmentTimeline(plans);
    const planOf = (y: number) => plans.find((p) => p.fiscalYear === y);
    const byTitle = (t: string) => tl.projects.find((th) => [...th.cells.values()][0]!.item.title.ja === t)!;
    // 職員研修 is beyond the 2014 excerpt's end: not ended there, and it continues in 2016.
    expect(cellState(byTitle('職員研修'), 2014, planOf, false)).toBe('not-in-excerpt');
    expect(cellState(byTitle('職員研修'), 2016, planOf, false)).toBe('continued');
    // 入札改革 ends in 2016 (a full plan without it); as moved when another unit took it.
    expect(cellState(byTitle('入札改革'), 2016, planOf, false)).toBe('ended');
    expect(cellState(byTitle('入札改革'), 2016, planOf, true)).toBe('moved');
    const moved = (th: (typeof tl.projects)[number]) => th === byTitle('入札改革');
    expect(pairCounts(tl.projects, 2014, planOf, moved)).toEqual({
      new: 0,
      continued: 1,
      renamed: 0,
      ended: 0,
      moved: 0,
      'not-in-excerpt': 2,
    });
    expect(periodCounts(tl.projects, tl.years, planOf, moved)).toEqual({
      new: 1,
      continued: 3,
      renamed: 0,
      ended: 0,
      moved: 1,
      'not-in-excerpt': 2,
    });
  });

  it('a change keeps its sign', () => {
    const n = (v: number) => `${v}人`;
    expect(signedChange(3, n)).toBe('+3人');
    expect(signedChange(-2, n)).toBe('−2人');
    expect(signedChange(0, n)).toBe('±0人');
  });
});

describe('moved to a later unit', () => {
  const departments = [
    { id: 'soumu', municipality: 'kakuu', name: { ja: '架空総務部' } },
    {
      id: 'bousai',
      municipality: 'kakuu',
      name: { ja: '架空防災部' },
      lineage: [{ type: 'split-from', department: 'soumu', divisions: ['bousai-ka', 'anzen-ka'] }],
    },
  ] as unknown as Department[];
  it('finds the unit whose lineage took all of the item’s divisions, and none otherwise', () => {
    const from = { municipality: 'kakuu', id: 'soumu' };
    expect(movedTo(from, ['bousai-ka'], departments)?.id).toBe('bousai');
    expect(movedTo(from, ['bousai-ka', 'shokuin-ka'], departments)).toBeUndefined();
    expect(movedTo(from, undefined, departments)).toBeUndefined();
    expect(movedTo({ municipality: 'other', id: 'soumu' }, ['bousai-ka'], departments)).toBeUndefined();
  });
});

describe('chart geometry', () => {
  it('uses round ticks from zero and breaks a line at a gap column and a missing value', () => {
    expect(niceTicks(83)).toEqual([0, 20, 40, 60, 80, 100]);
    const g = lineChart(yearColumns([2013, 2014, 2015, 2019, 2020]), [
      {
        values: new Map([
          [2013, 10],
          [2014, 20],
          [2015, 30],
          [2019, 40],
          [2020, 50],
        ]),
      },
      {
        values: new Map([
          [2013, 5],
          [2015, 5],
        ]),
      },
    ]);
    expect(g.runs[0]!.map((run) => run.map((p) => p.year))).toEqual([
      [2013, 2014, 2015],
      [2019, 2020],
    ]);
    expect(g.runs[1]!.map((run) => run.map((p) => p.year))).toEqual([[2013], [2015]]);
    expect(g.ticks.at(-1)!.value).toBe(50);
    expect(g.ticks[0]!.y).toBe(g.plot.bottom);
  });
});

describe('新旧対照表 counts', () => {
  const project = (id: string, title: string, extra: object = {}) => ({ id, title: { ja: title }, ...extra });
  const older = plan(2019, [], {
    projects: { items: [project('a', '架空の防災訓練'), project('b', '架空の職員研修'), project('c', '架空の入札改革')] },
  } as Partial<Plan>);
  const cut = (completeness: 'full' | 'excerpt') =>
    plan(
      2020,
      [],
      {
        projects: { items: [project('a', '架空の防災訓練の実施', { breaksOff: completeness === 'excerpt' || undefined })] },
      } as Partial<Plan>,
      completeness,
    );

  it('what lies beyond an excerpt’s end is not in the excerpt; where it breaks off is no change', () => {
    const html = taishouHtml(older, cut('excerpt'), 'ja');
    const fields = alignPlans(older, cut('excerpt'));
    const newer = cut('excerpt');
    const { byKind, bySection } = taishouCounts(
      fields.filter((f) => !/breaksOff$/.test(f.field) && f.status !== 'same'),
      {
        oldBeyond: beyondExcerpt(older, fields, 'old'),
        newBeyond: beyondExcerpt(newer, fields, 'new'),
      },
    );
    // The project it breaks off in keeps its changed title; b and c were not reached.
    expect(byKind.changed).toBeGreaterThan(0);
    expect(byKind.removed).toBe(0);
    expect(byKind['not-in-excerpt']).toBeGreaterThanOrEqual(2);
    expect([...bySection.keys()]).toContain('projects');
    expect(html).toContain('（抜粋に含まれない）');
    // No row for the mark itself; the summary above the table says where the excerpt stops.
    expect(html).not.toContain('— 途切れ');
    expect(html).toContain('途切れる所: 架空の防災訓練の実施');
    expect(html).not.toContain('削除:</span>架空の職員研修');
  });

  it('in a full text, what is missing was removed', () => {
    const html = taishouHtml(older, cut('full'), 'ja');
    expect(html).toContain('<del><span class="visually-hidden">削除:</span>架空の職員研修');
    expect(html).toMatch(/削除 2件/);
    expect(html).not.toContain('抜粋に含まれない');
  });
});

describe('text of several lines', () => {
  it('leaves an unchanged line unmarked when paragraphs are added after it', () => {
    const slogan = '架空のまちの合言葉\n~住んで良し~';
    const parts = textDiff(slogan, `${slogan}\n架空の新しい段落です。`);
    expect(parts).toEqual([
      { type: 'same', text: slogan },
      { type: 'added', text: '\n架空の新しい段落です。' },
    ]);
  });

  it('compares a changed line unit by unit, and keeps the lines in order', () => {
    const parts = textDiff('一行目\n年間80回以上\n三行目', '一行目\n年間85回以上\n三行目');
    expect(parts.filter((p) => p.type !== 'same')).toEqual([
      { type: 'removed', text: '80' },
      { type: 'added', text: '85' },
    ]);
    expect(
      parts
        .filter((p) => p.type !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe('一行目\n年間80回以上\n三行目');
    expect(
      parts
        .filter((p) => p.type !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe('一行目\n年間85回以上\n三行目');
  });
});
