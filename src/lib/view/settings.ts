/** The site's own settings (from the integration's options), for pages and components. */
import settings from 'virtual:gyosei-plans/config';
import type { Lang } from '../../i18n/index.ts';

export { settings };

/** The site's name in a language. @example siteTitle('ja') → '自治体 部の運営方針' */
export function siteTitle(lang: Lang): string {
  return settings.title[lang];
}
