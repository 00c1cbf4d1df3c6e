import type { Department, Municipality, Plan } from '../../../schemas/index.ts';
import { fiscalYearToEnglish, fiscalYearToJapanese } from '../../../schemas/fiscal-year.ts';
import type { Lang } from '../../i18n/index.ts';
import { pickText } from './format.ts';
import { departmentNameIn } from './site.ts';

/** A title that names municipality, department and year. @example '三鷹市 総務部 平成29年度（2017年度）「運営方針と目標」' */
export function planTitle(plan: Plan, municipality: Municipality, department: Department, lang: Lang): string {
  const name = (text: Parameters<typeof pickText>[0]) => pickText(text, lang).text;
  const year = lang === 'ja' ? fiscalYearToJapanese(plan.fiscalYear) : fiscalYearToEnglish(plan.fiscalYear);
  const dept = name(departmentNameIn(department, plan.fiscalYear, plan.departmentName));
  const doc = lang === 'ja' ? `「${name(plan.documentType)}」` : ` – ${name(plan.documentType)}`;
  return `${name(municipality.name)} ${dept} ${year}${doc}`;
}
