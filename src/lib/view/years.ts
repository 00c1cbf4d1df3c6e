import { fiscalYearToEnglish, fiscalYearToJapanese } from '../../../schemas/fiscal-year.ts';
import type { Lang } from '../../i18n/index.ts';

/** A fiscal year as readers of each language expect it. @example yearLabel(2017, 'ja') → '平成29年度（2017年度）' */
export function yearLabel(year: number, lang: Lang): string {
  return lang === 'ja' ? fiscalYearToJapanese(year) : fiscalYearToEnglish(year);
}
