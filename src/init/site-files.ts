/**
 * Every file of a new site, as `gyosei-plans init` writes it: the package and Astro set-up, the editor
 * and git settings, the clerks' README, the GitHub workflows (thin callers of the reusable workflows
 * kept in the gyosei-plans repository) and the fictional example content. A pure function of the
 * package's own facts, so the workflow tests can read what a new site gets without writing it.
 */
import { EXAMPLE, EXAMPLE_CONTENT } from './example-content.ts';
import { editorFiles } from '../lib/content/editor-settings.ts';
import { siteLock, type LockEntry } from './site-lock.ts';

/** What a new site takes from this package's package.json. */
export interface PackageFacts {
  name: string;
  version: string;
  engines: { node: string };
  peerDependencies: { astro: string };
  /** The `node` devDependency that pins the Node the project runs on; its major goes into .nvmrc. */
  devDependencies: { node: string };
  repository?: string | { url?: string };
}

export interface SiteOptions {
  /** The npm name of the new site. */
  name: string;
  /** Where the reusable workflows are: `owner/repo@ref`. */
  workflowsFrom: string;
  /** The packages this package was tested with, as a site installs them (site-lock.ts `testedTree`): the site's package-lock.json. */
  testedTree: Record<string, LockEntry>;
}

/**
 * Where the reusable workflows are when this package's package.json names no `repository` and init is
 * given no --workflows-from: the gyosei-plans project's repository on GitHub.
 */
export const DEFAULT_WORKFLOWS_FROM = 'gyosei-plans/gyosei-plans';

/** The same mark as the demo site's public/favicon.svg: a blue square with three lines of text. */
const FAVICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0031d8"/><path d="M9 9h14v3H9zm0 6h14v3H9zm0 6h9v3H9z" fill="#fff"/></svg>\n';

/**
 * The GitHub `owner/repo` of a package.json `repository` field, if it names one.
 * @example repositorySlug({ url: 'git+https://github.com/owner/repo.git' }) → 'owner/repo'
 */
