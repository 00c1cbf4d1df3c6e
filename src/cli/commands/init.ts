/**
 * gyosei-plans init <folder> [--workflows-from OWNER/REPO@REF] [--no-git]
 * Writes a new site that builds as it is: package.json and a package-lock.json of the versions this
 * package was tested with, astro.config.mjs with the integration, the
 * editor and git settings, a README for clerks, the GitHub workflows, and a fictional example
 * municipality, department and plan to replace, and starts a git repository with them as its first
 * commit (the change history is read from git; --no-git leaves that to the user). Refuses a folder that is not empty.
 * The workflows call the reusable workflows of the repository named in this package's `repository`
 * field at the tag of this very version, @v<version> (releasing tags each version so), else of
 * --workflows-from, else of DEFAULT_WORKFLOWS_FROM: a site's workflows are those of the package it installs.
 * Exit code 0 when the site is written, 2 on any refusal.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { DEFAULT_WORKFLOWS_FROM, parseWorkflowsFrom, repositorySlug, siteFiles, type PackageFacts } from '../../init/site-files.ts';
import { TESTED_TREE_FILE, testedTree, type LockEntry, type LockFile } from '../../init/site-lock.ts';
import { packageRoot } from '../../lib/package-root.ts';
import { command, fail } from '../command.ts';

const usage =
  '使い方 / usage: gyosei-plans init <folder> [--workflows-from OWNER/REPO@REF] [--no-git]   (例 / e.g. npx gyosei-plans init my-plans)';

export const run = command(
  {
    name: 'init',
    usage,
    positionals: true,
    args: [
      { name: '<folder>', ja: '新しいサイトのフォルダ（空か、まだないもの）', en: "the new site's folder (empty or new)" },
      {
        name: '--workflows-from OWNER/REPO@REF',
        ja: 'サイトのワークフローが呼ぶ再利用ワークフローの場所',
        en: 'where the reusable workflows the site calls are',
      },
      {
        name: '--no-git',
        ja: 'git のリポジトリを始めない（変更履歴は git のコミットから作るので、build の前に自分で始める）',
        en: 'do not start a git repository (the change history comes from git, so start one yourself before a build)',
      },
    ],
    options: { 'workflows-from': { type: 'string' }, 'no-git': { type: 'boolean' } },
  },
  async ({ values, positionals, console, cwd }) => {
    if (positionals.length !== 1) fail(usage);
    const target = resolve(cwd, positionals[0]!);
    if (existsSync(target) && (!statSync(target).isDirectory() || readdirSync(target).length > 0)) {
      fail(
        `${positionals[0]} は空のフォルダではありません。新しいフォルダの名前を指定してください / ${positionals[0]} is not an empty folder: give the name of a new one.`,
      );
    }

    const root = packageRoot(import.meta.url);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageFacts;
    // The site's package-lock.json: this repository's, cut to what a site installs; the packed package ships it so cut.
    const read = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8')) as unknown;
    const tree = existsSync(join(root, 'package-lock.json'))
      ? testedTree(read('package-lock.json') as LockFile)
      : (read(TESTED_TREE_FILE) as Record<string, LockEntry>);
    // The tag of this very version: the workflows a site calls can never drift from the package it installs.
    const ref = `v${pkg.version}`;
    const workflowsFrom = values['workflows-from'] ?? `${repositorySlug(pkg.repository) ?? DEFAULT_WORKFLOWS_FROM}@${ref}`;
    if (!parseWorkflowsFrom(workflowsFrom))
      fail(
        `--workflows-from は OWNER/REPO@REF の形です（例 ${DEFAULT_WORKFLOWS_FROM}@${ref}） / --workflows-from takes OWNER/REPO@REF\n${usage}`,
      );

    for (const [path, text] of siteFiles(pkg, { name: packageName(basename(target)), workflowsFrom, testedTree: tree })) {
      const file = join(target, path);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, text, { flag: 'wx' });
    }

    const shown = relative(cwd, target) || '.';
    const git = values['no-git'] ? 'skipped' : startRepository(target);
    console.log(`${shown} に新しいサイトを作りました / Created a new site in ${shown}.
content/ の架空の例を、実際の計画に置き換えてください / Replace the fictional example in content/ with your plans.
${GIT_NOTES[git]}

次に / Next:
  cd ${shown.includes(' ') ? `"${shown}"` : shown}
  npm install
  npm run dev      # 手元で表示 / preview at http://localhost:4321/
  npm run build    # 公開するサイトを dist/ に作る / build the site into dist/`);
  },
);

type GitStart = 'committed' | 'inside' | 'skipped' | 'unavailable';

/** What init says about the site's git repository: the change history and the feeds are read from its commits. */
const GIT_NOTES: Record<GitStart, string> = {
  committed:
    'git のリポジトリを始め、書いたファイルを最初のコミットにしました / Started a git repository with the written files as its first commit.',
  inside:
    'このフォルダは既存の git リポジトリの中です。build の前にファイルをコミットしてください / This folder is inside an existing git repository: commit the files before a build.',
  skipped:
    'git のリポジトリは始めていません。build の前に git init とコミットをしてください（変更履歴は git から作ります） / No git repository was started: run git init and commit before a build (the change history comes from git).',
  unavailable:
    'git のリポジトリを始められませんでした。git を入れて git init とコミットをするか、astro.config.mjs で history: false にしてください / Could not start a git repository: install git and run git init and commit, or set history: false in astro.config.mjs.',
};

/**
 * Starts the site's git repository with the written files as its first commit, so that `npm run build`
 * finds the whole history it needs. A folder already inside a repository is left to its owner. The
 * commit is the user's when git knows who they are, else it is signed as made by init.
 */
function startRepository(folder: string): GitStart {
  const git = (args: string[]) => spawnSync('git', args, { cwd: folder, encoding: 'utf8' });
  const inside = git(['rev-parse', '--is-inside-work-tree']);
  if (inside.error) return 'unavailable';
  if (inside.status === 0 && inside.stdout.trim() === 'true') return 'inside';
  if (git(['init', '--quiet']).status !== 0 || git(['add', '--all']).status !== 0) return 'unavailable';
  const message = ['commit', '--quiet', '--message', 'gyosei-plans init: 新しいサイト / a new site'];
  if (git(message).status === 0) return 'committed';
  const asInit = ['-c', 'user.name=gyosei-plans init', '-c', 'user.email=init@gyosei-plans.invalid'];
  return git([...asInit, ...message]).status === 0 ? 'committed' : 'unavailable';
}

/**
 * An npm package name from the folder's name: lower case, other characters to hyphens; a folder
 * named only in Japanese gets `plans-site`.
 * @example packageName('Hodogaya Plans') → 'hodogaya-plans'
 */
function packageName(folder: string): string {
  const name = folder
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-._]+|[-._]+$/g, '');
  return name || 'plans-site';
}
