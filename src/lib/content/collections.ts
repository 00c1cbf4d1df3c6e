/**
 * The content collection of a site, exported as `gyosei-plans/content`: a site's
 * src/content.config.ts is `export { collections } from 'gyosei-plans/content';`.
 *
 * One loader reads the whole tree, because the validator's rules span files: municipalities,
 * departments and plans go into one collection, and getSite() (src/lib/view/site.ts) indexes them.
 * In `astro dev` the loader follows Astro's file watcher: an edit is re-validated and shown at once,
 * and an invalid edit keeps the last valid content while every page shows the validator's report in
 * the error overlay. Nothing ends the following (follow.ts): a tree that cannot be read at all shows
 * in the overlay too, until a reload succeeds. A build never publishes an invalid tree: the loader stops it.
 */
import { defineCollection } from 'astro:content';
import type { Loader, LoaderContext } from 'astro/loaders';
import settings from 'virtual:gyosei-plans/config';
import { loadSiteContent } from './load-site.ts';
import { problemsError } from './problems.ts';
import { followContent } from './follow.ts';
import { COLLECTION, PROBLEMS_ID } from './collection-ids.ts';
import { fileHistory, type FileCommit } from '../git/file-history.ts';
import { historyMessage, uncommittedMessage } from '../git/history-check.ts';
import { translationReport } from '../translations/report.ts';
import type { PlanRecord, SiteContent } from '../validate/validate-content.ts';

/** A history problem as Astro shows it: the bilingual message alone, without a stack of the package's code. */
function historyError(message: string): Error {
  const error = new Error(message);
  error.stack = message;
  return error;
}

/**
 * Each plan file's commits, or undefined when the site shows no history from git (settings.history):
 * turned off, or unavailable in `astro dev`. A build (historyRequired) stops instead of publishing
 * made-up history: when git cannot give it (a shallow clone, no repository) or no plan file is
 * committed. A plan not committed yet (a clerk's new file) is shown without history; a build names it.
 */
function planHistories(plans: readonly PlanRecord[], contentDir: string, logger: LoaderContext['logger']): Map<string, FileCommit[]> | undefined {
  const { history, historyRequired } = settings;
  if (history.mode === 'off') return undefined;
  if (history.mode === 'unavailable') {
    if (historyRequired) throw historyError(history.problem);
    return undefined;
  }
  const found = new Map(plans.map((r) => [r.file, fileHistory(r.file, contentDir)]));
  const uncommitted = plans.filter((r) => !found.get(r.file)!.length).map((r) => r.file);
  if (historyRequired && uncommitted.length) {
    if (uncommitted.length === plans.length) throw historyError(historyMessage('untracked', contentDir));
    logger.warn(uncommittedMessage(uncommitted));
  }
  return found;
}


/** Entry ids: `municipality:mitaka`, `department:mitaka/soumu`, `plan:mitaka/soumu/2017`. */
function entries(content: SiteContent, contentDir: string, histories: Map<string, FileCommit[]> | undefined): { id: string; data: object }[] {
  // Git dates, history and stale translations travel with the content: page code is bundled and
  // cannot find the checkout itself. The history is that of the tree being built, in its own repository;
  // without it, no date or staleness from git is shown.
  const translations = histories ? translationReport(content.plans, contentDir).plans : undefined;
  return [
    ...content.municipalities.map((m) => ({ id: `municipality:${m.id}`, data: m })),
    ...content.departments.map((d) => ({ id: `department:${d.municipality}/${d.id}`, data: d })),
    ...content.plans.map((r) => {
      const history = histories?.get(r.file) ?? [];
      const staleTranslations = translations?.get(r.file)?.stale ?? [];
      const { municipality, department, fiscalYear } = r.plan;
      return { id: `plan:${municipality}/${department}/${fiscalYear}`, data: { ...r, lastChanged: history[0]?.date, history, staleTranslations } };
    }),
  ];
}

async function load({ store, logger, watcher }: LoaderContext, contentDir: string): Promise<void> {
  const loaded = await loadSiteContent(contentDir);
  if (loaded.problems !== undefined) {
    // Without a watcher this is a build: stop it before a page is written.
    if (!watcher) throw problemsError(loaded.problems, { dev: false });
    logger.error(loaded.problems.report);
    store.set({ id: PROBLEMS_ID, data: { ...loaded.problems } });
    return;
  }
  const histories = planHistories(loaded.content.plans, contentDir, logger);
  store.clear();
  for (const { id, data } of entries(loaded.content, contentDir, histories)) store.set({ id, data: data as Record<string, unknown> });
}

function plansLoader(): Loader {
  return {
    name: 'gyosei-plans',
    load: async (context) => {
      // Without a watcher this is a build: any problem stops it before a page is written.
      if (!context.watcher) return load(context, settings.contentDir);
      await followContent(context, settings.contentDir, () => load(context, settings.contentDir));
    },
  };
}

export const collections = {
  [COLLECTION]: defineCollection({ loader: plansLoader() }),
};
