/** Kind labels, counters and plurals of organisation units and local governments (fictional units). */
import { describe, expect, it } from 'vitest';
import {
  countPlans,
  countDepartments,
  countByKind,
  municipalityKindName,
  pluralCategory,
  departmentNoun,
  departmentNounTitle,
  departmentTrail,
} from '../../src/lib/view/department-kinds.ts';
import { t } from '../../src/i18n/index.ts';
import type { Department, Municipality } from '../../schemas/index.ts';

const of = (kind: Department['kind'], n: number) => Array.from({ length: n }, () => ({ kind }));

describe('counts of units', () => {
  it('uses the Japanese counter of the kind', () => {
    expect(countDepartments('ja', of('department', 1))).toBe('1部');
    expect(countDepartments('ja', of('division', 2))).toBe('2課');
    expect(countDepartments('ja', of('bureau', 3))).toBe('3局');
    expect(countDepartments('ja', of('headquarters', 1))).toBe('1本部');
    expect(countDepartments('ja', of('ward', 2))).toBe('2区');
    expect(countDepartments('ja', [{ kind: 'bureau' }, { kind: 'division' }, { kind: 'division' }])).toBe('3組織');
  });
  it('a unit without kind is a department', () => {
    expect(countDepartments('ja', [{}, {}])).toBe('2部');
    expect(countDepartments('en', [{}])).toBe('1 department');
  });
  it('uses English plurals from Intl.PluralRules', () => {
    expect(countDepartments('en', of('department', 1))).toBe('1 department');
    expect(countDepartments('en', of('department', 2))).toBe('2 departments');
    expect(countDepartments('en', of('division', 2))).toBe('2 divisions');
    expect(countDepartments('en', of('headquarters', 1))).toBe('1 headquarters');
    expect(countDepartments('en', of('headquarters', 2))).toBe('2 headquarters');
    expect(countDepartments('en', of('bureau', 3))).toBe('3 bureaus');
    expect(countDepartments('en', [{ kind: 'bureau' }, { kind: 'division' }])).toBe('2 units');
    expect(countDepartments('en', [])).toBe('0 units');
    expect(pluralCategory('en', 1)).toBe('one');
    expect(pluralCategory('en', 0)).toBe('other');
    expect(pluralCategory('ja', 1)).toBe('other');
  });
  it('never says "1 departments" or "1 plans"', () => {
    for (const kind of [
      'department',
      'bureau',
      'office',
      'headquarters',
      'division',
      'ward',
      'accounting',
      'secretariat',
      'other',
    ] as const) {
      expect(countDepartments('en', of(kind, 1))).toBe(`1 ${t('en', `departmentKind.${kind}.one` as never)}`);
      if (kind !== 'headquarters') expect(countDepartments('en', of(kind, 1))).not.toMatch(/s$/);
    }
    expect(countPlans('en', 1)).toBe('1 plan');
    expect(countPlans('en', 4)).toBe('4 plans');
    expect(countPlans('ja', 4)).toBe('4件の計画');
  });
});

