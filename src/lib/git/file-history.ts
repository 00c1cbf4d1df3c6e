import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** One commit that changed a content file. */
export interface FileCommit {
  /** Committer date, YYYY-MM-DD, in the committer's time zone (git's %cs). */
  date: string;
  /** Committer timestamp as ISO 8601 in UTC, e.g. 2026-11-21T08:05:27Z: deterministic per commit. */
  time: string;
  /** The commit message's first line. */
  subject: string;
  /** Abbreviated hash, for display. */
  hash: string;
  /** Full hash, for identifiers that must never change (feed entry ids). */
  commit: string;
  /** True for the commit that added the file (at this path). */
  added: boolean;
  /**
   * The file's content id (git blob) after this commit, abbreviated like `hash`; all zeros when the
   * commit deleted the file. Only from `--raw` logs.
   */
  blob?: string;
}

const RECORD = '\x1e';
const FIELD = '\x1f';
/**
 * `--name-status` gives `M<TAB>path`; `--raw` gives `:100644 100644 <old blob> <new blob> M<TAB>path`
 * (with `...` after each blob when GIT_PRINT_SHA1_ELLIPSIS is set).
 */
const CHANGE = /^(?::\d+ \d+ [0-9a-f]+(?:\.\.\.)? ([0-9a-f]+)(?:\.\.\.)? )?([A-Z])[0-9]*\t(.+)$/;

/**
 * Parses `git log --format=<RS>%H<US>%h<US>%cs<US>%ct<US>%s --name-status --no-renames` output (or the
 * same with `--raw`, which adds each file's blob) into each file's commits, newest first. A
 * file deleted and added again at the same path keeps only the commits since it was last added, so a
 * plan's history never reaches into an unrelated earlier file.
 */
export function parseGitLog(log: string): Map<string, FileCommit[]> {
  const byFile = new Map<string, FileCommit[]>();
  const closed = new Set<string>();
  let current: Omit<FileCommit, 'added'> | undefined;
  for (const line of log.split('\n')) {
    if (line.startsWith(RECORD)) {
      const [commit = '', hash = '', date = '', seconds = '0', ...subject] = line.slice(1).split(FIELD);
      const time = new Date(Number(seconds) * 1000).toISOString().replace(/\.000Z$/, 'Z');
      current = { date, time, subject: subject.join(FIELD).trim(), hash, commit };
      continue;
    }
    const m = CHANGE.exec(line);
    if (!m || !current) continue;
    const [, blob, status, file] = m as unknown as [string, string | undefined, string, string];
    if (closed.has(file)) continue;
    const list = byFile.get(file) ?? [];
    list.push({ ...current, added: status === 'A', ...(blob ? { blob } : {}) });
    byFile.set(file, list);
    if (status === 'A') closed.add(file);
  }
  return byFile;
}

/**
 * The environment for git, without the variables a git hook exports (GIT_DIR is relative to the
 * hook's repository), so git finds the repository that holds the content tree it is run in.
 */
function gitEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_PREFIX']) delete env[key];
  return env;
}

const cache = new Map<string, Map<string, FileCommit[]> | undefined>();

/**
 * Every commit that changed each file under a content tree, keyed by the path relative to the tree
 * (`mitaka/soumu/2017.yaml`), from one `git log` run in the repository that holds it. Undefined when
 * the tree is not in a git checkout (e.g. a downloaded archive): pages then omit dates and history.
 */
export function contentHistory(contentDir: string): Map<string, FileCommit[]> | undefined {
  const dir = resolve(contentDir);
  if (!cache.has(dir)) {
    try {
      // --relative names files from the content tree, wherever it sits in its repository. Blob ids stay
      // abbreviated: --no-abbrev would lengthen %h too, and git's abbreviations are unique anyway.
      const log = execFileSync(
        'git',
        [
          '-c',
          'core.quotePath=false',
          'log',
          `--format=${RECORD}%H${FIELD}%h${FIELD}%cs${FIELD}%ct${FIELD}%s`,
          '--raw',
          '--no-renames',
          '--relative',
          '--',
          '.',
        ],
        { cwd: dir, env: gitEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 },
      );
      cache.set(dir, parseGitLog(log));
    } catch {
      cache.set(dir, undefined);
    }
  }
  return cache.get(dir);
}

/** A content file's path relative to its content tree, from the path the validator gives it (relative to the tree's parent). */
function inTree(file: string, contentDir: string): string {
  return historyPath(
    contentDir,
    relative(contentDir, resolve(dirname(resolve(contentDir)), file))
      .split(sep)
      .join('/'),
  );
}

