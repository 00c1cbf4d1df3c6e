import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The `contentDir` a site's astro.config names, if it is written as a plain string. */
export function configuredContentDir(siteRoot: string): string | undefined {
  for (const name of ['astro.config.mjs', 'astro.config.ts', 'astro.config.js', 'astro.config.mts']) {
    const file = resolve(siteRoot, name);
    if (existsSync(file)) return /\bcontentDir\s*:\s*(['"])([^'"]+)\1/.exec(readFileSync(file, 'utf8'))?.[2];
  }
  return undefined;
}

/**
 * The content directory a command works on: its --content, else PLANS_CONTENT_DIR, else the
 * `contentDir` string in the site's astro.config, else the integration's default, ./content — one rule
 * for every command, so none names the folder itself.
 */
export function contentDirOption(value: string | undefined): string {
  return resolve(value || process.env.PLANS_CONTENT_DIR || configuredContentDir(process.cwd()) || 'content');
}
