import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { contentDirectory, loadSiteContent } from './lib/content-loader.ts';
import { fileHistory } from './lib/git.ts';
import { translationReport } from './lib/translation-git.ts';
import type { SiteContent } from './lib/validate/validate-content.ts';

/** A collection filled from the validated content, keyed by a stable id. */
function fromContent<T>(name: string, pick: (c: SiteContent) => { id: string; data: T }[]): Loader {
  return {
    name,
    load: async ({ store }) => {
      const content = await loadSiteContent();
      store.clear();
      for (const { id, data } of pick(content)) store.set({ id, data: data as Record<string, unknown> });
    },
  };
}

export const collections = {
  municipalities: defineCollection({
    loader: fromContent('municipalities', (c) => c.municipalities.map((m) => ({ id: m.id, data: m }))),
  }),
  departments: defineCollection({
    loader: fromContent('departments', (c) => c.departments.map((d) => ({ id: `${d.municipality}/${d.id}`, data: d }))),
  }),
  plans: defineCollection({
    loader: fromContent('plans', (c) => {
      // Git dates, history and stale translations travel with the content: page code is bundled and
      // cannot find the checkout itself. The history is that of the tree being built, in its own repository.
      const dir = contentDirectory();
      const translations = translationReport(c.plans, dir).plans;
      return c.plans.map((r) => {
        const history = fileHistory(r.file, dir);
        const staleTranslations = translations.get(r.file)?.stale ?? [];
        return { id: `${r.plan.municipality}/${r.plan.department}/${r.plan.fiscalYear}`, data: { ...r, lastChanged: history[0]?.date, history, staleTranslations } };
      });
    }),
  }),
};
