/**
 * The files of a content tree, and their bytes. A symbolic link is followed when it leads to a place
 * inside the tree (its real path, links resolved), and refused, never skipped, when it leads outside,
 * nowhere or round in a loop: a tree whose plans silently vanished would publish as if complete.
 */
import type { Dirent } from 'node:fs';
import { readdir, readFile, readlink, realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';

/** Why a link was not followed: it leads outside the tree, to nothing, or round in a loop. */
export type LinkProblem = 'outside' | 'dangling' | 'loop';

/** A link that was not followed, with where it leads (its real path, or as written when it has none). */
export interface RefusedLink {
  /** The link's path, inside the tree. */
  link: string;
  /** Where the link leads: an absolute real path, or (dangling, loop) what the link itself says. */
  target: string;
  problem: LinkProblem;
}

/** The tree's files (links to files inside it listed at the link's own path), and the links refused. */
export interface TreeListing {
  files: string[];
  refused: RefusedLink[];
}

const isMissing = (error: unknown) => ['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '');

/**
 * Every file under `dir`, hidden files and folders (.DS_Store, .gitkeep, .git/) left out, links
 * followed when they stay inside `dir` (so a folder of plans may live in a hidden folder and be linked
 * into place). An entry that vanishes while the tree is read (an editor's temporary file, an atomic
 * save) is simply not there; `dir` itself missing throws (ENOENT).
 */
export async function listTree(dir: string): Promise<TreeListing> {
  const root = await realpath(dir);
  const files: string[] = [];
  const refused: RefusedLink[] = [];
  const inside = (real: string) => real === root || real.startsWith(root.endsWith(sep) ? root : `${root}${sep}`);

  /** `at` is the path as listed, `real` its real path, `up` the real paths of the folders above (loops). */
  async function walk(at: string, real: string, up: ReadonlySet<string>, top: boolean): Promise<void> {
    let entries: Dirent[];
    try {
      entries = await readdir(at, { withFileTypes: true });
    } catch (error) {
      if (!top && isMissing(error)) return;
      throw error;
    }
    const here = new Set(up).add(real);
    await Promise.all(
      entries.map(async (entry) => {
        if (entry.name.startsWith('.')) return;
        const path = join(at, entry.name);
        if (entry.isDirectory()) return walk(path, join(real, entry.name), here, false);
        if (entry.isFile()) return void files.push(path);
        if (entry.isSymbolicLink()) return follow(path, here);
      }),
    );
  }

  async function follow(link: string, up: ReadonlySet<string>): Promise<void> {
    let target: string;
    try {
      target = await realpath(link);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') return void refused.push({ link, target: await readlinkOr(link), problem: 'loop' });
      if (code === 'ENOENT' || code === 'ENOTDIR') {
        // A link that vanished with its folder is no link; one that is still there leads nowhere.
        const written = await readlinkOr(link, '');
        if (written) refused.push({ link, target: written, problem: 'dangling' });
        return;
      }
      throw error;
    }
    if (!inside(target)) return void refused.push({ link, target, problem: 'outside' });
    let kind: 'file' | 'dir' | 'other';
    try {
      const s = await stat(target);
      kind = s.isDirectory() ? 'dir' : s.isFile() ? 'file' : 'other';
    } catch (error) {
      if (isMissing(error)) return;
      throw error;
    }
    if (kind === 'file') files.push(link);
    if (kind !== 'dir') return;
    // A folder that links back to a folder above it would be listed without end.
    if (up.has(target)) return void refused.push({ link, target, problem: 'loop' });
    return walk(link, target, up, false);
  }

  await walk(dir, root, new Set(), true);
  return { files, refused };
}

/** What the link says, as written; `fallback` when it cannot be read (it vanished). */
const readlinkOr = (link: string, fallback = '?') => readlink(link).catch(() => fallback);

/**
 * Reads the files a few dozen at a time: reading one after another leaves the disk idle. A file that
 * is gone by the time it is read (deleted or renamed after the listing) is undefined: it was deleted.
 */
export async function readAll(files: string[], concurrency = 32): Promise<(Uint8Array | undefined)[]> {
  const out: (Uint8Array | undefined)[] = new Array(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      try {
        out[i] = await readFile(files[i]);
      } catch (error) {
        if (!isMissing(error)) throw error;
        out[i] = undefined;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
  return out;
}
