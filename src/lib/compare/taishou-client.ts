/**
 * The browser side of a unit's `compare/any/` page: the 新旧対照表 of the two years the reader chose,
 * assembled from the two plans' published JSON with the same code the static pair pages use. The page
 * loads it with its own script (module-preload.ts asks for every file of it at once); the JSON is
 * already on its way (pair-prefetch.ts).
 */
import type { Plan } from '../../../schemas/plan/index.ts';
import type { Lang } from '../../i18n/index.ts';
import { t } from '../../i18n/browser.ts';
import { yearLabel } from '../view/years.ts';
import { escapeEnglishHtml, escapeHtml } from './taishou-html.ts';
import { taishouHtml } from './taishou.ts';
import { PAIR_PREFETCH_GLOBAL } from './pair-prefetch.ts';

/** What the page hands the script: the reader's language and each year's JSON file. */
export interface AnyPairData {
  lang: Lang;
  department: string;
  files: Record<string, string>;
}

/** The plan at `file`: the response the page's prefetch started (pair-prefetch.ts), or a new request. */
async function loadPlan(file: string): Promise<Plan> {
  const prefetched = (window as unknown as Record<string, Record<string, Promise<Response>> | undefined>)[PAIR_PREFETCH_GLOBAL];
  const started = prefetched?.[file];
  if (started) delete prefetched[file]; // a response can be read once
  const response = await (started ?? fetch(file));
  if (!response.ok) throw new Error(`${file}: ${response.status}`);
  return (await response.json()) as Plan;
}

/** Fills `output` with the table of `older` and `newer`, and says in `status` what happened. */
export async function showPair(data: AnyPairData, older: number, newer: number, status: HTMLElement, output: HTMLElement): Promise<void> {
  const { lang } = data;
  const say = (text: string) => (status.textContent = text);
  if (older === newer) return void say(t(lang, 'taishou.sameYear'));
  if (older > newer) [older, newer] = [newer, older];
  const [oldFile, newFile] = [data.files[older], data.files[newer]];
  if (!oldFile || !newFile) return void say(t(lang, 'taishou.noSuchYear'));
  const years = { new: yearLabel(newer, lang), old: yearLabel(older, lang) };
  say(t(lang, 'taishou.loading', years));
  try {
    const [oldPlan, newPlan] = await Promise.all([loadPlan(oldFile), loadPlan(newFile)]);
    const title = t(lang, 'taishou.pageTitle', { department: data.department, ...years });
    output.innerHTML = `<h2 id="taishou-pair">${(lang === 'en' ? escapeEnglishHtml : escapeHtml)(title)}</h2><p>${escapeHtml(t(lang, 'taishou.lead', years))}</p>${taishouHtml(oldPlan, newPlan, lang, Object.keys(data.files).map(Number))}`;
    document.title = `${title} | ${document.title}`;
    say(t(lang, 'taishou.shown', years));
  } catch {
    say(t(lang, 'taishou.failed'));
  }
}