describe('nouns in headings', () => {
  it('follows the kind, or says 組織 when kinds are mixed', () => {
    expect(t('ja', 'municipality.matrix', { departments: departmentNounTitle('ja', of('division', 2), 2) })).toBe('課と年度');
    expect(t('ja', 'municipality.matrix', { departments: departmentNounTitle('ja', [{ kind: 'bureau' }, { kind: 'division' }], 2) })).toBe(
      '組織と年度',
    );
    expect(t('ja', 'municipality.matrix', { departments: departmentNounTitle('ja', of('department', 3), 2) })).toBe('部と年度');
    expect(t('en', 'municipality.matrix', { departments: departmentNounTitle('en', of('division', 2), 2) })).toBe('Divisions and years');
    expect(t('ja', 'department.col.name', { unit: departmentNoun('ja', { kind: 'division' }) })).toBe('その年度の課の名称');
    expect(t('en', 'department.col.name', { unit: departmentNounTitle('en', { kind: 'bureau' }) })).toBe('Bureau name that year');
  });
  it('uses the own kind name of an other unit', () => {
    const unit = { kind: 'other' as const, kindLabel: { ja: '架空監', en: 'Fictional Supervisor' } };
    expect(departmentNoun('ja', unit)).toBe('架空監');
    expect(departmentNoun('en', unit)).toBe('Fictional Supervisor');
    expect(departmentNoun('en', { kind: 'other' as const, kindLabel: { ja: '架空監' } })).toBe('unit');
    expect(countDepartments('ja', [unit, unit])).toBe('2組織');
  });
  it('names the kinds of local government', () => {
    expect(municipalityKindName('ja', 'prefecture')).toBe('都道府県');
    expect(municipalityKindName('ja', 'designated-city')).toBe('政令指定都市');
    expect(municipalityKindName('ja', 'special-ward')).toBe('特別区');
    expect(municipalityKindName('en', 'designated-city')).toBe('Designated city');
  });
});

describe('breadcrumbs of a unit', () => {
  // Fictional bodies and units: a ward is a unit of its designated city.
  const city = { id: 'kaku-shi', kind: 'designated-city', name: { ja: '架空市' } } as Municipality;
  const ward = { id: 'kaku-ku', municipality: 'kaku-shi', kind: 'ward', name: { ja: '架空区' } } as Department;
  const bureau = { id: 'kyoku', municipality: 'kaku-shi', kind: 'bureau', parent: 'kaku-ku', name: { ja: '架空局' } } as Department;
  const division = { id: 'ka', municipality: 'kaku-shi', kind: 'division', parent: 'kyoku', name: { ja: '架空課' } } as Department;
  const lookup = { department: (_: string, id: string) => [ward, bureau, division].find((d) => d.id === id) };
  const link = { municipality: (id: string) => `/m/${id}`, department: (m: string, id: string) => `/m/${m}/${id}` };
  it('shows the city, the ward and the parent unit', () => {
    expect(departmentTrail(city, division, lookup, link).map((c) => c.text.ja)).toEqual(['架空市', '架空区', '架空局', '架空課']);
    expect(departmentTrail(city, division, lookup, link).map((c) => c.href)).toEqual([
      '/m/kaku-shi',
      '/m/kaku-shi/kaku-ku',
      '/m/kaku-shi/kyoku',
      '/m/kaku-shi/ka',
    ]);
    expect(departmentTrail(city, undefined, lookup, link).map((c) => c.text.ja)).toEqual(['架空市']);
  });
  it('stops at a loop instead of running forever', () => {
    const a = { ...bureau, parent: 'ka' } as Department;
    const loopLookup = { department: (_: string, id: string) => [a, division].find((d) => d.id === id) };
    expect(departmentTrail(city, division, loopLookup, link).map((c) => c.text.ja)).toEqual(['架空市', '架空局', '架空課']);
  });
});

describe('units counted kind by kind', () => {
  it('counts each kind with its own counter, in the order the kinds appear', () => {
    expect(countByKind('ja', [{ kind: 'ward' }, { kind: 'division' }, { kind: 'ward' }, { kind: 'division' }, { kind: 'bureau' }])).toBe(
      '2区・2課・1局',
    );
    expect(countByKind('en', [{ kind: 'ward' }, { kind: 'division' }, { kind: 'ward' }])).toBe('2 wards, 1 division');
  });
  it('gives one count for units of one kind, never 「1区」 for a unit of another kind', () => {
    expect(countByKind('ja', of('ward', 2))).toBe('2区');
    expect(countByKind('ja', [{ kind: 'department' }])).toBe('1部');
    expect(
      countByKind('en', [
        { kind: 'other', kindLabel: { ja: '架空監', en: 'inspector' } },
        { kind: 'other', kindLabel: { ja: '架空長', en: 'chief' } },
      ]),
    ).toBe('1 inspector, 1 chief');
  });
});
