/**
 * `astro dev` following the content tree: every change of a YAML file or folder in it reloads the tree
 * (one reload per burst of events, one at a time), and nothing stops the following. A tree that cannot
 * be read at all (its folder moved away, a file unreadable) shows in the error overlay like an invalid
 * one, and the next reload that succeeds clears it. A file deleted between the listing and the reading
 * is no error at all (list-files.ts): editors' temporary files and atomic saves do that all the time.
 */
import { existsSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname, sep } from 'node:path';
import { PROBLEMS_ID } from './collection-ids.ts';
import { unreadableProblems } from './problems.ts';

/** What following needs of Astro's loader context (its store, logger and file watcher). */
export interface FollowContext {
  store: { set(entry: { id: string; data: Record<string, unknown> }): unknown };
  logger: { info(message: string): void; error(message: string): void };
  watcher?: {
    add(path: string): unknown;
    unwatch(path: string): unknown;
    on(event: 'all', listener: (event: string, path: string) => void): unknown;
  };
}

/** How long a burst of events may last before the reload: an editor's save is several events. */
const SETTLE_MS = 30;

/** Watchers already followed: Astro may call a loader again with the same watcher. */
const followed = new WeakSet<object>();

/**
 * Loads the tree with `load` (which throws when the tree cannot be read), then reloads it whenever
 * `context.watcher` reports a change in `contentDir`. Never rejects, and no reload ever leaves a
 * rejected promise behind.
 */
export async function followContent(context: FollowContext, contentDir: string, load: () => Promise<void>): Promise<void> {
  const { watcher, logger } = context;
  const loadSafely = async () => {
    try {
      await load();
    } catch (error) {
      const problems = unreadableProblems(error, contentDir);
      logger.error(problems.report);
      context.store.set({ id: PROBLEMS_ID, data: { ...problems } });
    }
  };
  await loadSafely();
  if (!watcher || followed.has(watcher)) return;
  followed.add(watcher);
  watcher.add(contentDir);

  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = Promise.resolve();
  /** The content folder went away: the watcher lost it, and watches it again once it is back. */
  let lost = !existsSync(contentDir);
  const reload = async () => {
    const started = performance.now();
    if (!existsSync(contentDir)) lost = true;
    else if (lost) {
      lost = false;
      watcher.unwatch(contentDir);
      watcher.add(contentDir);
    }
    await loadSafely();
    logger.info(`content reloaded in ${Math.round(performance.now() - started)} ms`);
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(reload).catch((error: unknown) => logger.error(String(error)));
    }, SETTLE_MS);
  };
  const inTree = (path: string) => path === contentDir || path.startsWith(`${contentDir}${sep}`);
  watcher.on('all', (event, path) => {
    if (inTree(path) && (event === 'addDir' || event === 'unlinkDir' || /\.(?:ya?ml|md)$/.test(path))) schedule();
  });
  // The folder itself removed, renamed or put back: its parent sees that when the folder's own watch cannot.
  // One such watch per folder: a server restarted in the same process (a changed config) replaces it.
  parentWatches.get(contentDir)?.close();
  try {
    const parent = watch(dirname(contentDir), { persistent: false }, (_event, name) => {
      if (name === basename(contentDir)) schedule();
    });
    parent.on('error', () => parent.close());
    parentWatches.set(contentDir, parent);
  } catch {
    // No parent to watch (the folder is gone with it, or is a root): the watcher's own events still reload.
  }
}

const parentWatches = new Map<string, FSWatcher>();
