import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateContent, type SiteContent } from './validate/validate-content.ts';
import { formatText } from './validate/diagnostic.ts';

let cached: Promise<SiteContent> | undefined;

/**
 * Validates content/ once per process and shares the result between all collections, so the build
 * reads and checks every file exactly once. `npm run build` validates before Astro starts; this is the
 * safety net that keeps an invalid tree from ever being published.
 */
export function loadSiteContent(): Promise<SiteContent> {
  cached ??= (async () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    // PLANS_CONTENT_DIR builds another tree (test fixtures, generated benchmark plans) with the same code.
    const contentDir = process.env.PLANS_CONTENT_DIR ? resolve(process.env.PLANS_CONTENT_DIR) : undefined;
    const { diagnostics, content } = await validateContent(contentDir ? dirname(contentDir) : root, { contentDir });
    if (!content) {
      throw new Error(`content/ に問題があります / content/ has problems:\n${diagnostics.map(formatText).join('\n')}`);
    }
    return content;
  })();
  return cached;
}
