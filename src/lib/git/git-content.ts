/**
 * Git plumbing shared by the pull-request diff, the validator's --changed-since and the pre-commit
 * hook: which content files changed, on which lines, and a copy of the content tree as a commit or the
 * index holds it (never the working tree, which may differ from what is being committed or reviewed).
 * The tree is the site's content directory, wherever the site sits in its repository; paths are the
 * repository's own (relative to its top), as git and GitHub show them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, realpathSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';

/** Runs git in `cwd` and returns its stdout. Quoting off, so paths with kana come out as written. */
export function git(cwd: string, args: string[], options: { env?: NodeJS.ProcessEnv; input?: string } = {}): string {
  return execFileSync('git', ['-c', 'core.quotePath=false', ...args], {
    cwd,
    encoding: 'utf8',
    env: options.env ?? process.env,
    input: options.input,
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/** The top folder of the working tree that contains `cwd`. */
export function repoRoot(cwd: string): string {
  return git(cwd, ['rev-parse', '--show-toplevel']).trim();
}

/** Where a content directory sits in its git repository. */
export interface ContentTree {
  /** The repository's top folder. */
  root: string;
  /** The content directory relative to `root`, with forward slashes: `content`, `site/plans`, or '' for the top itself. */
  path: string;
}

/** A path with its links resolved, as git names the top folder, also when its last parts do not exist yet. */
function realPath(path: string): string {
  if (existsSync(path)) return realpathSync.native(path);
  const parent = dirname(path);
  return parent === path ? path : join(realPath(parent), basename(path));
}

/**
 * The repository that holds the content directory `contentDir`, and where in it the directory is.
 * Throws (with git's message) outside a repository, or when the directory is not inside the repository
 * that holds the folder above it.
 */
export function contentTree(contentDir: string): ContentTree {
  let near = contentDir;
  while (!existsSync(near) && dirname(near) !== near) near = dirname(near);
  const root = repoRoot(near);
  const path = relative(realPath(root), realPath(contentDir)).split(sep).join('/');
  if (path === '..' || path.startsWith('../') || /^[a-zA-Z]:/.test(path) || path.startsWith('/')) {
    throw new Error(`${contentDir} is not inside the git repository ${root}`);
  }
  return { root, path };
}

/** The tree as a git pathspec, from the top of the repository. */
const pathspec = (tree: ContentTree) => (tree.path ? `${tree.path}/` : '.');

/** The tree's path for a file of it, `rest` relative to the tree: `site/plans/mitaka/municipality.yaml`. */
export function inContentTree(tree: ContentTree, rest: string): string {
  return tree.path ? `${tree.path}/${rest}` : rest;
}

/** The commit a branch forked from: what a pull request's changes are measured against. */
export function mergeBase(cwd: string, base: string, head = 'HEAD'): string {
  return git(cwd, ['merge-base', base, head]).trim();
}

export interface ChangedFile {
  status: 'added' | 'modified' | 'deleted' | 'renamed';
  /** Path in the newer version (for a deletion, the path that was deleted). */
  path: string;
  /** For a rename, the path in the older version. */
  oldPath?: string;
}

/**
 * Parses `git diff --name-status -z` output: NUL-separated status and paths, two paths after R and C.
 * @example parseNameStatus('M\0content/a/b/2020.yaml\0R096\0content/a/b/2019.yaml\0content/a/c/2019.yaml\0')
 *   → [{ status: 'modified', path: 'content/a/b/2020.yaml' }, { status: 'renamed', path: 'content/a/c/2019.yaml', oldPath: 'content/a/b/2019.yaml' }]
 */
export function parseNameStatus(output: string): ChangedFile[] {
  const fields = output.split('\0');
  const out: ChangedFile[] = [];
  for (let i = 0; i < fields.length; i++) {
    const code = fields[i]?.[0];
    if (!code) continue;
    if (code === 'R' || code === 'C') {
      const [from = '', to = ''] = [fields[i + 1], fields[i + 2]];
      i += 2;
      out.push(code === 'R' ? { status: 'renamed', path: to, oldPath: from } : { status: 'added', path: to });
      continue;
    }
    const path = fields[++i] ?? '';
    // T (file type changed) is a modification of the same path; U cannot reach a diff between commits.
    out.push({ status: code === 'A' ? 'added' : code === 'D' ? 'deleted' : 'modified', path });
  }
  return out;
}

/** Content files that differ between two commits (renames detected), sorted by path. */
export function changedContentFiles(tree: ContentTree, from: string, to: string): ChangedFile[] {
  const output = git(tree.root, ['diff', '--name-status', '-z', '--find-renames', '--no-ext-diff', from, to, '--', pathspec(tree)]);
  return parseNameStatus(output).sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * Content files that the index (git's GIT_INDEX_FILE, which `commit -a` and `commit <paths>` point
 * at a temporary index) holds differently from HEAD: what `git commit` is about to record.
 */
export function stagedContentFiles(tree: ContentTree): ChangedFile[] {
  return parseNameStatus(
    git(tree.root, ['diff', '--cached', '--name-status', '-z', '--no-renames', '--no-ext-diff', '--', pathspec(tree)]),
  );
}

/**
 * The lines each file has that are new or changed, from `git diff --unified=0` output. A file whose
 * hunks only delete lines is present with no lines: it changed, though no line of it is new.
 * @example parseChangedLines('+++ b/content/a.yaml\n@@ -3,0 +4,2 @@\n') → Map { 'content/a.yaml' => [[4, 5]] }
 */
export function parseChangedLines(diff: string): Map<string, [number, number][]> {
  const files = new Map<string, [number, number][]>();
  let current: [number, number][] | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const target = line.slice(4);
      current = target.startsWith('b/') ? [] : undefined;
      if (current) files.set(target.slice(2), current);
      continue;
    }
    const hunk = current && /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      if (count > 0) current!.push([start, start + count - 1]);
    }
  }
  return files;
}

/**
 * Lines of the content tree changed in the working tree since the commit `ref` forked from HEAD (as in
 * a pull request), new untracked files counting as wholly changed. Keyed by the repository's paths.
 */
export function changedLinesSince(tree: ContentTree, ref: string): Map<string, [number, number][]> {
  const from = mergeBase(tree.root, ref);
  const diff = git(tree.root, [
    'diff',
    '--unified=0',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--find-renames',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    from,
    '--',
    pathspec(tree),
  ]);
  const changed = parseChangedLines(diff);
  for (const file of git(tree.root, ['ls-files', '-z', '--others', '--exclude-standard', '--', pathspec(tree)])
    .split('\0')
    .filter(Boolean)) {
    changed.set(file, [[1, Number.MAX_SAFE_INTEGER]]);
  }
  return changed;
}

/**
 * Writes the content tree's files of the index that `env` selects into `dest`, at their paths in the
 * repository (so the tree is `dest`/`tree.path`), as a checkout would. The hook inherits git's own
 * GIT_INDEX_FILE, which `git commit -a` and `git commit <paths>` point at a temporary index: reading
 * any other would check what is not being committed.
 */
function checkoutIndexContent(tree: ContentTree, dest: string, env: NodeJS.ProcessEnv): string[] {
  mkdirSync(join(dest, tree.path), { recursive: true });
  const files = git(tree.root, ['ls-files', '-z', '--cached', '--', pathspec(tree)], { env })
    .split('\0')
    .filter(Boolean);
  if (files.length) {
    const prefix = `${dest.replace(/\\/g, '/').replace(/\/?$/, '/')}`;
    git(tree.root, ['checkout-index', '--force', '-z', '--stdin', `--prefix=${prefix}`], { env, input: `${files.join('\0')}\0` });
  }
  return files;
}

/** Writes the staged files of the content tree (what `git commit` is about to record) into `dest`/`tree.path`. */
export function checkoutStagedContent(tree: ContentTree, dest: string): string[] {
  return checkoutIndexContent(tree, dest, process.env);
}

/**
 * Writes the content tree's files of a commit into `dest`/`tree.path`, through a throwaway index so
 * neither the repository's index nor its working tree is touched.
 */
export function checkoutCommitContent(tree: ContentTree, commit: string, dest: string): string[] {
  mkdirSync(dest, { recursive: true });
  const env = { ...process.env, GIT_INDEX_FILE: join(dest, '.git-index') };
  git(tree.root, ['read-tree', commit], { env });
  return checkoutIndexContent(tree, dest, env);
}

/**
 * Where a problem sits relative to a change: 0 on a changed line, 1 elsewhere in a changed file, 2 in
 * a file the change did not touch. Sorting by it puts the problems a pull request made first.
 * @example changeRank('content/a.yaml', 4, new Map([['content/a.yaml', [[4, 5]]]])) → 0
 */
export function changeRank(file: string, line: number, changed: Map<string, [number, number][]>): 0 | 1 | 2 {
  const ranges = changed.get(file);
  if (!ranges) return 2;
  return ranges.some(([from, to]) => line >= from && line <= to) ? 0 : 1;
}
