import type { LocalizedText } from '../../../schemas/localized-text.ts';
import type { Lang } from '../../i18n/index.ts';
import { t } from '../../i18n/browser.ts';
import type { Indicator } from '../../../schemas/plan/index.ts';

const jaInteger = new Intl.NumberFormat('ja-JP');
const enInteger = new Intl.NumberFormat('en-GB');
const jaDate = new Intl.DateTimeFormat('ja-JP', { dateStyle: 'long', timeZone: 'UTC' });
const enDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
const enCompact = new Intl.NumberFormat('en-GB', { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 });

/** @example formatNumber(13510540000, 'ja') → '13,510,540,000' */
export function formatNumber(value: number, lang: Lang): string {
  return (lang === 'ja' ? jaInteger : enInteger).format(value);
}

/**
 * Yen in the 兆・億・万 units Japanese readers use, every digit kept.
 * @example yenToJapaneseUnits(13510540000) → '135億1,054万円'
 * @example yenToJapaneseUnits(4207416000) → '42億741万6,000円'
 */
export function yenToJapaneseUnits(yen: number): string {
  if (yen === 0) return '0円';
  const units: [bigint, string][] = [
    [10n ** 12n, '兆'],
    [10n ** 8n, '億'],
    [10n ** 4n, '万'],
  ];
  let rest = BigInt(Math.round(yen));
  let out = '';
  for (const [size, name] of units) {
    const part = rest / size;
    if (part > 0n) out += `${jaInteger.format(part)}${name}`;
    rest %= size;
  }
  if (rest > 0n) out += jaInteger.format(rest);
  return `${out}円`;
}

/**
 * Yen for English readers, rounded to three or four significant figures.
 * @example yenToEnglishUnits(13510540000) → '¥13.51 billion'
 */
export function yenToEnglishUnits(yen: number): string {
  return `¥${enCompact.format(yen)}`;
}

/** The exact figure as published. @example formatYenExact(9303124000, 'ja') → '9,303,124,000円' */
export function formatYenExact(yen: number, lang: Lang): string {
  return lang === 'ja' ? `${jaInteger.format(yen)}円` : `¥${enInteger.format(yen)}`;
}

/** An amount in its published unit. @example formatAmount(74911, 'thousand-yen', 'ja') → '74,911千円' */
export function formatAmount(amount: number, unit: 'yen' | 'thousand-yen', lang: Lang): string {
  if (unit === 'yen') return formatYenExact(amount, lang);
  return lang === 'ja' ? `${jaInteger.format(amount)}千円` : `¥${enInteger.format(amount)} thousand`;
}

/** A unit printed without an amount (予算額 千円 with the figure left blank). @example formatUnit('thousand-yen', 'ja') → '千円' */
export function formatUnit(unit: 'yen' | 'thousand-yen', lang: Lang): string {
  if (lang === 'ja') return unit === 'yen' ? '円' : '千円';
  return unit === 'yen' ? 'yen' : 'thousand yen';
}

/** @example formatDate('2017-04-01', 'ja') → '2017年4月1日'; 'en' → '1 April 2017' */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  return (lang === 'ja' ? jaDate : enDate).format(new Date(Date.UTC(y, m - 1, d)));
}

/**
 * An indicator's numeric target in words. @example targetText({ value: 80, unit: { ja: '回' }, comparator: 'gte' }, 'ja') → '80回以上'
 */
export function targetText(target: NonNullable<Indicator['target']>, lang: Lang): string {
  return t(lang, `comparator.${target.comparator}`, { value: formatNumber(target.value, lang), unit: pickText(target.unit, lang).text });
}

/** A measured number with its unit, if it has a number. @example measureValue({ value: 11, unit: { ja: '回' } }, 'ja') → '11回' */
export function measureValue(m: NonNullable<Indicator['actual']>, lang: Lang): string | undefined {
  if (m.value === undefined) return undefined;
  return `${formatNumber(m.value, lang)}${m.unit ? (lang === 'ja' ? '' : ' ') + pickText(m.unit, lang).text : ''}`;
}

/** The text to show in a language, and whether it fell back to Japanese. */
export function pickText(text: LocalizedText, lang: Lang): { text: string; lang: Lang; fallback: boolean } {
  if (lang === 'en' && text.en) return { text: text.en, lang: 'en', fallback: false };
  return { text: text.ja, lang: 'ja', fallback: lang !== 'ja' };
}

/**
 * One of an indicator's values in words: a number with its unit (and comparator), else its text.
 * @example indicatorValueText({ role: 'target', value: 75, unit: { ja: '%' }, comparator: 'gte' }, 'ja') → '75%以上'
 */
export function indicatorValueText(
  v: Pick<NonNullable<Indicator['values']>[number], 'value' | 'unit' | 'comparator' | 'text'>,
  lang: Lang,
): string | undefined {
  if (v.value === undefined) return v.text ? pickText(v.text, lang).text : undefined;
  const unit = v.unit ? pickText(v.unit, lang).text : '';
  if (v.comparator) return t(lang, `comparator.${v.comparator}`, { value: formatNumber(v.value, lang), unit }).trim();
  return measureValue({ value: v.value, unit: v.unit }, lang);
}
