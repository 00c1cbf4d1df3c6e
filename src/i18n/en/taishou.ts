import type { taishou as ja } from '../ja/taishou.ts';

/**
 * UI text, English: every key of ../ja/taishou.ts (checked by the type). The 新旧対照表 of two years: the
 * static pair pages, the page for any pair, and its browser script (browser.ts).
 */
export const taishou = {
  'taishou.pageTitle': '{department}: old/new comparison, {new} and {old}',
  'taishou.lead': 'The plans for {new} (new) and {old} (old), item by item. Additions are underlined and deletions struck through.',
  'taishou.new': 'New ({year})',
  'taishou.old': 'Old ({year})',
  'taishou.swap': 'Show the old version on the left',
  'taishou.changed': 'Changed items ({count})',
  'taishou.unchanged': 'Unchanged items ({count})',
  'taishou.noChanges': 'Nothing changed.',
  'taishou.added': 'added:',
  'taishou.removed': 'deleted:',
  'taishou.addedEnd': 'end of addition',
  'taishou.removedEnd': 'end of deletion',
  'taishou.absent': '(none)',
  'taishou.cell': 'row {row}, column {column}',
  'taishou.yes': 'yes',
  'taishou.no': 'no',
  'taishou.matchedByTitle': ' (matched by title with old id “{id}”)',
  'taishou.noSuchYear': 'No plan is published for the chosen year.',
  'taishou.sameYear': 'Choose two different years.',
  'taishou.failed': 'The plans could not be loaded. Please try again later.',
  'taishou.shown': 'Showing the comparison of {new} (new) and {old} (old).',
  'taishou.loading': 'Loading the plans for {new} and {old}.',
  'taishou.noscript': 'This table needs JavaScript. Without it, these comparisons are available:',
  'taishou.show': 'Show',
  'taishou.oldYear': 'Older year',
  'taishou.newYear': 'Newer year',
  'taishou.anyLead': 'Choose the two years to compare. The table is assembled in your browser from the published data of each year (JSON).',
  'taishou.anyCrumb': 'Choose two years',
  'taishou.anyTitle': '{department}: old/new comparison of any two years',
  'taishou.notInExcerpt': '(not in the excerpt)',
  'taishou.glance': 'At a glance',
  'taishou.count.added': '{count} added',
  'taishou.count.removed': '{count} removed',
  'taishou.count.changed': '{count} changed',
  'taishou.count.not-in-excerpt': '{count} not in the excerpt',
  'taishou.count.section': '{section}: {count}',
} satisfies Record<keyof typeof ja, string>;
