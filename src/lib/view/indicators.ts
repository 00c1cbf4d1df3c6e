import type { LocalizedText } from '../../../schemas/localized-text.ts';
import type { Indicator } from '../../../schemas/plan/index.ts';
import { t } from '../../i18n/browser.ts';

/**
 * What the page calls an indicator by number: 「指標1」, or the document's own word (itemLabel) with
 * the number. Undefined when the document gives no number.
 */
export function indicatorNumberLabel(indicator: Pick<Indicator, 'number'>, itemLabel?: LocalizedText): LocalizedText | undefined {
  if (indicator.number === undefined) return undefined;
  const number = String(indicator.number);
  if (!itemLabel) return { ja: t('ja', 'indicator.item', { number }), en: t('en', 'indicator.item', { number }) };
  return {
    ja: t('ja', 'indicator.itemNamed', { label: itemLabel.ja, number }),
    en: t('en', 'indicator.itemNamed', { label: itemLabel.en ?? itemLabel.ja, number }),
  };
}

/** A name for an indicator: its label, else 「指標N」 (N its number, else its position from 1). */
export function indicatorName(indicator: Pick<Indicator, 'number' | 'label'>, position: number, itemLabel?: LocalizedText): LocalizedText {
  return indicator.label ?? indicatorNumberLabel({ number: indicator.number ?? position }, itemLabel)!;
}
