import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

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
}

const RECORD = '\x1e';
const FIELD = '\x1f';

let cache: Map<string, FileCommit[]> | undefined;

/**
 * Parses `git log --format=<RS>%H<US>%h<US>%cs<US>%ct<US>%s --name-status --no-renames` output into
 * each file's commits, newest first. A file deleted and added again at the same path keeps only the
 * commits since it was last added, so a plan's history never reaches into an unrelated earlier file.
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
    const m = /^([A-Z])[0-9]*\t(.+)$/.exec(line);
    if (!m || !current) continue;
    const [, status, file] = m as unknown as [string, string, string];
    if (closed.has(file)) continue;
    const list = byFile.get(file) ?? [];
    list.push({ ...current, added: status === 'A' });
    byFile.set(file, list);
    if (status === 'A') closed.add(file);
  }
  return byFile;
}

function load(): Map<string, FileCommit[]> {
  if (!cache) {
    try {
      const log = execFileSync(
        'git',
        ['-c', 'core.quotePath=false', 'log', `--format=${RECORD}%H${FIELD}%h${FIELD}%cs${FIELD}%ct${FIELD}%s`, '--name-status', '--no-renames', '--', 'content'],
        { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 },
      );
      cache = parseGitLog(log);
    } catch {
      // Not a git checkout (e.g. a downloaded archive): pages simply omit dates and history.
      cache = new Map();
    }
  }
  return cache;
}

/**
 * Every commit that changed a file under content/, newest first, from one `git log` call shared by all
 * files. Commit dates belong to the commit, not to the build machine, so builds stay reproducible.
 * Outside a git checkout, or for a file not yet committed, the list is empty.
 */
export function fileHistory(file: string): FileCommit[] {
  return load().get(file) ?? [];
}

/** The date (YYYY-MM-DD) of the last commit that changed a file under content/, if any. */
export function lastChanged(file: string): string | undefined {
  return fileHistory(file)[0]?.date;
}
