import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fail, type ArgumentHelp } from './command.ts';

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
 * for every command, so none names the folder itself. A folder that is not there stops the command
 * (fail, exit code 2) with where its name came from: a mistyped path is the user's slip, not the tool's.
 * `mayCreate`: the command writes into the folder and makes it, so only its parent folder must be there.
 */
export function contentDirOption(value: string | undefined, { mayCreate = false }: { mayCreate?: boolean } = {}): string {
  const configured = value ? undefined : configuredContentDir(process.cwd());
  const dir = resolve(value || process.env.PLANS_CONTENT_DIR || configured || 'content');
  const kind = existsSync(dir) ? (statSync(dir).isDirectory() ? 'folder' : 'file') : 'none';
  if (kind === 'folder') return dir;
  // A command that writes the first plan of a site (import) makes the folder, inside one that is there.
  if (kind === 'none' && mayCreate && existsSync(dirname(dir))) return dir;
  const from = value
    ? { ja: '--content（または環境変数 PLANS_CONTENT_DIR）で指定した', en: 'given with --content or PLANS_CONTENT_DIR' }
    : configured
      ? { ja: 'astro.config の contentDir の', en: 'named by contentDir in astro.config' }
      : { ja: '既定の', en: 'the default' };
  const fix = value
    ? { ja: 'パスを確かめてください。', en: 'Check the path.' }
    : {
        ja: 'サイトのフォルダで実行するか、--content で計画ファイルのフォルダを指定してください。',
        en: "Run the command in the site's folder, or give the content folder with --content.",
      };
  fail(
    kind === 'file'
      ? `${from.ja}「${dir}」はフォルダではありません。${fix.ja} / ${dir} (${from.en}) is not a folder. ${fix.en}`
      : `${from.ja}フォルダ「${dir}」はありません。${fix.ja} / No such folder: ${dir} (${from.en}). ${fix.en}`,
  );
}

/** --content, as every command that reads the content folder describes it in its --help. */
export const CONTENT_ARG: ArgumentHelp = {
  name: '--content DIR',
  ja: '計画ファイルのフォルダ（既定は astro.config の contentDir、なければ content/）',
  en: 'the content folder (default: contentDir in astro.config, else content/)',
};

/** --content's parseArgs entry: PLANS_CONTENT_DIR of the command's environment is its default. */
export const contentOption = (env: NodeJS.ProcessEnv) => ({ content: { type: 'string', default: env.PLANS_CONTENT_DIR } }) as const;
