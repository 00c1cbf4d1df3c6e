/** The words of a gap column (years without a plan) in the comparison tables. */
import { t, type Lang } from '../../i18n/index.ts';
import { yearLabel } from '../view/years.ts';

/** @example gapLabel({ from: 2016, until: 2018 }, 'en') → 'FY2016–FY2018' (as yearLabel words each year) */
export function gapLabel(gap: { from: number; until: number }, lang: Lang): string {
  return gap.from === gap.until
    ? yearLabel(gap.from, lang)
    : t(lang, 'compare.gapHeader', { from: yearLabel(gap.from, lang), until: yearLabel(gap.until, lang) });
}
