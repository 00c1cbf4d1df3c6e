// This site's content is the plans of content/, loaded by the gyosei-plans package as in any other site
// (which writes `export { collections } from 'gyosei-plans/content';`), here from the source.
export { collections } from './lib/content/collections.ts';
