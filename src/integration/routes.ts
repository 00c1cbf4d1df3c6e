/**
 * Every page and file of a site, as the integration injects them: the URL pattern and the route file
 * in src/routes/ that renders it. Patterns follow Astro's file-based routing syntax.
 */
export interface InjectedPage {
  pattern: string;
  file: string;
  /** Its pages go into the search index (they carry `data-pagefind-body`). */
  searched?: boolean;
  /** Its pages load a module script: the build names the script's imports in their head (module-preload.ts). */
  scripts?: boolean;
}

export const ROUTES: readonly InjectedPage[] = [
  { pattern: '/', file: 'language-choice.astro' },
  { pattern: '/404', file: 'not-found.astro' },
  { pattern: '/[lang]', file: 'home.astro' },
  { pattern: '/[lang]/search', file: 'search.astro', scripts: true },
  { pattern: '/[lang]/data', file: 'data.astro' },
  { pattern: '/[lang]/translations', file: 'translations.astro' },
  { pattern: '/[lang]/accessibility', file: 'accessibility.astro' },
  { pattern: '/[lang]/accessibility/results', file: 'accessibility-results.astro' },
  { pattern: '/[lang]/policy', file: 'policy.astro' },
  { pattern: '/[lang]/feed.xml', file: 'feed.xml.ts' },
  { pattern: '/[lang]/[municipality]', file: 'municipality.astro' },
  { pattern: '/[lang]/[municipality]/[department]', file: 'department.astro' },
  { pattern: '/[lang]/[municipality]/[department]/compare', file: 'compare.astro', searched: true },
  { pattern: '/[lang]/[municipality]/[department]/compare/any', file: 'compare-any.astro', scripts: true },
  { pattern: '/[lang]/[municipality]/[department]/compare/[pair]', file: 'compare-pair.astro' },
  { pattern: '/[lang]/[municipality]/[department]/[year]', file: 'plan.astro', searched: true },
  { pattern: '/data/plans.json', file: 'data/plans.json.ts' },
  { pattern: '/data/municipalities.json', file: 'data/municipalities.json.ts' },
  { pattern: '/data/departments.json', file: 'data/departments.json.ts' },
  { pattern: '/data/indicators.csv', file: 'data/indicators.csv.ts' },
  { pattern: '/data/budget.csv', file: 'data/budget.csv.ts' },
  { pattern: '/data/staff.csv', file: 'data/staff.csv.ts' },
  { pattern: '/data/projects.csv', file: 'data/projects.csv.ts' },
  { pattern: '/data/schema/[name].schema.json', file: 'data/schema.json.ts' },
  { pattern: '/data/[municipality]/[department]/[year].json', file: 'data/plan.json.ts' },
  { pattern: '/data/[municipality]/[department]/[year].indicators.csv', file: 'data/plan-indicators.csv.ts' },
];
