// This site's content is the plans of content/, loaded by the gyosei-plans package as in any other site.
export { collections } from 'gyosei-plans/content';
