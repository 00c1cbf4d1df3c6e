import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateContent, type SiteContent } from './validate/validate-content.ts';
import { formatText } from './validate/diagnostic.ts';

let cached: Promise<SiteContent> | undefined;

/** The content tree the site is built from: content/, or PLANS_CONTENT_DIR (test fixtures, generated benchmark plans). */
export function contentDirectory(): string {
  return process.env.PLANS_CONTENT_DIR ? resolve(process.env.PLANS_CONTENT_DIR) : join(fileURLToPath(new URL('../../', import.meta.url)), 'content');
}

/**
 * Validates content/ once per process and shares the result between all collections, so the build
 * reads and checks every file exactly once. `npm run build` validates before Astro starts; this is the
 * safety net that keeps an invalid tree from ever being published.
 */
export function loadSiteContent(): Promise<SiteContent> {
  cached ??= (async () => {
    // Files are named relative to the tree's parent: content/mitaka/soumu/2017.yaml for this project.
    const contentDir = contentDirectory();
    const { diagnostics, content } = await validateContent(dirname(contentDir), { contentDir });
    if (!content) {
      throw new Error(`content/ に問題があります / content/ has problems:\n${diagnostics.map(formatText).join('\n')}`);
    }
    return content;
  })();
  return cached;
}