/**
 * The path under which git records the file at `path` (relative to the tree): the file a symbolic link
 * leads to (the validator follows links only inside the tree), since git records of a link only the
 * link itself. Any other path is returned as it is.
 * @example historyPath('content', 'kakuu/soumu/2020.yaml') → '.store/kakuu/soumu/2020.yaml' when content/kakuu links to .store/kakuu
 */
export function historyPath(contentDir: string, path: string): string {
  try {
    const real = relative(realpathSync.native(contentDir), realpathSync.native(join(contentDir, path)));
    return real && !real.startsWith('..') ? real.split(sep).join('/') : path;
  } catch {
    return path;
  }
}

/**
 * Every commit that changed a content file, newest first, from one `git log` call shared by all files
 * of the tree. `file` is named as the validator names it (`content/mitaka/soumu/2017.yaml`, relative to
 * the tree's parent). Commit dates belong to the commit, not to the build machine, so builds stay
 * reproducible. Outside a git checkout, or for a file not yet committed (also one whose last commit
 * deleted it), the list is empty.
 */
export function fileHistory(file: string, contentDir: string): FileCommit[] {
  const history = contentHistory(contentDir);
  const path = inTree(file, contentDir);
  const commits = history?.get(path) ?? [];
  // When the newest commit deleted the file, the one there now is a new file, not committed yet.
  if (isDeletion(commits[0])) return [];
  return [...commits.slice(0, -1), ...earlierForm(commits.at(-1), path, history)];
}

const isDeletion = (commit: FileCommit | undefined) => commit?.blob !== undefined && /^0+$/.test(commit.blob);

/**
 * A plan rewritten in its other form (<year>.yaml as <year>.md, or back) is the same plan: when the
 * commit that added this file deleted its twin, the twin's commits continue its history, and that commit
 * is a change, not a new plan.
 */
function earlierForm(first: FileCommit | undefined, path: string, history: Map<string, FileCommit[]> | undefined): FileCommit[] {
  if (!first) return [];
  const twin = /\/\d{4}\.(yaml|md)$/.exec(path) && path.replace(/\.(yaml|md)$/, (_, ext: string) => (ext === 'md' ? '.yaml' : '.md'));
  const before = twin ? history?.get(twin) : undefined;
  if (!first.added || !before || before[0]?.commit !== first.commit || !isDeletion(before[0])) return [first];
  return [{ ...first, added: false }, ...before.slice(1)];
}

/** The date (YYYY-MM-DD) of the last commit that changed a content file, if any. */
export function lastChanged(file: string, contentDir: string): string | undefined {
  return fileHistory(file, contentDir)[0]?.date;
}

/**
 * The committer time of the commit checked out (HEAD) in the repository that holds `dir`, as ISO 8601
 * in UTC like FileCommit.time; undefined without git, a repository or a commit.
 */
export function headTime(dir: string): string | undefined {
  try {
    const seconds = execFileSync('git', ['log', '-1', '--format=%ct', 'HEAD'], {
      cwd: resolve(dir),
      env: gitEnv(),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return seconds ? new Date(Number(seconds) * 1000).toISOString().replace(/\.000Z$/, 'Z') : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The contents of git blobs, by the ids asked for (full or abbreviated), read by one
 * `git cat-file --batch` in the repository that holds `dir`: one process for any number of file
 * versions, where `git show` per version would start hundreds. Ids git does not have are left out.
 * Outside a git checkout the map is empty.
 */
export function readBlobs(dir: string, ids: Iterable<string>): Map<string, Uint8Array> {
  const wanted = [...new Set(ids)];
  const blobs = new Map<string, Uint8Array>();
  if (!wanted.length) return blobs;
  let out: Buffer;
  try {
    out = execFileSync('git', ['cat-file', '--batch'], {
      cwd: resolve(dir),
      env: gitEnv(),
      input: `${wanted.join('\n')}\n`,
      stdio: ['pipe', 'pipe', 'ignore'],
      maxBuffer: 1024 * 1024 * 1024,
    });
  } catch {
    return blobs;
  }
  // One answer per id, in order: "<full id> <type> <size>\n<size bytes>\n", or "<id> missing\n".
  let at = 0;
  for (const id of wanted) {
    const eol = out.indexOf(0x0a, at);
    if (eol < 0) break;
    const [, type, size] = out.subarray(at, eol).toString('latin1').split(' ');
    at = eol + 1;
    if (size === undefined) continue;
    const length = Number(size);
    if (type === 'blob') blobs.set(id, out.subarray(at, at + length));
    at += length + 1;
  }
  return blobs;
}
