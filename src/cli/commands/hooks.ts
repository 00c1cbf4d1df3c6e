/**
 * gyosei-plans hooks install [--force] [--content DIR]   |   gyosei-plans hooks uninstall
 * Installs (or removes) the optional git pre-commit hook that validates the staged files of the site's
 * content directory; run it in the site's folder, wherever the site sits in its repository. It goes
 * where git looks for hooks (core.hooksPath when set), replaces only a hook it wrote itself, and with
 * --force keeps someone else's hook as pre-commit.orig, which uninstalling puts back.
 * Exit code: 0 done (or nothing to do), 1 refused because the hook there is not ours, 2 failure.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { contentTree, git, inContentTree, repoRoot, type ContentTree } from '../../lib/git/git-content.ts';
import { HOOK_MARK, hookScript } from '../../lib/git/hook-script.ts';
import { contentDirOption, CONTENT_ARG, contentOption } from '../content-dir.ts';
import { command, fail } from '../command.ts';

const usage = '使い方 / usage: gyosei-plans hooks install [--force] [--content DIR]   |   gyosei-plans hooks uninstall';

export const run = command(
  {
    name: 'hooks install',
    usage,
    args: [
      {
        name: '--force',
        ja: '別のフックがあれば pre-commit.orig に残して置き換える',
        en: 'replace another hook, keeping it as pre-commit.orig',
      },
      {
        name: '--uninstall',
        ja: 'フックを外す（gyosei-plans hooks uninstall と同じ）',
        en: 'remove the hook (as gyosei-plans hooks uninstall)',
      },
      CONTENT_ARG,
    ],
    options: (env) => ({
      force: { type: 'boolean', default: false },
      uninstall: { type: 'boolean', default: false },
      ...contentOption(env),
    }),
  },
  async ({ values, console, cwd }) => {
    let root: string;
    let hooksDir: string;
    try {
      root = repoRoot(cwd);
      // --git-path follows core.hooksPath and linked worktrees; a relative answer is relative to root.
      hooksDir = resolve(root, git(root, ['rev-parse', '--git-path', 'hooks']).trim());
    } catch {
      fail('git のリポジトリの中で実行してください / Run this inside a git repository.');
    }
    const hook = join(hooksDir, 'pre-commit');
    const backup = `${hook}.orig`;
    const shown = relative(root, hook).split('\\').join('/') || hook;
    const ours = (path: string) => existsSync(path) && readFileSync(path, 'utf8').includes(HOOK_MARK);

    if (values.uninstall) {
      if (!existsSync(hook)) {
        console.log(`${shown} はありません。何もしません / There is no ${shown}; nothing to remove.`);
      } else if (!ours(hook)) {
        fail(`${shown} はこのプロジェクトのフックではないため、消しません / ${shown} is not this project's hook, so it is left alone.`, 1);
      } else {
        rmSync(hook);
        if (existsSync(backup)) renameSync(backup, hook);
        console.log(
          `${shown} を削除しました${existsSync(hook) ? '（元のフックを戻しました）' : ''} / Removed ${shown}${existsSync(hook) ? ' (the earlier hook is back)' : ''}.`,
        );
      }
      return 0;
    }

    // The hook is written for this site (the current folder) and its content folder, both from the top of the repository.
    let content: ContentTree;
    const contentDir = contentDirOption(values.content);
    try {
      content = contentTree(contentDir);
    } catch (error) {
      fail(
        `計画ファイルのフォルダがこのリポジトリの中にありません / The content folder is not in this repository: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    const site = relative(root, realpathSync.native(cwd)).split(sep).join('/') || '.';
    const folder = inContentTree(content, '') || './';

    if (existsSync(hook) && !ours(hook)) {
      if (!values.force) {
        fail(
          [
            `${shown} には別のフックがあります。上書きしません。`,
            `${shown} already holds another hook; it is not overwritten.`,
            '置き換えるには / To replace it (kept as pre-commit.orig): npx gyosei-plans hooks install --force',
          ].join('\n'),
          1,
        );
      }
      renameSync(hook, backup);
      console.log(`元のフックを ${shown}.orig に残しました / Kept the earlier hook as ${shown}.orig.`);
    }
    const again = ours(hook);
    mkdirSync(hooksDir, { recursive: true });
    writeFileSync(hook, hookScript(site, content));
    // Git skips a hook that is not executable (with only a hint), so set the bits whatever the umask.
    chmodSync(hook, 0o755);
    console.log(
      again
        ? `${shown} を更新しました / Updated ${shown}.`
        : `${shown} を入れました。コミットのたびに、ステージした ${folder} のファイルを検査します / Installed ${shown}: each commit now validates the staged files in ${folder}.`,
    );
  },
);
