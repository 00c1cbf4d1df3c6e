import { fiscalYearBounds, fiscalYearToEnglish, fiscalYearToJapanese } from '../../../schemas/fiscal-year.ts';
import type { Lang } from '../../i18n/index.ts';

/** A fiscal year as readers of each language expect it. @example yearLabel(2017, 'ja') → '平成29年度（2017年度）' */
export function yearLabel(year: number, lang: Lang): string {
  return lang === 'ja' ? fiscalYearToJapanese(year) : fiscalYearToEnglish(year);
}

const enMonths = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * The months a fiscal year runs, for English readers (a Japanese 年度 needs no explanation).
 * @example fiscalYearMonths(2017) → 'April 2017 – March 2018'
 */
export function fiscalYearMonths(year: number): string {
  const [first, last] = fiscalYearBounds(year).map((d) => new Date(`${d}T00:00:00Z`)) as [Date, Date];
  return enMonths.formatRange(first, last);
}
