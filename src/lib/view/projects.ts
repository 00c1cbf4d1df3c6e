import type { LocalizedText } from '../../../schemas/localized-text.ts';
import { t, type Lang } from '../../i18n/index.ts';
import { pickText } from './format.ts';

/** A project's number as the document prints it: 「課題 1」 with the projects' itemLabel, else the bare number. */
export function projectNumber(number: number, itemLabel: LocalizedText | undefined, lang: Lang): string {
  return itemLabel ? t(lang, 'project.itemNamed', { label: pickText(itemLabel, lang).text, number }) : String(number);
}
