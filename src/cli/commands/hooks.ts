/**
 * npm run hooks:install [-- --force]   |   npm run hooks:uninstall
 * Installs (or removes) the optional git pre-commit hook that validates staged content/ files. It goes
 * where git looks for hooks (core.hooksPath when set), replaces only a hook it wrote itself, and with
 * --force keeps someone else's hook as pre-commit.orig, which uninstalling puts back.
 * Exit code: 0 done (or nothing to do), 1 refused because the hook there is not ours, 2 failure.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { git, repoRoot } from '../../lib/git/git-content.ts';

/** Identifies a hook this script wrote, so it is replaced or removed and nobody else's is. */
const HOOK_MARK = '# gyosei-plans pre-commit hook';

// Git runs hooks from the top of the working tree, so the paths are the checkout's own, wherever it is.
// The project's pinned Node (the `node` devDependency) runs the check, not whatever node is on PATH.
const HOOK = `#!/bin/sh
${HOOK_MARK}: installed by "npm run hooks:install", removed by "npm run hooks:uninstall".
# Validates the staged content/ files before each commit; "git commit --no-verify" skips it.
git diff --cached --quiet -- content/ && exit 0
# A branch from before this hook existed has nothing to run it with: let the commit through.
[ -f scripts/hooks/pre-commit.ts ] || exit 0
if [ -x node_modules/.bin/node ]; then
  exec node_modules/.bin/node scripts/hooks/pre-commit.ts
fi
echo "content/ を検査できません。先に npm install を実行してください（検査を飛ばすには git commit --no-verify）。" >&2
echo "Cannot check content/: run npm install first (or skip the check with git commit --no-verify)." >&2
exit 1
`;

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

const { values } = parseArgs({ options: { force: { type: 'boolean', default: false }, uninstall: { type: 'boolean', default: false } } });

let root: string;
let hooksDir: string;
try {
  root = repoRoot(process.cwd());
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
    console.log(`${shown} を削除しました${existsSync(hook) ? '（元のフックを戻しました）' : ''} / Removed ${shown}${existsSync(hook) ? ' (the earlier hook is back)' : ''}.`);
  }
  process.exit(0);
}

if (existsSync(hook) && !ours(hook)) {
  if (!values.force) {
    fail(
      [
        `${shown} には別のフックがあります。上書きしません。`,
        `${shown} already holds another hook; it is not overwritten.`,
        '置き換えるには / To replace it (kept as pre-commit.orig): npm run hooks:install -- --force',
      ].join('\n'),
      1,
    );
  }
  renameSync(hook, backup);
  console.log(`元のフックを ${shown}.orig に残しました / Kept the earlier hook as ${shown}.orig.`);
}
const again = ours(hook);
mkdirSync(hooksDir, { recursive: true });
writeFileSync(hook, HOOK);
// Git skips a hook that is not executable (with only a hint), so set the bits whatever the umask.
chmodSync(hook, 0o755);
console.log(
  again
    ? `${shown} を更新しました / Updated ${shown}.`
    : `${shown} を入れました。コミットのたびに、ステージした content/ のファイルを検査します / Installed ${shown}: each commit now validates the staged content/ files.`,
);
