/**
 * The `gyosei-plans` Astro integration: a bilingual site of local-government plans from a folder of
 * YAML files. A site adds it in astro.config.mjs (`integrations: [plans({ ... })]`) and one line in
 * src/content.config.ts (`export { collections } from 'gyosei-plans/content'`); every page, the
 * search index and the open data come from the package.
 */
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import sitemap from '@astrojs/sitemap';
import { markdownProcessor } from './markdown/processor.ts';
import { buildSearchIndex } from './lib/search/build-index.ts';
import { parseOptions, resolveLicence, type PlansOptions, type SiteSettings } from './integration/options.ts';
import { ROUTES } from './integration/routes.ts';
import { resultsFile } from './lib/a11y/results.ts';
import { virtualConfig } from './integration/virtual-config.ts';
import { designTokens } from './integration/design-tokens.ts';
import { atomicOutput, type AtomicOutput } from './integration/atomic-output.ts';
import { preloadModules } from './integration/module-preload.ts';
import { PAIR_PREFETCH_SCRIPT } from './lib/compare/pair-prefetch.ts';
import { nodeVersionProblem } from './node-version.mjs';
import { historyFromEnv, historyMessage, repositoryHistoryProblem } from './lib/git/history-check.ts';

export type { PlansOptions } from './integration/options.ts';
export { LICENCES } from './integration/options.ts';

/**
 * A route file as it is beside this module: the endpoints written in TypeScript (data/plans.json.ts)
 * are compiled to .js in the package (build/src/routes/), and run as they are from this repository.
 */
const routeFile = (file: string) => (import.meta.url.endsWith('.js') ? file.replace(/\.ts$/, '.js') : file);

/** Where a site is published when neither the options nor SITE_URL say: canonical URLs need a host. */
const PLACEHOLDER_SITE = 'https://plans.example.org';

