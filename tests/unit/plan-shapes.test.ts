/**
 * The plan shapes beyond 部 and a single numeric target (issue 12): each rule of the model, on the
 * fictional base plan (tests/fixtures/base) with one change at a time. Each case says what a clerk
 * wrote and which path the validator names.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PlanSchema } from '../../schemas/plan/index.ts';
import { MunicipalitySchema } from '../../schemas/municipality.ts';
import { DepartmentSchema } from '../../schemas/department.ts';

const dir = fileURLToPath(new URL('../fixtures/base/content/kakuu/', import.meta.url));
const base = () => parse(readFileSync(`${dir}soumu/2020.yaml`, 'utf8')) as Record<string, any>;
const excerpt = (plan: Record<string, any>) => ({ ...plan, source: { ...plan.source, completeness: 'excerpt' } });

/** The paths of the problems, as `a.b.0.c`. */
function problems(value: unknown, schema: { safeParse: (v: unknown) => any } = PlanSchema): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i: { path: (string | number)[] }) => i.path.join('.'));
}

/** A fictional unit-level indicator in the shape of a 工程表 row. */
const indicator = {
  id: 'i1',
  number: 1,
  label: '架空の手続のオンライン化率',
  classification: '成果指標',
  values: [
    { role: 'baseline', label: '基準値', value: 0, unit: '%', at: '元年度当初' },
    { role: 'initial', label: '年度当初値', value: 40.5, unit: '%', at: '2年度当初' },
    { role: 'target', label: '今年度目標値', text: '限りなく100%に近づける', at: '2年度末' },
  ],
  basis: 'その他計画等',
  otherPlan: '架空の計画',
};

describe('the base fixture', () => {
  it('is valid as it is', () => expect(problems(base())).toEqual([]));
});

describe('indicators as published', () => {
  it('takes a unit-level indicators section with values, classification, and text targets', () => {
    const plan = { ...base(), indicators: { heading: '測定指標', itemLabel: '指標', items: [indicator] } };
    expect(problems(plan)).toEqual([]);
  });

  it('takes an indicator without a label (the document prints none)', () => {
    const { label: _label, ...unlabelled } = indicator;
    expect(problems({ ...base(), indicators: { items: [unlabelled] } })).toEqual([]);
  });

  it('refuses a value with neither a number nor a text, and one with both', () => {
    const values = [
      { role: 'actual', label: '今年度実績値' },
      { role: 'target', value: 5, unit: '%', text: '5%' },
    ];
    expect(problems({ ...base(), indicators: { items: [{ ...indicator, values }] } })).toEqual([
      'indicators.items.0.values.0',
      'indicators.items.0.values.1.text',
    ]);
  });

  it('refuses a unit without a number, and role other without its printed label', () => {
    const values = [
      { role: 'target', text: '未定', unit: '%' },
      { role: 'other', value: 3 },
    ];
    expect(problems({ ...base(), indicators: { items: [{ ...indicator, values }] } })).toEqual([
      'indicators.items.0.values.0.unit',
      'indicators.items.0.values.1.label',
    ]);
  });

  it('refuses a role given both in the compact form and in values', () => {
    const both = { ...indicator, target: { value: 100, unit: '%' } };
    expect(problems({ ...base(), indicators: { items: [both] } })).toEqual(['indicators.items.0.values.2.role']);
  });

  it('checks a target against its label only where the label states a number', () => {
    const plan = base();
    const project = plan.projects.items.find((p: any) => p.indicators?.some((x: any) => x.target));
    const k = project.indicators.findIndex((x: any) => x.target);
    const wordsOnly = structuredClone(plan);
    const p1 = wordsOnly.projects.items.indexOf(wordsOnly.projects.items.find((p: any) => p.id === project.id));
    wordsOnly.projects.items[p1].indicators[k].label = '架空の研修を充実させる';
    expect(problems(wordsOnly)).toEqual([]);
    const wrongNumber = structuredClone(plan);
    wrongNumber.projects.items[p1].indicators[k].label = '架空の研修を年間999回以上行う';
    expect(problems(wrongNumber)).toContain(`projects.items.${p1}.indicators.${k}.target.value`);
  });

  it('keeps indicator ids unique in the indicators section', () => {
    expect(problems({ ...base(), indicators: { items: [indicator, indicator] } })).toEqual(['indicators.items.1.id']);
  });
});

