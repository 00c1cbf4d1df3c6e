import type { policy as ja } from '../ja/policy.ts';

/**
 * UI text, English: every key of ../ja/policy.ts (checked by the type). The site policy page: terms,
 * privacy, disclaimer, contact.
 */
export const policy = {
  'policy.title': 'Site policy',
  'policy.lead': 'The terms of use of this site, how it treats personal information, and its disclaimer.',
  'policy.terms.heading': 'Terms of use',
  'policy.terms.text': 'You may use the text and data of this site under these terms: {licence}.',
  'policy.terms.data': 'The machine-readable data are on the open data page.',
  'policy.privacy.heading': 'Personal information and access data',
  'policy.privacy.collect':
    'This site collects nothing about its readers. It sets no cookies, runs no analytics or advertising code, and loads nothing from other sites.',
  'policy.privacy.search':
    'Search runs in your browser: the words you type are not sent. The search index is loaded from this site in small parts that depend on the words, so which parts were loaded may appear in the server’s log of requests.',
  'policy.privacy.server':
    'The server that hosts the site may keep a log of requests (time, address and so on), as web servers generally do.',
  'policy.disclaimer.heading': 'Disclaimer',
  'policy.disclaimer.copy':
    'The plans are transcribed from the documents each body published. Care is taken to be accurate, but where this site and the original document differ, the original is correct. The English is a translation; the Japanese is authoritative.',
  'policy.disclaimer.liability':
    'The publisher accepts no liability for any loss arising from the use of this site, nor for the content of sites it links to.',
  'policy.disclaimer.change': 'The content of this site and this policy may change without notice.',
  'policy.contact.heading': 'Contact',
} satisfies Record<keyof typeof ja, string>;
