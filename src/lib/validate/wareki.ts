/** First Gregorian year of each era, for reading dates that clerks type in 和暦. */
const ERA_START: Record<string, number> = { 明治: 1868, 大正: 1912, 昭和: 1926, 平成: 1989, 令和: 2019 };

/**
 * Reads a Japanese-era date as written in documents, to suggest the ISO form in an error message.
 * @example warekiToIso('令和3年4月1日') → '2021-04-01'
 */
export function warekiToIso(text: string): string | undefined {
  const m = text
    .normalize('NFKC')
    .replace(/\s/g, '')
    .match(/^(明治|大正|昭和|平成|令和)(元|\d{1,2})年(\d{1,2})月(\d{1,2})日$/);
  if (!m) return undefined;
  return `${warekiYear(m[1], m[2])}-${m[3].padStart(2, '0')}-${m[4].padStart(2, '0')}`;
}

/**
 * The Gregorian year of an era year (or of a fiscal year written as 〜年度).
 * @example warekiYear('令和', '元') → 2019
 */
export function warekiYear(era: string, year: string): number | undefined {
  const start = ERA_START[era];
  return start === undefined ? undefined : start + (year === '元' ? 1 : Number(year)) - 1;
}

/** The letters that stand for an era (R7 = 令和7年). */
const ERA_LETTER: Record<string, string> = { M: '明治', T: '大正', S: '昭和', H: '平成', R: '令和' };

/** How Intl names the Japanese era year of a day: 令和2年, 平成元年. */
const JAPANESE_YEAR = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * The Western fiscal year of a year written in 和暦: 令和7年度, 平成31年度, 令和元年度, R7 (full-width
 * forms too), for a hint in an error message. `actually` is set when the written era had ended (or not
 * begun) all through that fiscal year, 1 April to 31 March, as Intl's Japanese calendar knows it: then
 * it is the name the year had (平成32年度 → 令和2年度).
 * @example warekiFiscalYear('令和7年度') → { year: 2025 }
 * @example warekiFiscalYear('平成32年度') → { year: 2020, actually: '令和2年度' }
 */
export function warekiFiscalYear(text: string): { year: number; actually?: string } | undefined {
  const m = text
    .normalize('NFKC')
    .replace(/\s/g, '')
    .match(/^(明治|大正|昭和|平成|令和|[MTSHR])\.?(元|\d{1,2})年?度?$/i);
  if (!m) return undefined;
  const era = ERA_LETTER[m[1].toUpperCase()] ?? m[1];
  const year = warekiYear(era, m[2]);
  if (year === undefined) return undefined;
  const [first, last] = [Date.UTC(year, 3, 1), Date.UTC(year + 1, 2, 31)].map((day) => JAPANESE_YEAR.format(day));
  return first.startsWith(era) || last.startsWith(era) ? { year } : { year, actually: `${first}度` };
}
