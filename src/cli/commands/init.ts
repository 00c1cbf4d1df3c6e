/**
 * gyosei-plans init <folder> [--workflows-from OWNER/REPO@REF]
 * Writes a new site that builds as it is: package.json and a package-lock.json of the versions this
 * package was tested with, astro.config.mjs with the integration, the
 * editor and git settings, a README for clerks, the GitHub workflows, and a fictional example
 * municipality, department and plan to replace. Refuses a folder that is not empty.
 * The workflows call the reusable workflows of the repository named in this package's `repository`
 * field at the tag of this very version, @v<version> (releasing tags each version so), else of
 * --workflows-from, else of DEFAULT_WORKFLOWS_FROM: a site's workflows are those of the package it installs.
 * Exit code 0 when the site is written, 2 on any refusal.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { DEFAULT_WORKFLOWS_FROM, parseWorkflowsFrom, repositorySlug, siteFiles, type PackageFacts } from '../../init/site-files.ts';
import { TESTED_TREE_FILE, testedTree, type LockEntry, type LockFile } from '../../init/site-lock.ts';
import { packageRoot } from '../../lib/package-root.ts';
import { command, fail } from '../command.ts';

const usage = '使い方 / usage: gyosei-plans init <folder> [--workflows-from OWNER/REPO@REF]   (例 / e.g. npx gyosei-plans init my-plans)';

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
    ],
    options: { 'workflows-from': { type: 'string' } },
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
    console.log(`${shown} に新しいサイトを作りました / Created a new site in ${shown}.
content/ の架空の例を、実際の計画に置き換えてください / Replace the fictional example in content/ with your plans.

次に / Next:
  cd ${shown.includes(' ') ? `"${shown}"` : shown}
  npm install
  npm run dev      # 手元で表示 / preview at http://localhost:4321/
  npm run build    # 公開するサイトを dist/ に作る / build the site into dist/`);
  },
);

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
