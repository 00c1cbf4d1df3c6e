import { ja, type UiKey } from './ja.ts';
import { en } from './en.ts';
import { translator, type Lang } from './translate.ts';

export { LANGS, type Lang } from './translate.ts';
export type { UiKey };

/**
 * UI text in a language, with {name} placeholders filled. Carries every area's strings: code that runs
 * in the browser imports `t` from browser.ts instead.
 * @example t('ja', 'staff.count', { count: 55 }) → '55人'
 */
export const t = translator<UiKey>({ ja, en });

export function otherLang(lang: Lang): Lang {
  return lang === 'ja' ? 'en' : 'ja';
}