describe('the document’s own words', () => {
  it('takes a block with its printed heading and no kind, and the new kinds', () => {
    const plan = base();
    plan.statements.blocks.push({ heading: 'めざす方向', paragraphs: ['架空の段落。'] });
    for (const kind of ['aspiration', 'basic-goal', 'stance', 'catchphrase']) plan.statements.blocks.push({ kind, items: ['架空の項目'] });
    expect(problems(plan)).toEqual([]);
  });

  it('takes a block with neither kind nor heading, as a lead paragraph is printed (issue 21)', () => {
    const plan = base();
    plan.statements.blocks.push({ items: ['架空の項目'] });
    expect(problems(plan)).toEqual([]);
  });

  it('refuses a Markdown table in any text, and names the field', () => {
    const plan = base();
    plan.statements.blocks[1].paragraphs = ['| 年度 | 値 |\n| --- | --- |\n| 2020 | 1 |'];
    expect(problems(plan)).toEqual(['statements.blocks.1.paragraphs.0.ja']);
  });

  it('keeps a paragraph that only mentions a pipe', () => {
    const plan = base();
    plan.statements.blocks[1].paragraphs = ['A | B の二つの案を比べる。'];
    expect(problems(plan)).toEqual([]);
  });

  it('takes a table with a caption, header cells and empty cells; refuses a row wider than its header', () => {
    const table = {
      caption: '該当する長期的目標',
      columns: ['将来ビジョン', 'その他'],
      rows: [
        ['', '○'],
        [null, '○'],
      ],
    };
    const plan = base();
    plan.statements.blocks[0].tables = [table];
    expect(problems(plan)).toEqual([]);
    plan.statements.blocks[0].tables = [{ ...table, rows: [['a', 'b', 'c']] }];
    expect(problems(plan)).toEqual(['statements.blocks.0.tables.0.rows.0']);
  });

  it('lets statements span parts by block id, each block in one part', () => {
    const plan = base();
    plan.statements.blocks[0].id = 'mission';
    plan.statements.blocks[1].id = 'policy';
    const others = ['divisions', 'resources', 'policies', 'projects'].filter((k) => plan[k]);
    plan.parts = [
      { heading: '基本的事項', blocks: ['mission'] },
      { heading: '1.方針', blocks: ['policy'], sections: others },
    ];
    expect(problems(plan)).toEqual([]);
    plan.parts[1].blocks = ['policy', 'mission'];
    expect(problems(plan)).toEqual(['parts.1.blocks.1']);
  });
});

describe('excerpts that break off', () => {
  it('takes breaksOff in an excerpt', () => {
    const plan: Record<string, any> = excerpt(base());
    plan.statements.blocks[1].breaksOff = true;
    expect(problems(plan)).toEqual([]);
  });

  it('refuses breaksOff in a full text', () => {
    const plan = base();
    plan.source.completeness = 'full';
    plan.statements.blocks[1].breaksOff = true;
    expect(problems(plan)).toEqual(['statements.blocks.1.breaksOff']);
  });

  it('lets a projects section be empty only where it breaks off', () => {
    const plan: Record<string, any> = excerpt(base());
    plan.projects = { heading: '主要事業', items: [] };
    expect(problems(plan)).toEqual(['projects.items']);
    plan.projects.breaksOff = true;
    expect(problems(plan)).toEqual([]);
  });
});

