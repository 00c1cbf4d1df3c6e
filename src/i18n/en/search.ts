import type { search as ja } from '../ja/search.ts';

/**
 * UI text, English: every key of ../ja/search.ts (checked by the type). The search page and its
 * browser script (which gets its messages from the page).
 */
export const search = {
  'search.title': 'Search the plans',
  'search.label': 'Keywords',
  'search.button': 'Search',
  'search.header': 'Search this site',
  'search.filters': 'Narrow down',
  'search.municipality': 'Municipality',
  'search.year': 'Fiscal year',
  'search.all': 'All',
  'search.hint': 'For example: security cameras, telework, disaster prevention.',
  'search.loading': 'Searching…',
  'search.count': '{n} results for “{q}”',
  'search.none': 'No plan matches “{q}”. Try fewer words, or remove a filter.',
  'search.partial': 'Matches only some of the words',
  'search.error': 'Search could not be loaded. Please reload the page.',
  'search.noscript': 'Search needs JavaScript. You can reach every plan from the list of municipalities on the home page.',
} satisfies Record<keyof typeof ja, string>;
