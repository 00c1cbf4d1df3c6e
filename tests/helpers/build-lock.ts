/**
 * One Astro build of this project at a time, across every test worker and run: builds of one project
 * share its .astro/ folder (the prerender chunks), so two at once break each other. A lock folder
 * (mkdir is atomic) holding its owner's pid; a lock whose owner has died is taken over. Re-entrant
 * within a process.
 *
 * Waiters take turns in the order they came (a queue of ticket files named by the time they were
 * taken): with the e2e tier running beside the site tier (scripts/test.ts), four workers may wait at
 * once, and a test that builds inside its own time limit (hostile.test.ts) must not be passed over by
 * the others again and again. A waiter touches its ticket while it waits; a ticket whose process has
 * died, or that nobody has touched for a minute, is dropped.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { alive } from '../../src/integration/atomic-output.ts';
import { fixtureSitesDir } from './pages.ts';

const lockDir = join(fixtureSitesDir, '.build-lock');
const owner = join(lockDir, 'pid');
const queueDir = join(fixtureSitesDir, '.build-queue');
/** A waiter touches its ticket every poll (250 ms); one untouched for this long is left over. */
const STALE_TICKET_MS = 60_000;
let depth = 0;
let tickets = 0;

/** A place in the queue: a file named by when it was taken (then pid and a counter, for ties), so that sorting names sorts waiters. */
function takeTicket(): string {
  mkdirSync(queueDir, { recursive: true });
  const ticket = [Date.now(), process.pid, tickets++].map((n, i) => String(n).padStart([15, 10, 8][i]!, '0')).join('-');
  writeFileSync(join(queueDir, ticket), '');
  return ticket;
}

function leave(ticket: string): void {
  rmSync(join(queueDir, ticket), { force: true });
}

/** Whether `ticket` comes first among the waiters still there (dropping those left over). */
function isFirst(ticket: string): boolean {
  const now = new Date();
  try {
    utimesSync(join(queueDir, ticket), now, now);
  } catch {
    // Dropped as left over by another waiter (this process was stalled for a minute): take a place again.
    writeFileSync(join(queueDir, ticket), '');
  }
  for (const name of readdirSync(queueDir).sort()) {
    if (name === ticket) return true;
    const pid = Number(name.split('-')[1]);
    if (pid === process.pid) continue; // the lock is re-entrant within a process: its own waiters take no turns among themselves
    const touched = statSync(join(queueDir, name), { throwIfNoEntry: false })?.mtimeMs;
    if (touched === undefined) continue; // it just left
    if (!alive(pid) || Date.now() - touched > STALE_TICKET_MS) {
      rmSync(join(queueDir, name), { force: true });
      continue;
    }
    return false;
  }
  return true;
}

/** Takes the lock if it is this ticket's turn and the lock is free (or its owner is gone); false otherwise. */
function tryLock(ticket: string): boolean {
  if (!isFirst(ticket)) return false;
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

/** Waits for the lock asynchronously (at once when this process holds it already). */
async function acquire(): Promise<void> {
  if (depth === 0) {
    const ticket = takeTicket();
    try {
      while (depth === 0 && !tryLock(ticket)) await sleep(250);
    } finally {
      leave(ticket);
    }
  }
  depth++;
}

/** `work` under the lock, waiting for it asynchronously. */
export async function withBuildLock<T>(work: () => Promise<T> | T): Promise<T> {
  await acquire();
  try {
    return await work();
  } finally {
    unlock();
  }
}

/** Takes the lock and returns its release, for a holder that spans hooks (an `astro dev` server from beforeAll to afterAll). */
export async function acquireBuildLock(): Promise<() => void> {
  await acquire();
  let held = true;
  return () => {
    if (held) unlock();
    held = false;
  };
}

/** `work` under the lock, blocking the worker while it waits (for the synchronous build helpers). */
export function withBuildLockSync<T>(work: () => T): T {
  if (depth === 0) {
    const wait = new Int32Array(new SharedArrayBuffer(4));
    const ticket = takeTicket();
    try {
      while (!tryLock(ticket)) Atomics.wait(wait, 0, 0, 250);
    } finally {
      leave(ticket);
    }
  }
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
