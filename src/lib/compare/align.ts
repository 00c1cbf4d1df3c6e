import type { Plan } from '../../../schemas/plan/index.ts';
import type { LocalizedText } from '../../../schemas/localized-text.ts';
import { matchItems } from './match.ts';
import { indicatorFigures } from '../figures/indicators.ts';
import { indicatorNumberLabel } from '../view/indicators.ts';
import { t } from '../../i18n/browser.ts';
import { Lru } from '../lru.ts';

export type Leaf = string | number | boolean | LocalizedText;

export interface AlignedField {
  /** Where the field is, by ids: `projects.bousai-center.indicators.demae-kouza.target.value`. */
  path: string;
  /** The item the field belongs to (`projects.bousai-center`), for grouping rows; the section for plan-level fields. */
  item: string;
  /** The field within its item (`title`, `target.value`). */
  field: string;
  /** The item's title in each year, for row headings. */
  itemTitle?: LocalizedText;
  old?: Leaf;
  new?: Leaf;
  status: 'same' | 'changed' | 'added' | 'removed';
  /** Set where an item was matched by title similarity because its id changed: its id in the older plan. */
  oldId?: string;
}

/**
 * The year itself is what is being compared, and the ids of the plan's place never differ. Whether
 * prose is Markdown says how to show the texts, which are compared as written. Change notes are the
 * site's record of each file, not the documents' words: two years' notes are not a change of the plan.
 */
const SKIP = new Set(['fiscalYear', 'municipality', 'department', 'markdown', 'changes']);
type ItemContext = { path: string[]; title?: LocalizedText; oldId?: string };

const isText = (v: unknown): v is LocalizedText =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  typeof (v as LocalizedText).ja === 'string' &&
  Object.keys(v).every((k) => k === 'ja' || k === 'en' || k === 'format');
/** A text as compared: its characters, without the `format` of a Markdown prose text. */
const asWritten = (v: Leaf | undefined): Leaf | undefined => (isText(v) ? (v.en === undefined ? { ja: v.ja } : { ja: v.ja, en: v.en }) : v);
// An empty table cell (null) is a leaf too: an empty text.
const isLeaf = (v: unknown): v is Leaf | null => v === null || typeof v !== 'object' || isText(v);
const isRows = (v: unknown): v is unknown[][] => Array.isArray(v) && v.length > 0 && v.every(Array.isArray);
const hasId = (v: unknown): v is { id: string } => typeof v === 'object' && v !== null && typeof (v as { id?: unknown }).id === 'string';

/** The human title of an item, from whichever of title / name / label it has. */
function titleOf(item: unknown): LocalizedText | undefined {
  const record = item as Record<string, unknown>;
  for (const key of ['title', 'name', 'label', 'heading', 'caption']) if (isText(record?.[key])) return record[key] as LocalizedText;
  return undefined;
}

/** An indicator without a label is named by its printed number (指標1), as the comparison page names it. */
function indicatorNumberTitle(path: string[], item: unknown): LocalizedText | undefined {
  const number = (item as { number?: unknown }).number;
  if (path.at(-1) !== 'indicators' || typeof number !== 'number') return undefined;
  return indicatorNumberLabel({ number });
}

/** A list of texts compares as one text, a line per item, so changes inside it show in place. */
function joinTexts(list: unknown[]): LocalizedText {
  const texts = list.map((v) => (isText(v) ? v : { ja: v === null ? '' : String(v) }));
  const ja = texts.map((t) => t.ja).join('\n');
  return texts.every((t) => t.en) ? { ja, en: texts.map((t) => t.en).join('\n') } : { ja };
}

