import { z } from 'astro/zod';

/** 地方自治法 took effect in 1947; plans for years before it, or far ahead, are typing mistakes. */
export const FIRST_FISCAL_YEAR = 1947;
export const LAST_FISCAL_YEAR = 2100;

/** A fiscal year (年度) named by the calendar year in which it starts on 1 April. */
// Pure: the browser bundles that format years leave the schema (and Zod) out.
export const FiscalYearSchema = /* @__PURE__ */ z
  .number()
  .int()
  .min(FIRST_FISCAL_YEAR)
  .max(LAST_FISCAL_YEAR)
  .describe(
    '年度（西暦、4月始まりの年。令和3年度 → 2021） / Fiscal year as the Western year it starts in (FY2021 = April 2021 to March 2022)',
  );

export type FiscalYear = z.infer<typeof FiscalYearSchema>;

const eraCache = new Map<number, { era: string; year: string; label: string }>();
const eraFormat = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * The Japanese era name of a fiscal year, taken from the era in force at its midpoint (1 October),
 * so FY2019 is 令和元年度 (Reiwa began 1 May 2019) and FY1988 stays 昭和63年度.
 * @example fiscalYearToEra(2019) → { era: '令和', year: '元', label: '令和元年度' }
 */
export function fiscalYearToEra(fiscalYear: number): { era: string; year: string; label: string } {
  // Every page shows several years: format each year once (Intl formatting is slow by comparison).
  const cached = eraCache.get(fiscalYear);
  if (cached) return { ...cached };
  const parts = eraFormat.formatToParts(new Date(Date.UTC(fiscalYear, 9, 1)));
  const era = parts.find((p) => p.type === 'era')?.value ?? '';
  const raw = parts.find((p) => p.type === 'year')?.value ?? String(fiscalYear);
  const year = raw === '1' ? '元' : raw;
  const result = { era, year, label: `${era}${year}年度` };
  eraCache.set(fiscalYear, result);
  return { ...result };
}

/** @example fiscalYearToJapanese(2017) → '平成29年度（2017年度）' */
export function fiscalYearToJapanese(fiscalYear: number): string {
  return `${fiscalYearToEra(fiscalYear).label}（${fiscalYear}年度）`;
}

/** @example fiscalYearToEnglish(2017) → 'FY2017' */
export function fiscalYearToEnglish(fiscalYear: number): string {
  return `FY${fiscalYear}`;
}

/** First and last day of a fiscal year as YYYY-MM-DD. @example fiscalYearBounds(2017) → ['2017-04-01', '2018-03-31'] */
export function fiscalYearBounds(fiscalYear: number): [string, string] {
  return [`${fiscalYear}-04-01`, `${fiscalYear + 1}-03-31`];
}

/** The fiscal year a date falls in. @example dateToFiscalYear('2018-03-31') → 2017 */
export function dateToFiscalYear(isoDate: string): number {
  const [y, m] = isoDate.split('-').map(Number);
  return m >= 4 ? y : y - 1;
}
