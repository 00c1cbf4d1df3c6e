/**
 * The accessibility test results file (a11y/results.json): what `gyosei-plans a11y-report` writes
 * after running axe-core over every page of a built site, and what the results page
 * (/ja/accessibility/results/) is built from. The file carries the rule → criterion mapping of the
 * axe-core that ran, so the page needs no axe-core of its own and shows what was actually tested.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'astro/zod';
import { CRITERIA, type Criterion } from './criteria.ts';

/** Where the results file is, relative to the site's folder; PLANS_A11Y_RESULTS overrides it. */
export const DEFAULT_RESULTS_FILE = 'a11y/results.json';

const RuleNodes = z.strictObject({
  rule: z.string(),
  impact: z.string().nullable(),
  help: z.string(),
  criteria: z.array(z.string()),
  /** The CSS selector of each element at fault. */
  nodes: z.array(z.string()),
});

export const ResultsSchema = z.strictObject({
  generator: z.string(),
  /** When the run ended, ISO 8601 in UTC. */
  date: z.iso.datetime(),
  tools: z.strictObject({ axeCore: z.string(), browser: z.string(), playwrightCore: z.string() }),
  /** The axe-core tags the rules were chosen by. */
  tags: z.array(z.string()),
  /** Every rule that ran, with the WCAG criteria its axe-core tags name. */
  rules: z.record(z.string(), z.array(z.string())),
  pages: z.array(
    z.strictObject({
      /** The page's URL path under the site's base: '/', '/ja/', '/404.html'. */
      path: z.string(),
      passes: z.array(z.string()),
      /** Rules whose result axe could not decide (a person must look). */
      incomplete: z.array(z.strictObject({ rule: z.string(), nodes: z.number().int().nonnegative() })),
      violations: z.array(RuleNodes),
    }),
  ),
});

export type AccessibilityResults = z.infer<typeof ResultsSchema>;
export type PageResult = AccessibilityResults['pages'][number];

/** The results file a site reads: PLANS_A11Y_RESULTS, else a11y/results.json in the site's folder. */
export function resultsFile(siteRoot: string): string {
  return resolve(siteRoot, process.env.PLANS_A11Y_RESULTS || DEFAULT_RESULTS_FILE);
}

/** The results in `file`, or undefined when there is none. A file that is there but wrong throws, naming the file. */
export function readResults(file: string): AccessibilityResults | undefined {
  // Read once per build: the policy and the results pages show it in both languages.
  if (read.has(file)) return read.get(file);
  let results: AccessibilityResults | undefined;
  if (existsSync(file)) {
    const parsed = ResultsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) throw new Error(`${file}: not a results file of gyosei-plans a11y-report:\n${z.prettifyError(parsed.error)}`);
    results = parsed.data;
  }
  // In `astro dev` the file may be written by a new run while the server runs.
  if (!import.meta.env?.DEV) read.set(file, results);
  return results;
}

const read = new Map<string, AccessibilityResults | undefined>();

/** The elements at fault over every page of `results`. */
export const violatedElements = (results: AccessibilityResults) =>
  results.pages.reduce((n, p) => n + p.violations.reduce((m, v) => m + v.nodes.length, 0), 0);

/** One criterion across the pages: how axe-core's rules for it came out. */
export interface CriterionSummary {
  criterion: Criterion;
  /** The rules that test part of it; empty when no rule does and only a person can check it. */
  rules: string[];
  pagesTested: number;
  /** Pages where a rule passed and none failed or was undecided. */
  pagesPassed: number;
  /** Pages where a rule failed. */
  pagesViolated: number;
  /** Elements at fault, over all pages. */
  violations: number;
  /** Pages where a rule was undecided and none failed. */
  pagesIncomplete: number;
  /** Pages where every rule found nothing to test. */
  pagesInapplicable: number;
}

/** Every criterion of the table in order, with its results over the pages of `results`. */
export function summarise(results: AccessibilityResults): CriterionSummary[] {
  return CRITERIA.map((criterion) => {
    const rules = Object.keys(results.rules).filter((rule) => results.rules[rule]!.includes(criterion.id));
    const summary: CriterionSummary = {
      criterion,
      rules,
      pagesTested: 0,
      pagesPassed: 0,
      pagesViolated: 0,
      violations: 0,
      pagesIncomplete: 0,
      pagesInapplicable: 0,
    };
    if (!rules.length) return summary;
    for (const page of results.pages) {
      summary.pagesTested += 1;
      const violated = page.violations.filter((v) => rules.includes(v.rule));
      if (violated.length) {
        summary.pagesViolated += 1;
        summary.violations += violated.reduce((n, v) => n + v.nodes.length, 0);
      } else if (page.incomplete.some((i) => rules.includes(i.rule))) summary.pagesIncomplete += 1;
      else if (page.passes.some((rule) => rules.includes(rule))) summary.pagesPassed += 1;
      else summary.pagesInapplicable += 1;
    }
    return summary;
  });
}