function sameLeaf(a: Leaf | undefined, b: Leaf | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Lines up two plans of one department field by field: lists of items with ids are matched by id and
 * then by title similarity (the rule of matchItems), other lists by position; texts and lists of
 * texts are compared whole. Every field of either plan appears once, with its status.
 */
export function alignPlans(older: Plan, newer: Plan): AlignedField[] {
  // The Japanese and English comparison pages of a pair line up the same two plans: do it once.
  const byNewer = alignCache.get(older) ?? alignCache.set(older, new WeakMap());
  const cached = byNewer.get(newer);
  if (cached) return cached;
  const out = alignUncached(older, newer);
  byNewer.set(newer, out);
  return out;
}

/** The recent alignments, by older then newer plan (both languages of a pair are built in a row). */
const alignCache = new Lru<Plan, WeakMap<Plan, AlignedField[]>>(64);

/** The status word of a status code, in both languages, as the pages show it. */
const statusText = (status: string): LocalizedText => ({
  ja: t('ja', `compare.status.${status}` as 'compare.status.met'),
  en: t('en', `compare.status.${status}` as 'compare.status.met'),
});

/**
 * A copy of a plan with each indicator's computed status (figures module) as a field `status`, so a
 * diff shows a change of status too. Both plans count as reports: the newer may report the older's actual.
 */
function withStatus(plan: Plan, pair: readonly Plan[]): Plan {
  const copy = structuredClone(plan);
  const mark = (indicator: NonNullable<Plan['indicators']>['items'][number], original: typeof indicator, project: string | undefined) => {
    const status = indicatorFigures(plan, original, project, pair).status;
    if (status) Object.assign(indicator, { status: statusText(status) });
  };
  copy.projects?.items.forEach((p, i) => p.indicators?.forEach((x, j) => mark(x, plan.projects!.items[i]!.indicators![j]!, p.id)));
  copy.indicators?.items.forEach((x, j) => mark(x, plan.indicators!.items[j]!, undefined));
  return copy;
}

function alignUncached(olderPlan: Plan, newerPlan: Plan): AlignedField[] {
  const pair = [olderPlan, newerPlan];
  const [older, newer] = [withStatus(olderPlan, pair), withStatus(newerPlan, pair)];
  const out: AlignedField[] = [];
  const walk = (a: unknown, b: unknown, path: string[], item: ItemContext) => {
    if (a === undefined && b === undefined) return;
    const sample = b ?? a;
    if (isRows(a) || isRows(b)) {
      // A table's rows compare cell by cell, each cell named by its row and column.
      const ra = (a as unknown[][] | undefined) ?? [];
      const rb = (b as unknown[][] | undefined) ?? [];
      for (let i = 0; i < Math.max(ra.length, rb.length); i++) {
        for (let j = 0; j < Math.max(ra[i]?.length ?? 0, rb[i]?.length ?? 0); j++) {
          // An empty cell is an empty text; a cell the row does not have is absent.
          const cell = (row: unknown[] | undefined) => (row && j < row.length ? ((row[j] ?? '') as Leaf) : undefined);
          leaf(cell(ra[i]), cell(rb[i]), [...path.slice(0, -1), `cell[${i + 1},${j + 1}]`], item);
        }
      }
      return;
    }
    if (Array.isArray(a) || Array.isArray(b)) {
      const la = (a as unknown[] | undefined) ?? [];
      const lb = (b as unknown[] | undefined) ?? [];
      const all = [...la, ...lb];
      if (all.every(isLeaf)) return leaf(la.length ? joinTexts(la) : undefined, lb.length ? joinTexts(lb) : undefined, path, item);
      if (all.every(hasId)) {
        const title = (x: { id: string }) => titleOf(x)?.ja ?? x.id;
        const m = matchItems(la as { id: string }[], lb as { id: string }[], title);
        const visit = (o: { id: string } | undefined, n: { id: string } | undefined, oldId?: string) => {
          const at = [...path, (n ?? o)!.id];
          // A block of the outline without a heading is named by the chapter that holds it, id or not.
          const chapterTitle = path.at(-1) === 'content' ? item.title : undefined;
          walk(o, n, at, { path: at, title: titleOf(n) ?? titleOf(o) ?? indicatorNumberTitle(path, n ?? o) ?? chapterTitle, oldId });
        };
        m.matched.forEach((p) => visit(p.old, p.new, p.by === 'title' ? p.old.id : undefined));
        m.added.forEach((n) => visit(undefined, n));
        m.removed.forEach((o) => visit(o, undefined));
        return;
      }
      // Without ids: pair by alike headings first, then what is left by position.
      const wrap = (list: unknown[], side: string) => list.map((value, index) => ({ id: `${side}${index}`, value, index }));
      const m = matchItems(wrap(la, 'o'), wrap(lb, 'n'), (x) => titleOf(x.value)?.ja ?? '');
      const pairs: [(typeof m.added)[number] | undefined, (typeof m.added)[number] | undefined][] = m.matched.map((p) => [p.old, p.new]);
      const leftovers = Math.max(m.removed.length, m.added.length);
      for (let i = 0; i < leftovers; i++) pairs.push([m.removed[i], m.added[i]]);
      pairs.sort((p, q) => (p[1]?.index ?? 1e9 + (p[0]?.index ?? 0)) - (q[1]?.index ?? 1e9 + (q[0]?.index ?? 0)));
      for (const [x, y] of pairs) {
        // A removed item is named by its place in the older list, so it never shares a path with a newer one.
        const at = [...path.slice(0, -1), `${path.at(-1)}[${y ? y.index : `was ${x!.index}`}]`];
        // A block of the outline without a heading is named by the chapter that holds it.
        walk(x?.value, y?.value, at, { path: at, title: titleOf(y?.value) ?? titleOf(x?.value) ?? item.title });
      }
      return;
    }
    const nullToText = (v: unknown) => (v === null ? '' : v) as Leaf | undefined;
    if (isLeaf(sample)) return leaf(nullToText(a), nullToText(b), path, item);
    const ra = (a ?? {}) as Record<string, unknown>;
    const rb = (b ?? {}) as Record<string, unknown>;
    for (const key of [...new Set([...Object.keys(rb), ...Object.keys(ra)])]) {
      if ((path.length === 0 && SKIP.has(key)) || (key === 'id' && path.length > 0)) continue;
      // Sections hold their items in `items`: the path names the section, then the item's id.
      const list = rb[key] ?? ra[key];
      const next = key === 'items' && Array.isArray(list) && list.every(hasId) ? path : [...path, key];
      walk(ra[key], rb[key], next, path.length === 0 ? { path: [key] } : item);
    }
  };
  const leaf = (textA: Leaf | undefined, textB: Leaf | undefined, path: string[], item: ItemContext) => {
    const [a, b] = [asWritten(textA), asWritten(textB)];
    const status = a === undefined ? 'added' : b === undefined ? 'removed' : sameLeaf(a, b) ? 'same' : 'changed';
    out.push({
      path: path.join('.'),
      item: item.path.join('.'),
      field: path.slice(item.path.length).join('.') || path.at(-1)!,
      itemTitle: item.title,
      old: a,
      new: b,
      status,
      ...(item.oldId ? { oldId: item.oldId } : {}),
    });
  };
  walk(older, newer, [], { path: [] });
  return out;
}
