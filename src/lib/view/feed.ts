/**
 * Whether the site has its Atom feeds (/ja/feed.xml, /en/feed.xml): with history from git, which gives
 * every plan its date of publication, or when any plan has change notes, which carry their own dates.
 * Pages link to the feeds only then.
 */
import { settings } from './settings.ts';
import { getSite } from './site.ts';
import { feedAvailable } from '../export/feed-items.ts';

/** True when the feeds are built, so pages may link to them. */
export async function hasFeed(): Promise<boolean> {
  if (settings.history.mode === 'git') return true;
  return feedAvailable(settings.history.mode, (await getSite()).plans);
}