export default function plans(userOptions: PlansOptions = {}): AstroIntegration {
  // First, so an older Node gets one line saying which Node is needed (Astro prints it) and nothing else.
  const problem = nodeVersionProblem();
  if (problem) throw new Error(problem);
  const options = parseOptions(userOptions);
  // The build writes into a staging folder and replaces the outDir only when complete (atomic-output.ts).
  let output: AtomicOutput | undefined;
  /** The content tree being built (set when the config is), whose glossary joins the search lexicon. */
  let builtContentDir = '';
  /** The site's base path as resolved (`/`, `/plans/`): the URLs of its scripts start with it. */
  let basePath = '/';
  return {
    name: 'gyosei-plans',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, injectRoute, logger, command }) => {
        const root = fileURLToPath(config.root);
        // PLANS_CONTENT_DIR builds another tree with the same site (test fixtures, generated benchmark plans).
        const contentDir = resolve(process.env.PLANS_CONTENT_DIR || resolve(root, options.contentDir));
        builtContentDir = contentDir;
        const site = process.env.SITE_URL || options.site || config.site;
        if (!site && command === 'build')
          logger.warn(`site が未設定のため ${PLACEHOLDER_SITE} を使います / no site URL set: canonical URLs use ${PLACEHOLDER_SITE}`);
        // The history is checked here, once; a build stops in the content loader, after the plan files
        // are validated, so a clerk sees the problems of the files first.
        const wanted = historyFromEnv(process.env.PLANS_HISTORY) ?? options.history;
        const problem = wanted ? repositoryHistoryProblem(contentDir) : undefined;
        const history: SiteSettings['history'] = !wanted
          ? { mode: 'off' }
          : problem
            ? { mode: 'unavailable', problem: historyMessage(problem, contentDir) }
            : { mode: 'git' };
        if (history.mode === 'unavailable' && command !== 'build') logger.warn(history.problem);
        const settings: SiteSettings = {
          contentDir,
          title: options.title,
          publisher: options.publisher,
          licence: resolveLicence(options.licence),
          contact: options.contact,
          accessibility: options.accessibility,
          history,
          historyRequired: command === 'build',
          accessibilityResults: resultsFile(root),
        };
        // Incremental builds (pages carry a cacheKey: src/lib/view/cache-keys.ts) keep their cache in Astro's
        // cacheDir. Unless the site chose one, each content tree and output gets a folder of its own, so
        // builds of other trees (test fixtures, benchmarks) neither share nor race for one cache.
        const defaultCache = new URL('node_modules/.astro/', config.root).href;
        const cacheDir =
          config.cacheDir.href.replace(/\/?$/, '/') === defaultCache
            ? new URL(
                `gyosei-plans/${createHash('sha256')
                  .update([contentDir, fileURLToPath(config.outDir), process.env.BASE_PATH ?? '', site ?? ''].join('\u0000'))
                  .digest('hex')
                  .slice(0, 16)}/`,
                defaultCache,
              )
            : config.cacheDir;
        // Last of the build's steps, after the sitemap's (integrations added here run after this one).
        output = command === 'build' ? atomicOutput(fileURLToPath(config.outDir).replace(/[\\/]$/, '')) : undefined;
        const publish: AstroIntegration = {
          name: 'gyosei-plans:publish',
          hooks: { 'astro:build:done': async () => output?.publish() },
        };
        for (const route of ROUTES)
          injectRoute({ pattern: route.pattern, entrypoint: new URL(`./routes/${routeFile(route.file)}`, import.meta.url) });
        updateConfig({
          cacheDir,
          ...(output && { outDir: pathToFileURL(`${output.staging}/`) }),
          experimental: { incrementalBuild: true },
          site: site || PLACEHOLDER_SITE,
          base: process.env.BASE_PATH || options.base || config.base,
          trailingSlash: 'always',
          // The stylesheet (about 3 KB gzip) goes inline in each page: on a slow connection a separate file costs
          // one more round trip (2 s on Slow 3G) before anything is painted. The CSP allows it by its hash.
          build: { format: 'directory', concurrency: 4, inlineStylesheets: 'always' },
          i18n: {
            locales: ['ja', 'en'],
            defaultLocale: 'ja',
            routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false, fallbackType: 'redirect' },
          },
          markdown: { processor: markdownProcessor, syntaxHighlight: false },
          // Content is not trusted: a Content-Security-Policy <meta> on every page allows only the site's own
          // scripts and styles (Astro adds hashes for anything it inlines) and Pagefind's WebAssembly.
          security: {
            csp: {
              // updateConfig() is merged after Astro applied its defaults, so the default algorithm is stated.
              algorithm: 'SHA-256',
              directives: [
                "default-src 'self'",
                "img-src 'self' data:",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-src 'none'",
              ],
              // The one inline script: the on-demand 新旧対照表's prefetch of its two plans, allowed by its hash.
              scriptDirective: {
                resources: ["'self'", "'wasm-unsafe-eval'"],
                hashes: [`sha256-${createHash('sha256').update(PAIR_PREFETCH_SCRIPT).digest('base64')}`],
              },
              styleDirective: { resources: ["'self'"] },
            },
          },
          devToolbar: { enabled: false },
          vite: { plugins: [virtualConfig(settings), designTokens()] },
          // One sitemap entry per page with its other-language twin as an hreflang alternate; no dates, so builds stay reproducible.
          integrations: [
            sitemap({
              i18n: { defaultLocale: 'ja', locales: { ja: 'ja', en: 'en' } },
              // Every page, the root (which offers the two languages) included; the 404 page is not content.
              filter: (page) => !/\/404(\.html|\/)?$/.test(new URL(page).pathname),
              // The root is no language's version of a page: no alternates of its own, and no alternate of /ja/ or /en/.
              serialize: (item) => {
                const inLanguage = (url: string) => /\/(ja|en)\//.test(new URL(url).pathname);
                return inLanguage(item.url)
                  ? { ...item, links: item.links?.filter((l) => inLanguage(l.url)) }
                  : { url: item.url, changefreq: item.changefreq, lastmod: item.lastmod, priority: item.priority };
              },
            }),
            publish,
          ],
        });
      },
      'astro:config:done': ({ config }) => {
        basePath = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        const site = fileURLToPath(dir);
        // The build knows which files each route wrote: no need to read every page to find them.
        const filesOf = (route: (r: (typeof ROUTES)[number]) => boolean | undefined) =>
          ROUTES.filter(route).flatMap((r) => (assets.get(r.pattern) ?? []).map((url) => relative(site, fileURLToPath(url))));
        // A page's scripts and everything they import, asked for at once (module-preload.ts).
        const preload = () =>
          preloadModules(
            site,
            basePath,
            filesOf((r) => r.scripts),
          );
        await (output ? output.step(preload) : preload());
        const files = filesOf((r) => r.searched);
        const started = performance.now();
        const timings: { lexiconSeconds?: number } = {};
        const index = () => buildSearchIndex({ site, files, glossary: join(builtContentDir, 'glossary.yaml'), timings });
        const pages = await (output ? output.step(index) : index());
        const seconds = (performance.now() - started) / 1000;
        logger.info(`search index: ${pages} pages`);
        // For the benchmark (npm run bench): how long the index took inside the build.
        if (process.env.PLANS_TIMINGS_FILE)
          await writeFile(
            process.env.PLANS_TIMINGS_FILE,
            `${JSON.stringify({ searchIndex: { seconds, pages, lexiconSeconds: timings.lexiconSeconds } })}\n`,
          );
      },
    },
  };
}
