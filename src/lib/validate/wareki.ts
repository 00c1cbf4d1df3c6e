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
