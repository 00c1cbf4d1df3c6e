import { describe, expect, it } from 'vitest';
import {
  dateToFiscalYear,
  fiscalYearBounds,
  fiscalYearToEnglish,
  fiscalYearToEra,
  fiscalYearToJapanese,
} from '../../schemas/fiscal-year.ts';
import { warekiToIso } from '../../src/lib/validate/wareki.ts';

describe('fiscal years in Japanese eras', () => {
  it.each([
    [2019, '令和元年度'],
    [1989, '平成元年度'],
    [2017, '平成29年度'],
    [2025, '令和7年度'],
    [2018, '平成30年度'],
    [1988, '昭和63年度'],
    [2021, '令和3年度'],
  ])('FY%i → %s', (year, label) => {
    expect(fiscalYearToEra(year).label).toBe(label);
  });

  it('never produces a year past the end of an era (no 平成31年度 for FY2019, no 平成37年度)', () => {
    expect(fiscalYearToEra(2019).label).not.toBe('平成31年度');
    for (let y = 1989; y <= 2100; y++) {
      const { era, year } = fiscalYearToEra(y);
      if (era === '平成') expect(year === '元' ? 1 : Number(year)).toBeLessThanOrEqual(30);
      expect(year).not.toBe('1');
    }
  });

  it('shows 和暦 with 西暦, and FY in English', () => {
    expect(fiscalYearToJapanese(2017)).toBe('平成29年度（2017年度）');
    expect(fiscalYearToJapanese(2019)).toBe('令和元年度（2019年度）');
    expect(fiscalYearToEnglish(2017)).toBe('FY2017');
  });

  it('runs from April to March', () => {
    expect(fiscalYearBounds(2017)).toEqual(['2017-04-01', '2018-03-31']);
    expect(dateToFiscalYear('2018-03-31')).toBe(2017);
    expect(dateToFiscalYear('2018-04-01')).toBe(2018);
  });

  it('reads era dates typed by clerks, for error hints', () => {
    expect(warekiToIso('令和3年4月1日')).toBe('2021-04-01');
    expect(warekiToIso('平成元年５月１日')).toBe('1989-05-01');
    expect(warekiToIso('2021年4月1日')).toBeUndefined();
  });
});
