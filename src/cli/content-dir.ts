import { resolve } from 'node:path';

/**
 * The content directory a command works on: its --content, else PLANS_CONTENT_DIR, which the
 * `gyosei-plans` command sets from the site's astro.config (src/cli/main.ts), else the integration's
 * default, ./content — one rule for every command, so none names the folder itself.
 */
export function contentDirOption(value: string | undefined): string {
  return resolve(value || process.env.PLANS_CONTENT_DIR || 'content');
}
