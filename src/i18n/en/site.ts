import type { site as ja } from '../ja/site.ts';

/**
 * UI text, English: every key of ../ja/site.ts (checked by the type). The site as a whole: its
 * description, the language switch, the home and language-choice pages, breadcrumbs, footer, 404, feed
 * and translations pages (BaseLayout, home, not-found, feed.xml, translations).
 */
export const site = {
  'site.description':
    'The annual plans of the departments, bureaus, divisions and other units of Japanese local governments, published to be searched, compared and reused.',
  'site.skip': 'Skip to main content',
  'lang.ja': '日本語',
  'lang.en': 'English',
  'home.lead':
    'The annual operating policies and goals that the departments, bureaus, divisions and other units of Japanese local governments set for each fiscal year.',
  'breadcrumb.label': 'Breadcrumb',
  'breadcrumb.home': 'Home',
  'footer.data': 'Open data',
  'footer.publisher': 'Published by',
  'footer.contact': 'Contact',
  'feed.title': '{site}: new and updated plans',
  'feed.subtitle': 'Plans published or updated on this site.',
  'feed.new': 'Published: the {year} plan of {municipality} {department}',
  'feed.changed': 'Updated: the {year} plan of {municipality} {department}',
  'footer.translations': 'Translation status',
  'notFound.title': 'Page not found',
  'notFound.lead': 'The page you were looking for could not be found. Check the address, or start from the home page.',
  'translations.title': 'Translation status',
  'translations.lead':
    'For each plan, the fields that have no English yet, and the fields whose Japanese changed after their English was last edited (outdated English). Dates are those of the commits that changed the Japanese. Personal names are not translated, since their readings cannot be verified.',
  'translations.caption': 'English translation by plan',
  'translations.col.plan': 'Plan',
  'translations.col.progress': 'Translated',
  'translations.col.missing': 'Fields without English',
  'translations.col.stale': 'Japanese newer than the English',
  'translations.progress': '{done} / {total} ({percent}%)',
  'translations.complete': 'Fully translated',
  'translations.jaChanged': 'Japanese changed',
  'translations.uncommitted': 'Japanese changed (not committed yet)',
  'translations.noStale': 'None',
  'translations.noHistory': 'Unknown: no change history',
  'home.kindAndDepartments': '{kind}, {departments}',
  'home.municipalities': 'Browse by municipality',
  'footer.accessibility': 'Accessibility policy',
  'footer.a11yResults': 'Test results',
  'footer.policy': 'Site policy',
} satisfies Record<keyof typeof ja, string>;
