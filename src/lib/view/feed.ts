/**
 * Whether the site has its Atom feeds (/ja/feed.xml, /en/feed.xml): only with history from git, which
 * gives every entry its date. Pages link to the feeds only then.
 */
import { settings } from './settings.ts';

/** True when the feeds are built, so pages may link to them. */
export const hasFeed = (): boolean => settings.history.mode === 'git';
