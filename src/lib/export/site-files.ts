/**
 * The site-wide data files as the endpoints write them, so the data page can give each file's size and
 * number of rows (records of a CSV, items of a JSON array) from the very bytes published.
 */
import type { SiteIndex } from '../view/site.ts';
import { compare, sortPlans } from './sort.ts';
import { toJson } from './json.ts';
import { indicatorsCsv } from './indicators-csv.ts';
import { budgetCsv, projectsCsv, staffCsv } from './resources-csv.ts';
import { namesIn } from './responses.ts';
import { SITE_DATA_FILES } from './data-paths.ts';

export type SiteDataFile = keyof typeof SITE_DATA_FILES;

/** The body of a site-wide data file. */
export function siteDataFile(site: SiteIndex, file: SiteDataFile): string {
  const plans = site.plans.map((r) => r.plan);
  switch (file) {
    case 'plans':
      return toJson(sortPlans(plans));
    case 'indicators':
      return indicatorsCsv(plans, plans, namesIn(site));
    case 'budget':
      return budgetCsv(plans, namesIn(site));
    case 'staff':
      return staffCsv(plans, namesIn(site));
    case 'projects':
      return projectsCsv(plans, namesIn(site));
    case 'municipalities':
      return toJson([...site.municipalities].sort((a, b) => compare(a.id, b.id)));
    case 'departments': {
      const key = (d: { municipality: string; id: string }) => `${d.municipality}\u0000${d.id}`;
      return toJson([...site.departments].sort((a, b) => compare(key(a), key(b))));
    }
  }
}
