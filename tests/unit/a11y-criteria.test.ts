/**
 * The WCAG 2.1 A/AA criteria table and the mapping of axe-core rules onto it, read from the installed
 * axe-core's own metadata (axe.getRules()), and the per-criterion summary the results page shows.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { AXE_TAGS, CRITERIA, criterionOfTag, ruleCriteria, type AxeRuleInfo } from '../../src/lib/a11y/criteria.ts';
import { summarise, type AccessibilityResults } from '../../src/lib/a11y/results.ts';

const axe = createRequire(import.meta.url)('axe-core') as { getRules(tags?: string[]): AxeRuleInfo[] };
const rules = axe.getRules([...AXE_TAGS]);
const ids = new Set(CRITERIA.map((c) => c.id));

describe('the criteria table', () => {
  it('has the 50 criteria of WCAG 2.1 A and AA, 30 A and 20 AA, each once, in numeric order', () => {
    expect(CRITERIA).toHaveLength(50);
    expect(ids.size).toBe(50);
    expect(CRITERIA.filter((c) => c.level === 'A')).toHaveLength(30);
    expect(CRITERIA.filter((c) => c.level === 'AA')).toHaveLength(20);
    const key = (id: string) => id.split('.').map(Number);
    const sorted = [...CRITERIA].sort((a, b) => {
      const [x, y] = [key(a.id), key(b.id)];
      return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
    });
    expect(CRITERIA.map((c) => c.id)).toEqual(sorted.map((c) => c.id));
  });

  it('marks the 38 criteria of JIS X 8341-3:2016 (WCAG 2.0: 25 A, 13 AA); the 12 others are WCAG 2.1 additions', () => {
    const jis = CRITERIA.filter((c) => c.jis);
    expect(jis).toHaveLength(38);
    expect(jis.filter((c) => c.level === 'A')).toHaveLength(25);
    expect(CRITERIA.filter((c) => !c.jis).map((c) => c.id)).toEqual([
      '1.3.4',
      '1.3.5',
      '1.4.10',
      '1.4.11',
      '1.4.12',
      '1.4.13',
      '2.1.4',
      '2.5.1',
      '2.5.2',
      '2.5.3',
      '2.5.4',
      '4.1.3',
    ]);
  });

  it('names every criterion in Japanese and English', () => {
    for (const c of CRITERIA) {
      expect(c.name.ja, c.id).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(c.name.en, c.id).toMatch(/^[A-Z][\w ,()/-]+$/);
    }
  });
});

describe('axe-core tags → criteria', () => {
  it('reads a criterion from a tag', () => {
    expect(criterionOfTag('wcag111')).toBe('1.1.1');
    expect(criterionOfTag('wcag1410')).toBe('1.4.10');
    expect(criterionOfTag('wcag412')).toBe('4.1.2');
    expect(criterionOfTag('wcag2aa')).toBeUndefined();
    expect(criterionOfTag('wcag21a')).toBeUndefined();
    expect(criterionOfTag('best-practice')).toBeUndefined();
  });

  it('every criterion tag of the rules axe-core picks by the A/AA tags is a criterion of the table, but 2.1.3 (AAA, beside 2.1.1)', () => {
    expect(rules.length).toBeGreaterThan(40);
    const named = new Set(rules.flatMap((r) => r.tags.map(criterionOfTag).filter((id): id is string => id !== undefined)));
    expect([...named].filter((id) => !ids.has(id))).toEqual(['2.1.3']);
    for (const rule of rules.filter((r) => r.tags.includes('wcag213'))) expect(rule.tags, rule.ruleId).toContain('wcag211');
  });

  it('maps every rule to its A/AA criteria, in table order, rules by id', () => {
    const map = ruleCriteria(rules);
    expect(Object.keys(map)).toEqual(rules.map((r) => r.ruleId).sort());
    for (const rule of rules) {
      const expected = CRITERIA.map((c) => c.id).filter((id) => rule.tags.map(criterionOfTag).includes(id));
      expect(map[rule.ruleId], rule.ruleId).toEqual(expected);
    }
    expect(map['color-contrast']).toEqual(['1.4.3']);
    expect(map['image-alt']).toEqual(['1.1.1']);
    expect(map['html-has-lang']).toEqual(['3.1.1']);
  });

  it('refuses a rule with no criterion of the table', () => {
    expect(() => ruleCriteria([{ ruleId: 'x', tags: ['wcag2aa', 'wcag258'] }])).toThrow(/x names no A\/AA criterion/);
  });

  it('leaves criteria without a rule: those are the ones a person must check', () => {
    const covered = new Set(Object.values(ruleCriteria(rules)).flat());
    const manual = CRITERIA.filter((c) => !covered.has(c.id)).map((c) => c.id);
    // No automated rule can judge these, whatever axe-core's version.
    for (const id of ['1.2.3', '1.3.3', '2.1.2', '2.4.3', '2.4.7', '3.3.3']) expect(manual).toContain(id);
    expect(covered.size + manual.length).toBe(50);
  });
});

describe('summarise', () => {
  const results: AccessibilityResults = {
    generator: 'test',
    date: '2026-01-01T00:00:00Z',
    tools: { axeCore: '4', browser: 'Chromium 1', playwrightCore: '1' },
    tags: [...AXE_TAGS],
    rules: { 'image-alt': ['1.1.1'], 'color-contrast': ['1.4.3'], 'role-img-alt': ['1.1.1'] },
    pages: [
      { path: '/a/', passes: ['color-contrast', 'image-alt'], incomplete: [], violations: [] },
      {
        path: '/b/',
        passes: ['role-img-alt'],
        incomplete: [{ rule: 'color-contrast', nodes: 2 }],
        violations: [{ rule: 'image-alt', impact: 'critical', help: 'h', criteria: ['1.1.1'], nodes: ['img', 'p > img'] }],
      },
      { path: '/c/', passes: [], incomplete: [], violations: [] },
    ],
  };
  const byId = new Map(summarise(results).map((s) => [s.criterion.id, s]));

  it('a violation outweighs a pass on the same page; undecided and inapplicable pages are counted apart', () => {
    expect(byId.get('1.1.1')).toMatchObject({
      rules: ['image-alt', 'role-img-alt'],
      pagesTested: 3,
      pagesPassed: 1,
      pagesViolated: 1,
      violations: 2,
      pagesIncomplete: 0,
      pagesInapplicable: 1,
    });
    expect(byId.get('1.4.3')).toMatchObject({
      rules: ['color-contrast'],
      pagesTested: 3,
      pagesPassed: 1,
      pagesViolated: 0,
      pagesIncomplete: 1,
      pagesInapplicable: 1,
    });
  });

  it('a criterion no rule tests is not tested on any page, so never passed', () => {
    expect(summarise(results)).toHaveLength(50);
    expect(byId.get('2.4.7')).toMatchObject({ rules: [], pagesTested: 0, pagesPassed: 0 });
  });
});
