/** The Atom feed of new and updated plans (RFC 4287), the same bytes every build. */
import { compare } from './sort.ts';

/** Text for XML character data and attribute values. */
export function escapeXml(text: string): string {
  // XML 1.0 forbids most control characters outright; a pasted vertical tab must not break the feed.
  // eslint-disable-next-line no-control-regex -- these are the characters XML 1.0 forbids
  const allowed = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
  return allowed.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

export interface AtomEntry {
  id: string;
  title: string;
  /** The page the entry announces (absolute URL). */
  link: string;
  /** RFC 3339, e.g. 2026-11-21T08:05:27Z. */
  updated: string;
  summary?: string;
  /** The entry's text (type="text"), with its language when it is not the feed's (an English feed falling back to Japanese). */
  content?: { text: string; lang?: string };
  category?: string;
}

export interface AtomFeed {
  id: string;
  lang: string;
  title: string;
  subtitle?: string;
  /** The feed's own address (absolute URL). */
  self: string;
  /** The site's home page in the feed's language (absolute URL). */
  home: string;
  author: string;
  entries: readonly AtomEntry[];
  /** The feed's `updated` when it has no entry (RFC 4287 requires one), e.g. the time of the commit built. */
  emptyUpdated?: string;
}

/**
 * An Atom 1.0 document (RFC 4287). The feed's `updated` is its newest entry's, so no build time is
 * written; a feed without entries needs `emptyUpdated`, as no date is better than a made-up one.
 */
export function atomFeed(feed: AtomFeed): string {
  const x = escapeXml;
  // Entries may give their time with different offsets (a commit's in UTC, a change note's day in Japan): compare instants.
  const updated =
    feed.entries.reduce<string | undefined>(
      (max, e) => (max === undefined || Date.parse(e.updated) > Date.parse(max) ? e.updated : max),
      undefined,
    ) ?? feed.emptyUpdated;
  if (updated === undefined)
    throw new Error('An Atom feed without entries needs emptyUpdated: RFC 4287 requires a date, and none is made up.');
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(feed.lang)}">`,
    `  <id>${x(feed.id)}</id>`,
    `  <title>${x(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${x(feed.subtitle)}</subtitle>`] : []),
    `  <link rel="self" type="application/atom+xml" href="${x(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(feed.home)}"/>`,
    `  <updated>${x(updated)}</updated>`,
    `  <author><name>${x(feed.author)}</name></author>`,
    ...feed.entries.flatMap((e) => [
      '  <entry>',
      `    <id>${x(e.id)}</id>`,
      `    <title>${x(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${x(e.link)}"/>`,
      `    <updated>${x(e.updated)}</updated>`,
      ...(e.category ? [`    <category term="${x(e.category)}"/>`] : []),
      ...(e.summary ? [`    <summary>${x(e.summary)}</summary>`] : []),
      ...(e.content
        ? [`    <content type="text"${e.content.lang ? ` xml:lang="${x(e.content.lang)}"` : ''}>${x(e.content.text)}</content>`]
        : []),
      '  </entry>',
    ]),
    '</feed>',
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * A `tag:` URI (RFC 4151) that never changes for one plan page and event (a commit, a change note), e.g.
 * tag:plans.example.org,2026-11-21:/ja/mitaka/soumu/2017/114403ea….
 */
export function tagUri(pageUrl: string, date: string, tag: string): string {
  const url = new URL(pageUrl);
  return `tag:${url.hostname},${date}:${url.pathname}${tag}`;
}

/**
 * Feed items newest first by instant, at most `limit`; ties by plan, then the one written later first
 * (`seq`: a change note's place in its file).
 */
export function newestFirst<T extends { time: string; key: string; seq: number }>(items: readonly T[], limit: number): T[] {
  return [...items].sort((a, b) => Date.parse(b.time) - Date.parse(a.time) || compare(a.key, b.key) || b.seq - a.seq).slice(0, limit);
}
