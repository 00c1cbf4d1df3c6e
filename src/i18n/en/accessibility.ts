import type { accessibility as ja } from '../ja/accessibility.ts';

/**
 * UI text, English: every key of ../ja/accessibility.ts (checked by the type). The accessibility
 * statement and the accessibility test results pages.
 */
export const accessibility = {
  'a11y.title': 'Web accessibility policy',
  'a11y.owner': 'The publisher of this site',
  'a11y.lead':
    '{owner} works to make sure that everyone, including older people and people with disabilities, can use the information and functions of this site without difficulty.',
  'a11y.policy.heading': 'Policy',
  'a11y.policy.text':
    'This site aims to conform to level {level} of the Japanese Industrial Standard JIS X 8341-3:2016 (Guidelines for older persons and persons with disabilities — Information and communications equipment, software and services — Part 3: Web content), and every page is tested each time the site is published.',
  'a11y.policy.since': 'Adopted: {date}',
  'a11y.scope.heading': 'Scope',
  'a11y.scope.text':
    'Every page of this site ({url}), in Japanese and English: the pages made from plan files as well as search, open data and the other pages.',
  'a11y.target.heading': 'Target conformance level',
  'a11y.target.text': 'Conformance to level {level} of JIS X 8341-3:2016',
  'a11y.target.wording':
    'The terms “conforms” (準拠), “partially conforms” (一部準拠) and “considered” (配慮) follow the Guidelines for Describing Conformance of Web Content to JIS X 8341-3:2016 of the Web Accessibility Infrastructure Committee (WAIC).',
  'a11y.current.heading': 'Current status',
  'a11y.current.text': 'Level {level} of JIS X 8341-3:2016 considered (配慮)',
  'a11y.current.why':
    'The tests are automated tests with axe-core. Automated tests check only part of the success criteria, and the criteria that need a manual check have not been checked, so the site does not claim to conform or partially conform.',
  'a11y.period.heading': 'Period',
  'a11y.period.default': 'Continuously, from the site’s first publication: every page is tested each time the site is published.',
  'a11y.exceptions.heading': 'Exceptions',
  'a11y.exceptions.text':
    'None. This site publishes no PDF or other document files as pages. The original documents cited as each plan’s source are on the sites of the bodies that published them and are outside the scope of this policy.',
  'a11y.results.heading': 'Test results',
  'a11y.results.summary': 'On {date}, {pages} pages were tested; the automated tests found {violations} violations.',
  'a11y.results.link': 'See the test results',
  'a11y.contact.heading': 'Contact',
  'a11y.contact.none': 'This site has not named a contact.',
  'a11yResults.title': 'Web accessibility test results',
  'a11yResults.lead':
    'The results of the automated tests of the published version of this site, for each success criterion of levels A and AA of JIS X 8341-3:2016 (WCAG 2.0) and WCAG 2.1.',
  'a11yResults.none':
    'This version of the site carries no test results. A site built after the tests (npm run a11y:report) have run as part of publishing shows them here.',
  'a11yResults.overview': 'Overview',
  'a11yResults.date': 'Date of the tests',
  'a11yResults.standard': 'Standards',
  'a11yResults.standardText': 'JIS X 8341-3:2016 and WCAG 2.1 (levels A and AA)',
  'a11yResults.scope': 'Pages',
  'a11yResults.scopeText': 'Every page of the site ({pages} pages)',
  'a11yResults.method': 'Method',
  'a11yResults.methodText':
    'Automated tests with axe-core ({rules} rules for levels A and AA of WCAG 2.0 and 2.1), run on each page opened in the browser below.',
  'a11yResults.tools': 'Tools',
  'a11yResults.outcome': 'Result',
  'a11yResults.outcomeText': '{violations} violations ({pages} pages)',
  'a11yResults.claim': 'Status',
  'a11yResults.claimText': 'Level {level} considered (配慮; see the policy for why)',
  'a11yResults.caveat':
    'No violation in the automated tests does not show that a success criterion is met. The criteria without an automated rule need a manual check, which has not been done.',
  'a11yResults.counts': 'Of the 50 success criteria, {automated} have automated rules and {manual} need a manual check only.',
  'a11yResults.criteria.caption': 'Results by success criterion',
  'a11yResults.col.number': 'No.',
  'a11yResults.col.criterion': 'Success criterion',
  'a11yResults.col.level': 'Level',
  'a11yResults.col.jis': 'JIS X 8341-3:2016',
  'a11yResults.col.rules': 'Automated rules',
  'a11yResults.col.result': 'Result',
  'a11yResults.jis.yes': 'Included',
  'a11yResults.jis.no': 'Added in WCAG 2.1',
  'a11yResults.manual': 'Needs a manual check (not checked)',
  'a11yResults.result.violated': '{violations} violations ({pages} pages)',
  'a11yResults.result.passed': 'No violations: {pages} pages',
  'a11yResults.result.incomplete': 'To review: {pages} pages',
  'a11yResults.result.inapplicable': 'Not applicable: {pages} pages',
  'a11yResults.result.tested': '{pages} pages tested',
  'a11yResults.violations.heading': 'Violations',
  'a11yResults.violations.none': 'The automated tests found no violations.',
  'a11yResults.violations.caption': 'Violations found by the automated tests',
  'a11yResults.col.page': 'Page',
  'a11yResults.col.rule': 'Rule',
  'a11yResults.col.impact': 'Impact',
  'a11yResults.col.elements': 'Elements',
  'a11yResults.pages.heading': 'Results by page',
  'a11yResults.pages.caption': 'Automated test results by page (number of rules)',
  'a11yResults.col.violations': 'Violated',
  'a11yResults.col.incomplete': 'To review',
  'a11yResults.col.passes': 'No violations',
} satisfies Record<keyof typeof ja, string>;
