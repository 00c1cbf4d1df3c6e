/**
 * The content collection of a site, exported as `gyosei-plans/content`: a site's
 * src/content.config.ts is `export { collections } from 'gyosei-plans/content';`.
 *
 * One loader reads the whole tree, because the validator's rules span files: municipalities,
 * departments and plans go into one collection, and getSite() (src/lib/view/site.ts) indexes them.
 * In `astro dev` the loader follows Astro's file watcher: an edit is re-validated and shown at once,
 * and an invalid edit keeps the last valid content while every page shows the validator's report in
 * the error overlay. A build never publishes an invalid tree: the loader stops it.
 */
import { defineCollection } from 'astro:content';
import type { Loader, LoaderContext } from 'astro/loaders';
import settings from 'virtual:gyosei-plans/config';
import { loadSiteContent } from './load-site.ts';
import { problemsError } from './problems.ts';
import { COLLECTION, PROBLEMS_ID } from './collection-ids.ts';
import { fileHistory } from '../git/file-history.ts';
import { translationReport } from '../translations/report.ts';
import type { SiteContent } from '../validate/validate-content.ts';


/** Entry ids: `municipality:mitaka`, `department:mitaka/soumu`, `plan:mitaka/soumu/2017`. */
function entries(content: SiteContent, contentDir: string): { id: string; data: object }[] {
  // Git dates, history and stale translations travel with the content: page code is bundled and
  // cannot find the checkout itself. The history is that of the tree being built, in its own repository.
  const translations = translationReport(content.plans, contentDir).plans;
  return [
    ...content.municipalities.map((m) => ({ id: `municipality:${m.id}`, data: m })),
    ...content.departments.map((d) => ({ id: `department:${d.municipality}/${d.id}`, data: d })),
    ...content.plans.map((r) => {
      const history = fileHistory(r.file, contentDir);
      const staleTranslations = translations.get(r.file)?.stale ?? [];
      const { municipality, department, fiscalYear } = r.plan;
      return { id: `plan:${municipality}/${department}/${fiscalYear}`, data: { ...r, lastChanged: history[0]?.date, history, staleTranslations } };
    }),
  ];
}

async function load({ store, logger, watcher }: LoaderContext, contentDir: string): Promise<void> {
  const loaded = await loadSiteContent(contentDir);
  if (loaded.problems !== undefined) {
    // Without a watcher this is a build: stop it before a page is written.
    if (!watcher) throw problemsError(loaded.problems);
    logger.error(loaded.problems.report);
    store.set({ id: PROBLEMS_ID, data: { ...loaded.problems } });
    return;
  }
  store.clear();
  for (const { id, data } of entries(loaded.content, contentDir)) store.set({ id, data: data as Record<string, unknown> });
}

/** Re-validates after the watcher reports a change of a YAML or .md file in the tree; one run per burst of events. */
const followed = new WeakSet<object>();

function follow(context: LoaderContext, contentDir: string): void {
  const { watcher, logger } = context;
  if (!watcher || followed.has(watcher)) return;
  followed.add(watcher);
  watcher.add(contentDir);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = Promise.resolve();
  watcher.on('all', (_event, path) => {
    // YAML files, and plans written as documents (<year>.md).
    if (!path.startsWith(contentDir) || !/(\.ya?ml|\.md)$/.test(path)) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(async () => {
        const started = performance.now();
        await load(context, contentDir);
        logger.info(`content reloaded in ${Math.round(performance.now() - started)} ms`);
      });
    }, 30);
  });
}

function plansLoader(): Loader {
  return {
    name: 'gyosei-plans',
    load: async (context) => {
      await load(context, settings.contentDir);
      follow(context, settings.contentDir);
    },
  };
}

export const collections = {
  [COLLECTION]: defineCollection({ loader: plansLoader() }),
};
