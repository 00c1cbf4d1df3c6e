/** What the plan page calls numbered indicators and projects: 「指標1」, the document's own word with the number, or the label. */
import { describe, expect, it } from 'vitest';
import { indicatorName, indicatorNumberLabel } from '../../src/lib/view/indicators.ts';
import { projectNumber } from '../../src/lib/view/projects.ts';

describe('indicator names', () => {
  it("numbers an indicator with the dictionary word, or the document's item label", () => {
    expect(indicatorNumberLabel({ number: 1 })).toEqual({ ja: '指標1', en: 'Indicator 1' });
    expect(indicatorNumberLabel({ number: 2 }, { ja: '測定指標', en: 'Measure' })).toEqual({ ja: '測定指標2', en: 'Measure 2' });
    expect(indicatorNumberLabel({ number: 3 }, { ja: '測定指標' })).toEqual({ ja: '測定指標3', en: '測定指標 3' });
    expect(indicatorNumberLabel({})).toBeUndefined();
  });

  it('names an indicator by its label, else by its number, else by its position', () => {
    expect(indicatorName({ label: { ja: '満足度' }, number: 1 }, 1)).toEqual({ ja: '満足度' });
    expect(indicatorName({ number: 4 }, 1)).toEqual({ ja: '指標4', en: 'Indicator 4' });
    expect(indicatorName({}, 2)).toEqual({ ja: '指標2', en: 'Indicator 2' });
  });
});

describe('project numbers', () => {
  it('prints the item label before the number when the document has one', () => {
    expect(projectNumber(1, { ja: '課題', en: 'Task' }, 'ja')).toBe('課題 1');
    expect(projectNumber(1, { ja: '課題', en: 'Task' }, 'en')).toBe('Task 1');
    expect(projectNumber(1, { ja: '課題' }, 'en')).toBe('課題 1');
    expect(projectNumber(7, undefined, 'ja')).toBe('7');
  });
});
