/**
 * What the Atom feed announces, from the plan files alone, so every build writes the same entries:
 * - each change note of a plan (`changes`), dated by the note: what changed and why, in the clerk's words;
 * - for a plan without notes, when it was first published: the date of the first commit of its file.
 * A commit's message is never announced: it is written for developers, not for citizens. A plan with
 * notes is announced by its notes alone (its clerk tells its story there, from its publication on).
 */
import type { ChangeNote, Plan } from '../../../schemas/plan/index.ts';
import type { FileCommit } from '../git/file-history.ts';
import { newestFirst } from './atom-feed.ts';

/**
 * The instant a change note's day starts where the plans are published (Japan, UTC+9, which keeps no
 * summer time), in RFC 3339: a note names a day, not a time, and a day in Japan starts at 00:00 JST.
 * @example noteTime('2026-04-01') → '2026-04-01T00:00:00+09:00'
 */
export const noteTime = (date: string): string => `${date}T00:00:00+09:00`;

export type FeedItem = {
  plan: Plan;
  /** The plan's path (municipality/department/year), for a stable order. */
  key: string;
  /** The date in the entry's id (YYYY-MM-DD). */
  date: string;
  /** The entry's `updated` (RFC 3339). */
  time: string;
  /** What makes the entry's id unique for its plan page: `note-<date>-<n>` or the commit's full hash. */
  tag: string;
  /** A note's place in its file (0 for a first publication), so of two notes of one day the later comes first. */
  seq: number;
} & ({ kind: 'note'; note: ChangeNote } | { kind: 'published' });

/**
 * The feed's items, newest first, at most `limit`. A note's id counts the notes of its day in the
 * file's order (`note-2026-04-01-1`, `-2`), so a note keeps its id when a later one is added; the
 * first publication keeps the id the feed gave it before change notes existed (the commit's hash).
 */
export function feedItems(plans: readonly { plan: Plan; history?: readonly FileCommit[] }[], limit: number): FeedItem[] {
  const items = plans.flatMap(({ plan, history = [] }): FeedItem[] => {
    const key = `${plan.municipality}/${plan.department}/${plan.fiscalYear}`;
    if (plan.changes?.length) {
      const ofDay = new Map<string, number>();
      return plan.changes.map((note, seq) => {
        const n = (ofDay.get(note.date) ?? 0) + 1;
        ofDay.set(note.date, n);
        return { kind: 'note', note, plan, key, date: note.date, time: noteTime(note.date), tag: `note-${note.date}-${n}`, seq };
      });
    }
    // The oldest commit first put the file (or its earlier form, .yaml or .md) on the site.
    const first = history.at(-1);
    return first ? [{ kind: 'published', plan, key, date: first.date, time: first.time, tag: first.commit, seq: 0 }] : [];
  });
  return newestFirst(items, limit);
}

/**
 * Whether the site has feeds: with history from git every plan has a date, and without it the plans'
 * change notes still give theirs; with neither, no date in a feed would be true.
 */
export function feedAvailable(historyMode: string, plans: readonly { plan: Plan }[]): boolean {
  return historyMode === 'git' || plans.some(({ plan }) => (plan.changes?.length ?? 0) > 0);
}
