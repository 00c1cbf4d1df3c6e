/**
 * One Astro build of this project at a time, across every test worker and run: builds of one project
 * share its .astro/ folder (the prerender chunks), so two at once break each other. A lock folder
 * (mkdir is atomic) holding its owner's pid; a lock whose owner has died is taken over. Re-entrant
 * within a process.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fixtureSitesDir } from './pages.ts';

const lockDir = join(fixtureSitesDir, '.build-lock');
const owner = join(lockDir, 'pid');
let depth = 0;

/** Takes the lock if it is free (or its owner is gone); false if another process holds it. */
function tryLock(): boolean {
  if (depth > 0) return true;
  mkdirSync(fixtureSitesDir, { recursive: true });
  try {
    mkdirSync(lockDir);
    writeFileSync(owner, String(process.pid));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const pid = Number(readIfThere(owner) || NaN);
  const since = statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
  // A lock whose owner died, or one left without a pid by a process killed between mkdir and write.
  if (Number.isInteger(pid) ? !alive(pid) : Date.now() - since > 10_000) rmSync(lockDir, { recursive: true, force: true });
  return false;
}

function unlock(): void {
  if (--depth === 0) rmSync(lockDir, { recursive: true, force: true });
}

/** `work` under the lock, waiting for it asynchronously. */
export async function withBuildLock<T>(work: () => Promise<T> | T): Promise<T> {
  while (!tryLock()) await sleep(250);
  depth++;
  try {
    return await work();
  } finally {
    unlock();
  }
}

/** Takes the lock and returns its release, for a holder that spans hooks (an `astro dev` server from beforeAll to afterAll). */
export async function acquireBuildLock(): Promise<() => void> {
  while (!tryLock()) await sleep(250);
  depth++;
  let held = true;
  return () => {
    if (held) unlock();
    held = false;
  };
}

/** `work` under the lock, blocking the worker while it waits (for the synchronous build helpers). */
export function withBuildLockSync<T>(work: () => T): T {
  const wait = new Int32Array(new SharedArrayBuffer(4));
  while (!tryLock()) Atomics.wait(wait, 0, 0, 250);
  depth++;
  try {
    return work();
  } finally {
    unlock();
  }
}

/** A file's text, or '' when it cannot be read. */
export function readIfThere(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
