/**
 * /ja/feed.xml, /en/feed.xml: an Atom feed of new and updated plans, one entry per plan file and
 * commit, newest first. Dates come from the commits, so the feed is the same every build. A site
 * without history from git (`history: false`) has no feed: no date in it would be true.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LANGS, t, type Lang } from '../i18n/index.ts';
import { departmentNameIn, getSite } from '../lib/view/site.ts';
import { absoluteUrl, feedHref, homeHref, planHref } from '../lib/view/urls.ts';
import { pickText } from '../lib/view/format.ts';
import { planTitle } from '../lib/view/titles.ts';
import { yearLabel } from '../lib/view/years.ts';
import { siteTitle } from '../lib/view/settings.ts';
import { atomFeed, newestFirst, tagUri } from '../lib/export/atom-feed.ts';
import { settings } from '../lib/view/settings.ts';
import { hasFeed } from '../lib/view/feed.ts';
import { headTime } from '../lib/git/file-history.ts';

/** Entries in each feed; older changes stay on the plan pages' change history. */
const FEED_SIZE = 50;

export const getStaticPaths = (() => (hasFeed() ? LANGS.map((lang) => ({ params: { lang } })) : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site: siteUrl }) => {
  const lang = params.lang as Lang;
  if (!siteUrl) throw new Error('The Atom feed needs `site` in astro.config.mjs (or SITE_URL) for absolute URLs.');
  const site = await getSite();
  const items = newestFirst(
    site.plans.flatMap((r) =>
      (r.history ?? []).map((c) => ({ ...c, plan: r.plan, key: `${r.plan.municipality}/${r.plan.department}/${r.plan.fiscalYear}` })),
    ),
    FEED_SIZE,
  );
  const entries = items.map(({ plan, ...c }) => {
    const municipality = site.municipality(plan.municipality);
    const department = site.department(plan.municipality, plan.department);
    const link = absoluteUrl(planHref(lang, plan.municipality, plan.department, plan.fiscalYear), siteUrl);
    const names = {
      municipality: pickText(municipality.name, lang).text,
      department: pickText(departmentNameIn(department, plan.fiscalYear, plan.departmentName), lang).text,
      year: yearLabel(plan.fiscalYear, lang),
    };
    return {
      id: tagUri(link, c.date, c.commit),
      title: t(lang, c.added ? 'feed.new' : 'feed.changed', names),
      link,
      updated: c.time,
      category: c.added ? 'new' : 'changed',
      summary: t(lang, 'feed.summary', { title: planTitle(plan, municipality, department, lang), subject: c.subject }),
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
