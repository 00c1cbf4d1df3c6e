/**
 * Runs axe-core in Chromium over every HTML page of a built site and gives the results file's data
 * (see results.ts). The site is served by the package's static server as a static host would serve
 * it, so relative links, the base path and the 404 page behave as when published.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join, relative, sep } from 'node:path';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import { AXE_TAGS, ruleCriteria, type AxeRuleInfo } from './criteria.ts';
import type { AccessibilityResults, PageResult } from './results.ts';
import { CHROMIUM_PATH, launchBrowser, openGuardedPage } from '../browser/browser.ts';
import { startStaticServer } from '../browser/static-server.ts';

/** Every HTML file under `dir` as the URL path it is served at under the base, sorted: 'ja/index.html' → '/ja/'. */
export function htmlPages(dir: string): string[] {
  const out: string[] = [];
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html')) continue;
    const path = `/${relative(dir, join(dir, file)).split(sep).join('/')}`;
    out.push(path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path);
  }
  return out.sort();
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** How the browser is named in the results: the executable's name (no path) and its version. */
function browserLabel(version: string): string {
  const name = basename(CHROMIUM_PATH);
  const known: Record<string, string> = {
    chromium: 'Chromium',
    'chromium-browser': 'Chromium',
    'google-chrome': 'Google Chrome',
    chrome: 'Google Chrome',
  };
  return `${known[name] ?? name} ${version}`;
}

export interface RunOptions {
  /** The built site (dist/). */
  dist: string;
  /** The base path the site was built for ('/' or e.g. '/plans/'). */
  base?: string;
  /** Pages audited at once; by default as many as the machine has cores, at most 4. */
  concurrency?: number;
  /** Called after each page, for progress. */
  onPage?(path: string, done: number, total: number): void;
}

export async function runAxe(options: RunOptions): Promise<AccessibilityResults> {
  const require = createRequire(import.meta.url);
  const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const axeVersion = (JSON.parse(readFileSync(require.resolve('axe-core/package.json'), 'utf8')) as { version: string }).version;
  const playwrightVersion = (JSON.parse(readFileSync(require.resolve('playwright-core/package.json'), 'utf8')) as { version: string })
    .version;
  const paths = existsSync(options.dist) ? htmlPages(options.dist) : [];
  if (!paths.length)
    throw new Error(`${options.dist}: HTML のページがありません。先に npm run build を / no HTML pages: run npm run build first`);

  const server = await startStaticServer({ root: options.dist, base: options.base });
  const browser = await launchBrowser().catch(async (error: unknown) => {
    await server.close();
    throw new Error(
      `Chromium を起動できません（${CHROMIUM_PATH}、CHROMIUM_PATH で指定できます） / cannot start Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH): ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    );
  });
  try {
    const workers = Math.max(1, Math.min(options.concurrency ?? Math.min(availableParallelism(), 4), paths.length));
    const contexts = await Promise.all(Array.from({ length: workers }, () => openGuardedPage(browser, server.origin)));
    let rules: Record<string, string[]> | undefined;
    const pages: PageResult[] = new Array(paths.length);
    let next = 0;
    let done = 0;
    await Promise.all(
      contexts.map(async ({ page, blocked }) => {
        while (next < paths.length) {
          const i = next++;
          const path = paths[i]!;
          const response = await page.goto(server.url + path.slice(1), { waitUntil: 'load' });
          if (!response?.ok()) throw new Error(`${path}: HTTP ${response?.status() ?? 'no response'}`);
          // Evaluated through the DevTools protocol: the pages' CSP (rightly) refuses injected scripts.
          await page.evaluate(axeSource);
          const { results, info } = await page.evaluate(
            async (tags) => {
              const axe = (
                window as unknown as {
                  axe: { run(context: Document, options: object): Promise<AxeResults>; getRules(tags: string[]): AxeRuleInfo[] };
                }
              ).axe;
              const run = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
              return { results: run, info: axe.getRules(tags).map((r) => ({ ruleId: r.ruleId, tags: r.tags })) };
            },
            [...AXE_TAGS],
          );
          rules ??= ruleCriteria(info);
          const map = rules;
          pages[i] = {
            path,
            passes: results.passes.map((r) => r.id).sort(byString),
            incomplete: results.incomplete.map((r) => ({ rule: r.id, nodes: r.nodes.length })).sort((a, b) => byString(a.rule, b.rule)),
            violations: results.violations
              .map((v) => ({
                rule: v.id,
                impact: v.impact ?? null,
                help: v.help,
                criteria: map[v.id] ?? [],
                nodes: v.nodes.map((n) => n.target.join(' ')),
              }))
              .sort((a, b) => byString(a.rule, b.rule)),
          };
          // The site promises to load nothing from other hosts; a page that tries is not published as tested.
          if (blocked.length) throw new Error(`${path}: requested other hosts: ${blocked.join(', ')}`);
          options.onPage?.(path, ++done, paths.length);
        }
      }),
    );
    return {
      generator: 'gyosei-plans a11y-report',
      date: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
      tools: { axeCore: axeVersion, browser: browserLabel(browser.version()), playwrightCore: playwrightVersion },
      tags: [...AXE_TAGS],
      rules: rules!,
      pages,
    };
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
  }
}
