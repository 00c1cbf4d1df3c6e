import { ja, type UiKey } from './ja.ts';
import { en } from './en.ts';

export const LANGS = ['ja', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type { UiKey };

const dictionaries: Record<Lang, Record<UiKey, string>> = { ja, en };

/**
 * UI text in a language, with {name} placeholders filled.
 * @example t('ja', 'staff.count', { count: 55 }) → '55人'
 */
export function t(lang: Lang, key: UiKey, params: Record<string, string | number> = {}): string {
  const text = dictionaries[lang][key];
  // Most strings have no placeholder: skip the regular expression for them (t runs thousands of times per page set).
  return text.includes('{') ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`)) : text;
}

export function otherLang(lang: Lang): Lang {
  return lang === 'ja' ? 'en' : 'ja';
}