describe('evaluation of results', () => {
  const scale = { grades: [{ grade: 'A', label: '達成' }, { grade: 'B' }, { grade: 'C' }] };

  it('takes grades on the document’s scale, 達成水準 met, and assessments with authors', () => {
    const plan: Record<string, any> = { ...base(), evaluationScale: scale };
    plan.evaluation = {
      assessments: [
        { role: '自己評価', author: '架空部長', text: '架空の所感。' },
        { role: '町長評価', text: '架空の評価。' },
      ],
    };
    plan.projects.items[0].evaluation = { grade: 'B', met: false };
    expect(problems(plan)).toEqual([]);
  });

  it('refuses a grade without a scale, and one not on it', () => {
    const plan = base();
    plan.projects.items[0].evaluation = { grade: 'A' };
    expect(problems(plan)).toEqual(['projects.items.0.evaluation.grade']);
    plan.evaluationScale = scale;
    plan.projects.items[0].evaluation = { grade: 'S' };
    expect(problems(plan)).toEqual(['projects.items.0.evaluation.grade']);
  });

  it('takes a later plan’s evaluation of an earlier goal, and refuses a result with nothing in it', () => {
    const plan: Record<string, any> = { ...base(), fiscalYear: 2021, asOf: '2021-04-01', resources: undefined };
    plan.results = [{ fiscalYear: 2020, goal: 'mission', evaluation: { met: true } }];
    expect(problems(plan).filter((p) => p.startsWith('results'))).toEqual([]);
    plan.results = [{ fiscalYear: 2020, project: 'x' }];
    expect(problems(plan).filter((p) => p.startsWith('results'))).toEqual(['results.0']);
    plan.results = [{ fiscalYear: 2020, goal: 'mission', evaluation: { grade: 'A' } }];
    expect(problems(plan).filter((p) => p.startsWith('results'))).toEqual(['results.0.evaluation.grade']);
  });
});

describe('organisation units', () => {
  const municipality = () => parse(readFileSync(`${dir}municipality.yaml`, 'utf8'));
  const department = () => parse(readFileSync(`${dir}soumu/department.yaml`, 'utf8'));

  it('reads an existing unit as a 部', () => {
    expect(DepartmentSchema.parse(department()).kind).toBe('department');
  });

  it('takes a 課 within a 局, and needs kindLabel for kind other', () => {
    expect(problems({ ...department(), kind: 'division', parent: 'kikaku-kyoku' }, DepartmentSchema)).toEqual([]);
    expect(problems({ ...department(), kind: 'other' }, DepartmentSchema)).toEqual(['kindLabel']);
    expect(problems({ ...department(), parent: department().id }, DepartmentSchema)).toEqual(['parent']);
  });

  it('has no ward among the bodies: a ward of a designated city is a unit of kind ward', () => {
    expect(problems({ ...municipality(), kind: 'ward' }, MunicipalitySchema)).toEqual(['kind']);
    expect(problems({ ...municipality(), parent: 'kakuu-shi' }, MunicipalitySchema)).toEqual(['']);
    expect(problems({ ...department(), kind: 'ward' }, DepartmentSchema)).toEqual([]);
  });

  it('takes the printed chain of units of a plan', () => {
    const organisation = {
      heading: '所管組織、所管責任者',
      units: [
        { kind: 'bureau', name: '架空推進局', leader: { title: '部局長', name: '架空 一郎' } },
        { kind: 'division', name: '架空課', leader: { title: '所属長', name: '架空 二郎' } },
      ],
    };
    expect(problems({ ...base(), organisation })).toEqual([]);
  });

  it('takes several heads of one unit in the order printed, but not leader and leaders together', () => {
    const leaders = [
      { title: '所長', name: '架空 三郎' },
      { title: '局長', name: '架空 四郎' },
    ];
    const unit = { kind: 'ward', name: '架空区役所', leaders };
    expect(problems({ ...base(), organisation: { units: [unit] } })).toEqual([]);
    expect(
      PlanSchema.parse({ ...base(), organisation: { units: [unit] } }).organisation?.units[0]?.leaders?.map((l) => l.title.ja),
    ).toEqual(['所長', '局長']);
    expect(problems({ ...base(), organisation: { units: [{ ...unit, leader: leaders[0] }] } })).toEqual(['organisation.units.0.leaders']);
  });
});

describe('a project budget', () => {
  it('needs a unit with an amount, and takes a label alone where the excerpt breaks off', () => {
    const plan: Record<string, any> = excerpt(base());
    plan.projects.items[0].budget = { label: '予算額(事業費)' };
    expect(problems(plan)).toEqual([]);
    plan.projects.items[0].budget = { label: '予算額(事業費)', amount: 5000 };
    expect(problems(plan)).toEqual(['projects.items.0.budget.unit']);
  });
});
