/**
 * Translation status of every plan from its git history: texts without English, and texts whose
 * Japanese changed after their English (history.ts). The file versions come from
 * the one `git log` that src/lib/git/file-history.ts already runs and one `git cat-file --batch` for their contents.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { contentHistory, historyPath, readBlobs, type FileCommit } from '../git/file-history.ts';
import { translationHistory, versionReader, type FileVersion, type TranslationHistory } from './history.ts';
import { translationStatus } from './coverage.ts';
import type { PlanRecord } from '../validate/validate-content.ts';
import { planPathIn } from '../content-tree/layout.ts';

/** Where a version of a file comes from: a commit, or edits in the working tree not committed yet. */
export type Revision = { kind: 'commit'; date: string; hash: string; commit: string; subject: string } | { kind: 'working-tree' };

export interface PlanTranslation extends TranslationHistory<Revision> {
  /** Path as the validator names it, e.g. content/mitaka/soumu/2017.yaml. */
  file: string;
  /** Whether the file has commits; without them nothing can be known to be stale. */
  tracked: boolean;
}

export interface TranslationReport {
  /** False outside a git checkout: no plan's staleness is known. */
  history: boolean;
  /** By file, in the order of the plans given. */
  plans: Map<string, PlanTranslation>;
}

const ZERO = /^0+$/;
/** An `en` key, plain or quoted, as ASCII bytes read one per character. */
const EN_KEY = /\ben['"]?\s*:/;
const utf8 = new TextDecoder('utf-8');

/**
 * Whether these bytes are the blob git abbreviates as `blob`: the id is SHA-1, or SHA-256 in
 * repositories whose commit ids (`commit`) are that long.
 */
function isBlob(bytes: Uint8Array, blob: string, commit: string): boolean {
  const id = createHash(commit.length === 64 ? 'sha256' : 'sha1')
    .update(`blob ${bytes.length}\0`)
    .update(bytes)
    .digest('hex');
  return id.startsWith(blob);
}

/** The bytes of the file at `path`, undefined when it is not there (deleted since it was listed). */
function readIfThere(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

const commitRevision = (c: FileCommit): Revision => ({ kind: 'commit', date: c.date, hash: c.hash, commit: c.commit, subject: c.subject });

/**
 * The translation status of each plan in `plans` (validated records of the tree at `contentDir`). The
 * working-tree file counts as the newest version when it differs from its last commit, so an edit of
 * the Japanese shows as stale before it is committed. A file with one version cannot have stale English
 * and is not read from git at all; the others' versions come from a single `git cat-file` process.
 */
export function translationReport(plans: readonly PlanRecord[], contentDir: string): TranslationReport {
  const dir = resolve(contentDir);
  const history = contentHistory(dir);
  const found = new Map<string, PlanTranslation>();
  const plain = (r: PlanRecord, tracked: boolean): PlanTranslation => ({ file: r.file, tracked, ...translationStatus(r.plan), stale: [] });

  /** `current`: the working-tree file, the newest version; `changed`: it differs from the last commit. */
  interface Job {
    record: PlanRecord;
    commits: FileCommit[];
    current: Uint8Array;
    changed: boolean;
  }
  const jobs: Job[] = [];
  for (const record of plans) {
    const { municipality, department, fiscalYear: year } = record.plan;
    const inTree = planPathIn(dir, municipality, department, year);
    // Oldest first; a commit without a blob (a deletion) is no version of the current file.
    const commits = (history?.get(historyPath(dir, inTree)) ?? []).filter((c) => c.blob && !ZERO.test(c.blob)).reverse();
    // A file deleted since it was validated has no newer version to compare: the next reload drops it.
    const current = commits.length ? readIfThere(join(dir, inTree)) : undefined;
    if (!current) {
      found.set(record.file, plain(record, commits.length > 0));
      continue;
    }
    const newest = commits.at(-1)!;
    const changed = !isBlob(current, newest.blob!, newest.commit);
    // One version cannot hold a change after a translation; a file that writes no `en` key has no English
    // of its own to be stale (the glossary's follows the Japanese by itself).
    if ((commits.length === 1 && !changed) || !EN_KEY.test(current.toString('latin1'))) found.set(record.file, plain(record, true));
    else jobs.push({ record, commits, current, changed });
  }

  // The newest commit's blob is the working-tree file itself unless that was edited since.
  const blobs = readBlobs(
    dir,
    jobs.flatMap((j) => (j.changed ? j.commits : j.commits.slice(0, -1)).map((c) => c.blob!)),
  );
  for (const { record, commits, current, changed } of jobs) {
    const read = versionReader();
    // A version git cannot give (a shallow or partial clone) is skipped, like one that is not YAML.
    const data = (bytes: Uint8Array | undefined) => (bytes ? read(utf8.decode(bytes)) : undefined);
    const versions: FileVersion<Revision>[] = commits.map((c, i) => ({
      revision: commitRevision(c),
      data: data(!changed && i === commits.length - 1 ? current : blobs.get(c.blob!)),
    }));
    if (changed) versions.push({ revision: { kind: 'working-tree' }, data: data(current) });
    found.set(record.file, { file: record.file, tracked: true, ...translationHistory(record.plan, versions) });
  }
  return { history: history !== undefined, plans: new Map(plans.map((r) => [r.file, found.get(r.file)!])) };
}
