/** The site's one content collection, and the id of the entry that carries the report of an invalid edit. */
export const COLLECTION = 'gyoseiPlans';
export const PROBLEMS_ID = 'problems';
