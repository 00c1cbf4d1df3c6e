/**
 * /ja/feed.xml, /en/feed.xml: an Atom feed of the plans' change notes and first publications, newest
 * first (src/lib/export/feed-items.ts). Dates come from the notes and the commits, so the feed is the
 * same every build; a commit's message is never an entry's text. A site without history from git
 * (`history: false`) has a feed only when some plan has change notes: no other date in it would be true.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LANGS, t, type Lang } from '../i18n/index.ts';
import { departmentNameIn, getSite } from '../lib/view/site.ts';
import { absoluteUrl, feedHref, homeHref, planHref } from '../lib/view/urls.ts';
import { pickText } from '../lib/view/format.ts';
import { planTitle } from '../lib/view/titles.ts';
import { yearLabel } from '../lib/view/years.ts';
import { siteTitle } from '../lib/view/settings.ts';
import { atomFeed, tagUri } from '../lib/export/atom-feed.ts';
import { feedItems } from '../lib/export/feed-items.ts';
import { settings } from '../lib/view/settings.ts';
import { hasFeed } from '../lib/view/feed.ts';
import { headTime } from '../lib/git/file-history.ts';

/** Entries in each feed; older notes stay on the plan pages. */
const FEED_SIZE = 50;

export const getStaticPaths = (async () => ((await hasFeed()) ? LANGS.map((lang) => ({ params: { lang } })) : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site: siteUrl }) => {
  const lang = params.lang as Lang;
  if (!siteUrl) throw new Error('The Atom feed needs `site` in astro.config.mjs (or SITE_URL) for absolute URLs.');
  const site = await getSite();
  const entries = feedItems(site.plans, FEED_SIZE).map((item) => {
    const { plan } = item;
    const municipality = site.municipality(plan.municipality);
    const department = site.department(plan.municipality, plan.department);
    const link = absoluteUrl(planHref(lang, plan.municipality, plan.department, plan.fiscalYear), siteUrl);
    const names = {
      municipality: pickText(municipality.name, lang).text,
      department: pickText(departmentNameIn(department, plan.fiscalYear, plan.departmentName), lang).text,
      year: yearLabel(plan.fiscalYear, lang),
    };
    // An English feed shows a note without English in Japanese, marked as such, as the pages do.
    const note = item.kind === 'note' ? pickText(item.note.note, lang) : undefined;
    return {
      id: tagUri(link, item.date, item.tag),
      title: t(lang, item.kind === 'note' ? 'feed.changed' : 'feed.new', names),
      link,
      updated: item.time,
      category: item.kind === 'note' ? 'changed' : 'new',
      summary: planTitle(plan, municipality, department, lang),
      ...(note ? { content: { text: note.text, ...(note.lang !== lang ? { lang: note.lang } : {}) } } : {}),
    };
  });
  const body = atomFeed({
    id: absoluteUrl(feedHref(lang), siteUrl),
    lang,
    title: t(lang, 'feed.title', { site: siteTitle(lang) }),
    subtitle: t(lang, 'feed.subtitle'),
    self: absoluteUrl(feedHref(lang), siteUrl),
    home: absoluteUrl(homeHref(lang), siteUrl),
    author: siteTitle(lang),
    entries,
    // No plan committed yet (in `astro dev`; a build stops) or no plan at all: the feed is as of the commit built.
    ...(entries.length ? {} : { emptyUpdated: headTime(settings.contentDir) }),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
