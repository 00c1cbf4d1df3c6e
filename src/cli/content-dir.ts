import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ArgumentHelp } from './command.ts';

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

/** --content, as every command that reads the content folder describes it in its --help. */
export const CONTENT_ARG: ArgumentHelp = {
  name: '--content DIR',
  ja: '計画ファイルのフォルダ（既定は astro.config の contentDir、なければ content/）',
  en: 'the content folder (default: contentDir in astro.config, else content/)',
};

/** --content's parseArgs entry: PLANS_CONTENT_DIR of the command's environment is its default. */
export const contentOption = (env: NodeJS.ProcessEnv) => ({ content: { type: 'string', default: env.PLANS_CONTENT_DIR } }) as const;