export function repositorySlug(repository: PackageFacts['repository']): string | undefined {
  const text = typeof repository === 'string' ? repository : repository?.url;
  if (!text) return undefined;
  const m = /^(?:github:)?([\w.-]+\/[\w.-]+)$/.exec(text) ?? /github\.com[/:]([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(text);
  return m?.[1];
}

/**
 * `owner/repo@ref` split, or undefined when it is not one.
 * @example parseWorkflowsFrom('owner/repo@v0') → { slug: 'owner/repo', ref: 'v0' }
 */
export function parseWorkflowsFrom(text: string): { slug: string; ref: string } | undefined {
  const m = /^([\w.-]+\/[\w.-]+)@([\w./-]+)$/.exec(text);
  return m ? { slug: m[1]!, ref: m[2]! } : undefined;
}

/** The major version of a semver range's lower bound. @example nodeMajor('^24.21.0') → '24' */
export const nodeMajor = (range: string) => /\d+/.exec(range)?.[0] ?? range;

/** Path relative to the site's root → text, for every file of a new site. */
export function siteFiles(pkg: PackageFacts, options: SiteOptions): Map<string, string> {
  const { slug, ref } = parseWorkflowsFrom(options.workflowsFrom) ?? { slug: options.workflowsFrom, ref: '' };
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  const files = new Map<string, string>();

  // This exact version: the reusable workflows are called at its tag (v<version>), so the two cannot drift.
  const dependencies = { astro: pkg.peerDependencies.astro, [pkg.name]: pkg.version };
  files.set(
    'package.json',
    json({
      name: options.name,
      version: '0.0.0',
      private: true,
      type: 'module',
      // The Node it needs, said the three usual ways: engines (npm warns), devEngines (npm 11 refuses to
      // install on an older Node) and .nvmrc (nvm, fnm, setup-node); the bin also says so on an older one.
      engines: { node: pkg.engines.node },
      devEngines: { runtime: { name: 'node', version: pkg.engines.node, onFail: 'error' } },
      scripts: {
        dev: 'astro dev',
        build: 'gyosei-plans validate --quiet && astro build',
        preview: 'astro preview',
        validate: 'gyosei-plans validate',
        new: 'gyosei-plans new',
        import: 'gyosei-plans import',
        diff: 'gyosei-plans diff',
        translations: 'gyosei-plans translations',
        'a11y:report': 'gyosei-plans a11y-report',
        'pr:diff': 'gyosei-plans pr-diff',
        'hooks:install': 'gyosei-plans hooks install',
        'hooks:uninstall': 'gyosei-plans hooks uninstall',
      },
      dependencies,
      // npm runs only the install scripts listed here; esbuild's (when Astro brings it) checks its platform binary.
      allowScripts: { esbuild: true },
    }),
  );
  // The tested versions of everything installed: `npm install` and the workflows' `npm ci` keep to them.
  files.set(
    'package-lock.json',
    json(siteLock({ name: options.name, version: '0.0.0', dependencies, engines: pkg.engines }, options.testedTree)),
  );
  files.set('.nvmrc', `${nodeMajor(pkg.devDependencies.node)}\n`);
  files.set(
    'astro.config.mjs',
    `// @ts-check
// このサイトの設定です。「書き換えてください」とある値を、自分の団体のものにしてください。
// The site's settings: replace each value marked "replace" with your municipality's.
import { defineConfig } from 'astro/config';
import plans from 'gyosei-plans';

export default defineConfig({
  integrations: [
    plans({
      // サイトの名前（全ページの見出しとタイトル）。書き換えてください / The site's name: replace it.
      title: { ja: '架空市 部の運営方針（架空の例）', en: 'Kakuu City department plans (fictional example)' },
      // 発行する団体・部署（フッターに出ます）。書き換えてください / Who publishes the site: replace it.
      publisher: { ja: '架空市（架空の例）', en: 'Kakuu City (fictional example)' },
      // 公開するアドレス。書き換えてください。GitHub Pages の公開ワークフローでは自動で設定されます。
      // The site's address: replace it. The GitHub Pages workflow sets it for you (SITE_URL, BASE_PATH).
      site: 'https://plans.example.org',
      // ほかの設定（オープンデータの利用規約 licence、問い合わせ先 contact、アクセシビリティ方針 accessibility
      // など）は README.md を参照。
      // Other options (licence of the open data, contact, accessibility policy, …): see README.md.
      // 変更履歴とフィードは git のコミットから作ります。git を使わずに公開するときだけ history: false にします。
      // Change history and feeds come from git's commits; set history: false only to publish without git.
    }),
  ],
});
`,
  );
  files.set(
    'src/content.config.ts',
    `// 計画ファイル（content/）を読み込む設定です。変更不要です / Loads the plan files in content/; leave as is.
export { collections } from 'gyosei-plans/content';
`,
  );
  files.set('public/favicon.svg', FAVICON);
  files.set(
    'tsconfig.json',
    json({
      extends: 'astro/tsconfigs/strict',
      include: ['.astro/types.d.ts', '**/*'],
      exclude: ['dist', '.dist.building-*', '.dist.previous-*'],
    }),
  );

  for (const [path, text] of Object.entries(editorFiles())) files.set(path, text);
  files.set('.gitignore', `node_modules/\ndist/\n.dist.building-*/\n.dist.previous-*/\n.astro/\n`);

  files.set('.github/workflows/pr.yml', prCaller(`${slug}/.github/workflows`, ref));
  files.set('.github/workflows/deploy.yml', deployCaller(`${slug}/.github/workflows`, ref));
  files.set('README.md', readme(options.name, slug, ref));

  for (const [path, text] of Object.entries(EXAMPLE_CONTENT)) files.set(path, text);
  return files;
}

function prCaller(from: string, ref: string): string {
  return `# プルリクエストごとに、計画ファイルの検証（問題は変更した行に注釈）とサイトの作成を行い、
# 変更した計画の項目ごとの差分をコメントします。手順は gyosei-plans の再利用ワークフローにあります。
# Checks every pull request (validation with annotations, the build) and comments each changed plan's
# diff. The steps are gyosei-plans' reusable workflows: ${from}/*@${ref}.
name: Pull request

on:
  pull_request:

# 書き込みの権限は、差分のコメントを書く段だけが使います / Only the comment step may write.
permissions:
  contents: read

concurrency:
  group: pr-\${{ github.event.pull_request.number }}
  cancel-in-progress: true

jobs:
  check:
    uses: ${from}/plans-check.yml@${ref}
  diff:
    uses: ${from}/plans-pr-diff.yml@${ref}
    permissions:
      contents: read
      pull-requests: write
`;
}

function deployCaller(from: string, ref: string): string {
  return `# main に入った変更から GitHub Pages のサイトを作って公開します。リポジトリごとに一度だけ、
# Settings → Pages → Source を「GitHub Actions」にしてください。
# Publishes the site from main to GitHub Pages. Once per repository: Settings → Pages → Source:
# "GitHub Actions". The steps are gyosei-plans' reusable workflow ${from}/plans-deploy.yml@${ref}.
name: Deploy to GitHub Pages

on:
  push:
    branches: [main]
  workflow_dispatch:

permissions:
  contents: read

# 公開は一度に一つ。途中の公開は最後まで行います / One deployment at a time, each one finished.
concurrency:
  group: pages
  cancel-in-progress: false

# 公開の権限は、再利用ワークフローの中で公開だけをする段が使います / Only its deploy job uses pages and id-token.
jobs:
  deploy:
    uses: ${from}/plans-deploy.yml@${ref}
    permissions:
      contents: read
      pages: write
      id-token: write
`;
}

function readme(name: string, slug: string, ref: string): string {
  const { municipality: m, department: d, fiscalYear: y } = EXAMPLE;
  const docs = `https://github.com/${slug}/blob/${ref}/docs/authoring.md`;
  return `# ${name}

部の運営方針と目標などの計画を、日本語と英語のウェブサイトとして公開するためのフォルダです。
[gyosei-plans](https://github.com/${slug}) で作られています。**[English below](#english)**

## はじめに

最初に入っている「架空市」の団体・部・計画（\`content/${m}/\`）は **架空の例** です。
実際の計画に置き換えてから公開してください。

1. [Node.js](https://nodejs.org/)（\`.nvmrc\` の版）と VS Code を入れ、VS Code でこのフォルダを開きます。
   おすすめの拡張機能「YAML」（Red Hat）を入れると、項目名の補完と説明が出ます。
2. ターミナルで一度だけ \`npm install\` を実行します。
3. \`astro.config.mjs\` のサイト名・発行者・公開アドレスを書き換えます。

## ファイルの置き場所

\`\`\`text
content/
├── glossary.yaml                 用語集（部・課の名称の英訳）
└── ${m}/                         団体の ID（フォルダ名、ローマ字）
    ├── municipality.yaml         団体の情報
    └── ${d}/                     部の ID
        ├── department.yaml       部の情報
        └── ${y}.yaml             ${y}年度の計画（ファイル名は西暦の年度）
\`\`\`

各ファイルの1行目のコメントは、エディタが項目の説明を出すために必要です。消さないでください。
書き方の詳細は [計画ファイルの書き方](${docs}) にあります。

## コマンド

| コマンド | すること |
| --- | --- |
| \`npm run dev\` | 手元でサイトを表示（http://localhost:4321/）。ファイルを保存すると表示が変わります |
| \`npm run validate\` | 計画ファイルを検査し、問題の場所と直し方を表示 |
| \`npm run import -- 文書.txt <団体> <部>\` | 公表された PDF の文字から計画の下書きを作る |
| \`npm run new -- <団体> <部> <年度>\` | 前年度の計画から新しい年度の下書きを作る |
| \`npm run diff -- <団体>/<部> <年度> <年度>\` | 二つの年度を項目ごとに比べる |
| \`npm run translations\` | 英訳のない項目・古い英訳を一覧する |
| \`npm run build\` と \`npm run preview\` | 公開するサイトを \`dist/\` に作り、表示して確かめる |
| \`npm run a11y:report\` | 作ったサイトの全ページを Chromium で自動試験し、アクセシビリティの試験結果（\`a11y/results.json\`）を書く。もう一度 \`npm run build\` すると試験結果のページに載ります（公開のワークフローは自動で行います） |

## 公開（GitHub）

- \`package-lock.json\` も一緒にコミットします。gyosei-plans が試験したときの版の一覧で、公開のワークフローは
  \`npm ci\` でこのとおりの版を入れます。版を上げるときは \`npm install gyosei-plans@<版>\` を実行し、
  変わった \`package-lock.json\` をコミットします。
- プルリクエストを出すと \`.github/workflows/pr.yml\` が検査と差分のコメントを行います。
- main に入ると \`.github/workflows/deploy.yml\` が GitHub Pages に公開します
  （リポジトリの Settings → Pages → Source を一度だけ「GitHub Actions」にします）。
- 二つのワークフローの中身は gyosei-plans のリポジトリ（\`${slug}\`）の再利用ワークフローで、
  \`@${ref}\` の版を使います。版を変えるときは \`uses:\` の行の \`@${ref}\` を書き換えます。

<a id="english"></a>

## English

This folder publishes department plans (運営方針と目標 and the like) as a bilingual Japanese and English
website, built with [gyosei-plans](https://github.com/${slug}).

The municipality, department and plan it starts with (\`content/${m}/\`, "Kakuu City") are a
**fictional example**: replace them with your own plans before you publish.

1. Install [Node.js](https://nodejs.org/) (the version in \`.nvmrc\`) and VS Code, and open this folder in VS
   Code. The recommended extension "YAML" (Red Hat) gives completion and help for every field.
2. Run \`npm install\` once in a terminal.
3. Replace the site's title, publisher and address in \`astro.config.mjs\`.

Files: \`content/glossary.yaml\` (the English names of departments and divisions),
\`content/<municipality>/municipality.yaml\`, \`content/<municipality>/<department>/department.yaml\`, and one
\`content/<municipality>/<department>/<year>.yaml\` per fiscal year. Keep each file's first line: it points
your editor to the file's schema. The format is described in the [authoring guide](${docs}#english).

Commands: \`npm run dev\` (preview at http://localhost:4321/, updated as you save), \`npm run validate\`,
\`npm run import -- plan.txt <municipality> <department>\` (a draft from a PDF's text),
\`npm run new -- <municipality> <department> <year>\` (next year from the last), \`npm run diff\`,
\`npm run translations\`, \`npm run build\` then \`npm run preview\`, \`npm run a11y:report\` (tests every built page
in Chromium and writes \`a11y/results.json\`, which the next build shows on the accessibility results page; the
deploy workflow does both).

Publishing: commit \`package-lock.json\` too: it lists the versions gyosei-plans was tested with, and the workflows
install exactly those (\`npm ci\`). To upgrade, run \`npm install gyosei-plans@<version>\` and commit the changed
\`package-lock.json\`. Pull requests are checked by \`.github/workflows/pr.yml\`;
\`.github/workflows/deploy.yml\` publishes main to GitHub Pages (once per repository: Settings → Pages →
Source: "GitHub Actions"). Both call the reusable workflows of the gyosei-plans repository
(\`${slug}\`) at \`@${ref}\`; change that ref in their \`uses:\` lines to move to another version.
`;
}
