/**
 * The text of the pre-commit hook that `gyosei-plans hooks install` writes: a small sh script that
 * git runs from the top of the working tree, so every path in it is the checkout's own, from there.
 */
import { inContentTree, type ContentTree } from './git-content.ts';

/** Identifies a hook this script wrote, so it is replaced or removed and nobody else's is. */
export const HOOK_MARK = '# gyosei-plans pre-commit hook';

/** A word for sh, quoted whatever it holds. */
const sh = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;

/**
 * The hook for the site in `site` (relative to the top of the repository, '.' for the top) whose
 * content tree is `content`. It checks only commits that stage files of that tree. The check is the
 * package's bin, run with the site's pinned Node (the `node` package) when it has one, else the node
 * on PATH: in a site, node_modules/.bin/gyosei-plans (the site's, or a workspace's above it); in the
 * package's own repository, where npm links no bin of the package itself, src/cli/bin.mjs.
 */
export function hookScript(site: string, content: ContentTree): string {
  const folder = inContentTree(content, '') || './';
  const dirs =
    site === '.'
      ? ['.']
      : site
          .split('/')
          .map((_, i, parts) => parts.slice(0, parts.length - i).join('/'))
          .concat('.');
  const args = `hooks pre-commit --content ${sh(content.path || '.')}`;
  return `#!/bin/sh
${HOOK_MARK}: installed by "gyosei-plans hooks install", removed by "gyosei-plans hooks uninstall".
# Validates the staged files in ${folder} before each commit; "git commit --no-verify" skips it.
# Written for the site in ${site === '.' ? 'the top folder' : `${site}/`}: after moving the site or its content, install it again.
git diff --cached --quiet -- ${sh(folder)} && exit 0
site=${sh(site)}
run() {
  if [ -x "$1/node_modules/.bin/node" ]; then node="$1/node_modules/.bin/node"; else node=node; fi
  exec "$node" "$2" ${args}
}
for dir in ${dirs.map(sh).join(' ')}; do
  bin="$dir/node_modules/.bin/gyosei-plans"
  [ -L "$bin" ] && run "$dir" "$bin"
  # On Windows, npm writes a shell script there instead of a link; it starts node itself.
  [ -f "$bin" ] && exec "$bin" ${args}
done
# The package's own repository runs its bin from the source.
[ -f "$site/src/cli/commands/pre-commit.ts" ] && [ -d "$site/node_modules" ] && run "$site" "$site/src/cli/bin.mjs"
# Nothing to run the check with. A branch from before the site used the package (or this check) lets the
# commit through; a site that uses it needs npm install first.
if [ ! -d "$site/node_modules" ] && grep -qs '"gyosei-plans"' "$site/package.json"; then
  echo ${sh(`${folder} を検査できません。先に npm install を実行してください（検査を飛ばすには git commit --no-verify）。`)} >&2
  echo ${sh(`Cannot check ${folder}: run npm install first (or skip the check with git commit --no-verify).`)} >&2
  exit 1
fi
exit 0
`;
}
