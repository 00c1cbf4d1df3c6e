/**
 * The body of a 新旧対照表 (two years of a plan side by side, new on the left as in Japanese amendment
 * tables) as one escaped HTML string. The static pair pages render it at build time; the page for any
 * other pair runs the same function in the browser on the two years' published JSON, so both agree.
 * Rows are strings rather than components: a table has hundreds of them.
 */
import type { Plan } from '../../../schemas/plan/index.ts';
import { alignPlans, type AlignedField, type Leaf } from './align.ts';
import { textDiff } from './text-diff.ts';
import { diffSideHtml, escapeEnglishHtml, escapeHtml, type MarkLabels } from './taishou-html.ts';
import type { Lang } from '../../i18n/index.ts';
import { isBrowserKey as known, t, type BrowserKey } from '../../i18n/browser.ts';
import { pickText } from '../view/format.ts';
import { yearLabel } from '../view/years.ts';
import { breakPoints, excerptNotes, yearGaps } from './coverage.ts';
import { eachChapter, isBlockRef, statementBlocks } from '../../../schemas/plan/outline-walk.ts';
import type { LocalizedText } from '../../../schemas/localized-text.ts';

/** Where the dictionary words a field's code: the field's last name → the key for the code. */
const CODE_WORDS: Record<string, (code: string) => string> = {
  role: (code) => `compare.role.${code}`,
  period: (code) => `period.${code}`,
  kind: (code) => (known(`statement.kind.${code}`) ? `statement.kind.${code}` : `departmentKind.${code}.one`),
  completeness: (code) => `taishou.completeness.${code}`,
};
/** Budget units and comparators, which the dictionary words with a value. */
const EXACTLY = { ja: 'ちょうど', en: 'exactly' };
const UNIT_WORDS: Record<string, { ja: string; en: string }> = {
  yen: { ja: '円', en: 'yen' },
  'thousand-yen': { ja: '千円', en: 'thousand yen' },
};

/**
 * For each side, whether a row lies beyond the end of that side's excerpt, so what the side lacks there
 * is not in the excerpt, never added or deleted: the plan is an excerpt and lacks the row's section, or
 * lacks the row's item in a section that breaks off (the excerpt did not reach it), or the item is the
 * one it breaks off in (its remaining fields were cut).
 */
export interface Sides {
  oldBeyond: (field: AlignedField) => boolean;
  newBeyond: (field: AlignedField) => boolean;
  /** The printed names of the two years' statement blocks (see printedNames); rows are named by them, never by ids. */
  names?: PrintedNames;
}

/** What the document prints for a statement block: its heading, and the heading of the chapter that holds it. */
export interface PrintedNames {
  /** A block's heading, else the opening words of its text (for a list of blocks). */
  block: (id: string) => LocalizedText | undefined;
  /** The heading of the chapter a block sits in. */
  chapter: (id: string) => LocalizedText | undefined;
}

/** The opening words of a text, for naming a block that has no heading. */
const opening = (text: LocalizedText): LocalizedText => {
  const cut = (s: string) => {
    const line = s.split('\n')[0]!.trim();
    return [...line].length > 24 ? `${[...line].slice(0, 24).join('')}…` : line;
  };
  return text.en === undefined ? { ja: cut(text.ja) } : { ja: cut(text.ja), en: cut(text.en) };
};

/** The printed names of the blocks of two plans (the newer's first). */
export function printedNames(...plans: Plan[]): PrintedNames {
  const blocks = new Map<string, LocalizedText>();
  const chapters = new Map<string, LocalizedText>();
  for (const plan of plans) {
    for (const { block } of statementBlocks(plan)) {
      if (!block.id || blocks.has(block.id)) continue;
      const text = block.heading ?? block.paragraphs?.[0] ?? block.items?.[0];
      if (text && typeof text === 'object' && 'ja' in text) blocks.set(block.id, block.heading ?? opening(text));
    }
    eachChapter(plan.parts, (chapter) => {
      if (!chapter.heading) return;
      const ids = [...(chapter.blocks ?? []), ...(chapter.content ?? []).flatMap((c) => (isBlockRef(c) ? [c.block] : []))];
      for (const id of ids) if (!chapters.has(id)) chapters.set(id, chapter.heading);
    });
  }
  return { block: (id) => blocks.get(id), chapter: (id) => chapters.get(id) };
}

const sectionOf = (field: AlignedField) => field.item.split('.')[0]!.replace(/\[.*\]$/, '');

/** The reach of one side's excerpt over the aligned rows. */
export function beyondExcerpt(plan: Plan, fields: readonly AlignedField[], side: 'old' | 'new'): (field: AlignedField) => boolean {
  if (plan.source.completeness !== 'excerpt') return () => false;
  const cut = new Set(breakPoints(plan).map((b) => b.section));
  const present = new Set(fields.filter((f) => f[side] !== undefined).map((f) => f.item));
  const breaksIn = new Set(fields.filter((f) => /(^|\.)breaksOff$/.test(f.field) && f[side] === true).map((f) => f.item));
  return (field) => {
    const section = sectionOf(field);
    if ((plan as unknown as Record<string, unknown>)[section] === undefined) return true;
    return breaksIn.has(field.item) || (cut.has(section) && !present.has(field.item));
  };
}

const sidesOf = (older: Plan, newer: Plan, fields: readonly AlignedField[]): Sides => ({
  oldBeyond: beyondExcerpt(older, fields, 'old'),
  newBeyond: beyondExcerpt(newer, fields, 'new'),
  names: printedNames(newer, older),
});

/** The kinds of change the 新旧対照表's summary counts. */
export type TaishouChange = 'added' | 'removed' | 'changed' | 'not-in-excerpt';

/** A row's kind of change as the summary counts it. */
function changeKind(field: AlignedField, sides: Sides): TaishouChange | 'same' {
  if (field.status === 'added' && sides.oldBeyond(field)) return 'not-in-excerpt';
  if (field.status === 'removed' && sides.newBeyond(field)) return 'not-in-excerpt';
  return field.status;
}

function rowsHtml(fields: AlignedField[], lang: Lang, sides: Sides, ids?: Map<AlignedField, string>): string {
  const labels: MarkLabels = {
    added: t(lang, 'taishou.added'),
    addedEnd: t(lang, 'taishou.addedEnd'),
    removed: t(lang, 'taishou.removed'),
    removedEnd: t(lang, 'taishou.removedEnd'),
  };
  /** A leaf as text in the reader's language; falls back to Japanese (marked) when either side lacks English. */
  const textOf = (field: AlignedField) => {
    // An empty table cell (null) reads as an empty text.
    const both = [field.old, field.new].filter((v): v is Leaf => v !== undefined && (v as unknown) !== null);
    const useEnglish = lang === 'en' && both.every((v) => typeof v !== 'object' || v.en);
    const one = (v: Leaf | undefined) =>
      v === undefined ? undefined : (v as unknown) === null ? '' : typeof v === 'object' ? (useEnglish ? v.en! : v.ja) : String(v);
    return { older: one(field.old), newer: one(field.new), lang: useEnglish || lang === 'ja' ? lang : ('ja' as const) };
  };
  /** A dictionary word for a key, or the key itself when the dictionary has none. */
  const word = (prefix: 'field' | 'section', key: string) => {
    const cell = /^cell\[(\d+),(\d+)\]$/.exec(key);
    if (cell) return t(lang, 'taishou.cell', { row: cell[1]!, column: cell[2]! });
    const name = key.replace(/\[.*\]$/, '');
    const full = prefix === 'field' ? `field.${name}` : `section.${name}`;
    // A part of the plan that is no section (the outline, parts) is worded as the field it is.
    return known(full) ? t(lang, full) : known(`field.${name}`) ? t(lang, `field.${name}` as 'field.parts') : key;
  };
  /** "Item — field" for a row: the item's title (or its section's name) and the field in words. */
  const label = (field: AlignedField) => {
    const fieldWords = field.field
      .split('.')
      .map((k) => word('field', k))
      .join(' › ');
    const section = field.item.split('.')[0];
    // A block without a heading of its own is named by the heading of the chapter it sits in.
    const blockId = /^statements\.blocks\.([^.]+)$/.exec(field.item)?.[1];
    const printed = field.itemTitle ?? (blockId ? sides.names?.chapter(blockId) : undefined);
    const item = printed ? pickText(printed, lang).text : word('section', section);
    const where = field.item === field.path ? word('field', field.field) : `${item} — ${fieldWords}`;
    return field.oldId ? `${where}${t(lang, 'taishou.matchedByTitle', { id: field.oldId })}` : where;
  };
  /** Codes read as words (a value's role, a kind, a unit, 以上 for gte, the sections of a part), yes/no for true/false. */
  const codeWord = (field: AlignedField, text: string | undefined, leaf: Leaf | undefined) => {
    if (text === undefined) return text;
    if (typeof leaf === 'boolean') return t(lang, leaf ? 'taishou.yes' : 'taishou.no');
    const name = field.field
      .split('.')
      .at(-1)!
      .replace(/\[.*\]$/, '');
    // A list of codes (the sections of a part) reads as the list of their words, a line each.
    if (name === 'sections')
      return text
        .split('\n')
        .map((code) => (known(`section.${code}`) ? t(lang, `section.${code}` as BrowserKey) : code))
        .join('\n');
    // The blocks a chapter holds read as their printed headings (or opening words), never their ids.
    if (name === 'blocks')
      return text
        .split('\n')
        .map((id) => {
          const printed = sides.names?.block(id);
          return printed ? pickText(printed, lang).text : t(lang, 'taishou.untitledBlock');
        })
        .join('\n');
    if (typeof leaf !== 'string') return text;
    if (name === 'unit' && UNIT_WORDS[text]) return UNIT_WORDS[text][lang];
    if (name === 'comparator')
      return (known(`comparator.${text}`) && t(lang, `comparator.${text}` as BrowserKey, { value: '', unit: '' })) || EXACTLY[lang];
    const key = CODE_WORDS[name]?.(text);
    if (key && known(key)) return t(lang, key);
    return text;
  };
  const absent = escapeHtml(t(lang, 'taishou.absent'));
  // Stacked on a phone (global.css, `.stack`), each half is labelled 新 or 旧 (stacked-table.ts).
  const sideCell = {
    new: `<td class="new" data-label="${escapeHtml(t(lang, 'taishou.newSide'))}"`,
    old: `<td class="old" data-label="${escapeHtml(t(lang, 'taishou.oldSide'))}"`,
  };
  const notInExcerpt = `<span class="not-in-excerpt">${escapeHtml(t(lang, 'taishou.notInExcerpt'))}</span>`;
  // On English pages, Japanese inside English (a title without English, a quoted name) is marked lang="ja".
  const escapeLabel = lang === 'en' ? escapeEnglishHtml : escapeHtml;
  return fields
    .map((field) => {
      const { older: o, newer: n, lang: textLang } = textOf(field);
      const [older, newer] = [codeWord(field, o, field.old), codeWord(field, n, field.new)];
      const langAttr = textLang !== lang ? ' lang="ja"' : '';
      const escape = textLang === 'en' ? escapeEnglishHtml : escapeHtml;
      const heading = `<tr><th scope="rowgroup" colspan="2" class="taishou-field">${escapeLabel(label(field))}</th></tr>`;
      const id = ids?.get(field) ? ` id="${ids.get(field)}"` : '';
      if (older === newer)
        return `<tbody class="status-same"${id}>${heading}<tr><td colspan="2"${langAttr}>${escape(newer ?? '')}</td></tr></tbody>`;
      if (changeKind(field, sides) === 'not-in-excerpt') {
        // The text is in one year; the other is an excerpt that does not reach it. Neither side is marked.
        const cell = (text: string | undefined) => (text === undefined ? notInExcerpt : escape(text));
        return `<tbody class="status-not-in-excerpt"${id}>${heading}<tr>${sideCell.new}${langAttr}>${cell(newer)}</td>${sideCell.old}${langAttr}>${cell(older)}</td></tr></tbody>`;
      }
      let newCell: string;
      let oldCell: string;
      if (older !== undefined && newer !== undefined) {
        const parts = textDiff(older, newer);
        [newCell, oldCell] = [diffSideHtml(parts, 'new', labels, escape), diffSideHtml(parts, 'old', labels, escape)];
      } else {
        newCell = newer === undefined ? absent : diffSideHtml([{ type: 'added', text: newer }], 'new', labels, escape);
        oldCell = older === undefined ? absent : diffSideHtml([{ type: 'removed', text: older }], 'old', labels, escape);
      }
      return `<tbody class="status-${field.status}"${id}>${heading}<tr>${sideCell.new}${langAttr}>${newCell}</td>${sideCell.old}${langAttr}>${oldCell}</td></tr></tbody>`;
    })
    .join('');
}

/** One table of rows in its own labelled, scrolling region. */
function tableHtml(
  id: string,
  caption: string,
  fields: AlignedField[],
  lang: Lang,
  years: { new: string; old: string },
  sides: Sides,
  ids?: Map<AlignedField, string>,
): string {
  const head = `<thead><tr><th scope="col" class="new">${escapeHtml(t(lang, 'taishou.new', { year: years.new }))}</th><th scope="col" class="old">${escapeHtml(t(lang, 'taishou.old', { year: years.old }))}</th></tr></thead>`;
  return `<div class="table-scroll" role="region" aria-labelledby="${id}-caption" tabindex="0"><table class="taishou-table stack" id="${id}"><caption id="${id}-caption">${escapeHtml(caption)}</caption>${head}${rowsHtml(fields, lang, sides, ids)}</table></div>`;
}

/**
 * The comparison of two years of one unit's plan: the switch that puts 旧 on the left, the fields that
 * changed, and (folded) those that did not. Classification codes (a statement's kind) are not text to
 * compare; `npm run diff` still reports them.
 */
export function taishouHtml(older: Plan, newer: Plan, lang: Lang, planYears?: readonly number[]): string {
  // A classification code (a statement's kind) is no text to compare, and where an excerpt breaks off
  // (breaksOff) is a fact about the source, not a change of the plan: both are left out.
  const aligned = alignPlans(older, newer);
  const sides = sidesOf(older, newer, aligned);
  const fields = aligned.filter((f) => f.field !== 'kind' && !/(^|\.)breaksOff$/.test(f.field));
  const changed = fields.filter((f) => f.status !== 'same');
  const unchanged = fields.filter((f) => f.status === 'same');
  const years = { new: yearLabel(newer.fiscalYear, lang), old: yearLabel(older.fiscalYear, lang) };
  const ids = new Map(changed.map((f, i) => [f, `taishou-row-${i + 1}`]));
  const swap = `<p class="swap"><input type="checkbox" id="swap"> <label for="swap">${escapeHtml(t(lang, 'taishou.swap'))}</label></p>`;
  const changedHtml =
    changed.length === 0
      ? `<p>${escapeHtml(t(lang, 'taishou.noChanges'))}</p>`
      : tableHtml('taishou-changed', t(lang, 'taishou.changed', { count: changed.length }), changed, lang, years, sides, ids);
  const unchangedCaption = t(lang, 'taishou.unchanged', { count: unchanged.length });
  const unchangedHtml =
    unchanged.length === 0
      ? ''
      : `<details><summary>${escapeHtml(unchangedCaption)}</summary>${tableHtml('taishou-unchanged', unchangedCaption, unchanged, lang, years, sides)}</details>`;
  return `<div class="taishou">${coverageHtml(older, newer, lang, planYears)}${glanceHtml(changed, sides, ids, lang)}${swap}${changedHtml}${unchangedHtml}</div>`;
}

/** The sections that hold a plan's own text (its outline and its statements). */
const TEXT_SECTIONS = new Set(['parts', 'statements']);

/**
 * The changes in a plan's text between two years, as one table of 新旧対照表 rows (the comparison page
 * of a unit whose plans are text only shows one per pair of years); undefined when the text is the same.
 */
export function textChangesHtml(older: Plan, newer: Plan, lang: Lang, id: string, caption: string): string | undefined {
  const aligned = alignPlans(older, newer);
  const sides = sidesOf(older, newer, aligned);
  const fields = aligned.filter(
    (f) => f.status !== 'same' && f.field !== 'kind' && !/(^|\.)breaksOff$/.test(f.field) && TEXT_SECTIONS.has(sectionOf(f)),
  );
  if (fields.length === 0) return undefined;
  const years = { new: yearLabel(newer.fiscalYear, lang), old: yearLabel(older.fiscalYear, lang) };
  return tableHtml(id, caption, fields, lang, years, sides);
}

/** The counts of the changed rows by kind, and by section with a link to the section's first row. */
export function taishouCounts(fields: AlignedField[], sides: Sides) {
  const byKind: Record<TaishouChange, number> = { added: 0, removed: 0, changed: 0, 'not-in-excerpt': 0 };
  const bySection = new Map<string, { count: number; first: AlignedField }>();
  for (const f of fields) {
    const kind = changeKind(f, sides);
    if (kind === 'same') continue;
    byKind[kind]++;
    const section = sectionOf(f);
    const s = bySection.get(section) ?? { count: 0, first: f };
    s.count++;
    bySection.set(section, s);
  }
  return { byKind, bySection };
}

/**
 * Which of the two years are excerpts and where each breaks off (the printed name nearest the mark,
 * and the source's own note), and the years between them without a plan (given the years of the unit's
 * plans); empty when there is nothing to say.
 */
export function coverageHtml(older: Plan, newer: Plan, lang: Lang, years?: readonly number[]): string {
  const escape = lang === 'en' ? escapeEnglishHtml : escapeHtml;
  const text = (v: LocalizedText) => escape(pickText(v, lang).text);
  const excerpts = excerptNotes([older, newer]).map((e) => {
    const where = e.breaks
      .map((b) =>
        b.label ? pickText(b.label, lang).text : known(`section.${b.section}`) ? t(lang, `section.${b.section}` as BrowserKey) : '',
      )
      .filter(Boolean)
      .join(lang === 'ja' ? '、' : '; ');
    return `<li>${escape(t(lang, 'taishou.excerptYear', { year: yearLabel(e.year, lang) }))}${where ? ` ${escape(t(lang, 'taishou.breaksAt', { where }))}` : ''}${e.note ? `<br><small>${text(e.note)}</small>` : ''}</li>`;
  });
  // The years of the unit's plans say which years between the two have none; without them, nothing is said.
  const between = years?.filter((y) => y >= older.fiscalYear && y <= newer.fiscalYear) ?? [];
  const gaps = yearGaps(between.length >= 2 ? between : []).map((g) =>
    g.from === g.until
      ? yearLabel(g.from, lang)
      : t(lang, 'taishou.gapRange', { from: yearLabel(g.from, lang), until: yearLabel(g.until, lang) }),
  );
  const gapLine =
    gaps.length > 0 ? [`<li class="gaps">${escape(t(lang, 'taishou.gaps', { gaps: gaps.join(lang === 'ja' ? '、' : ', ') }))}</li>`] : [];
  const items = [...excerpts, ...gapLine];
  if (items.length === 0) return '';
  return `<section class="coverage" aria-labelledby="taishou-coverage"><h2 id="taishou-coverage">${escapeHtml(t(lang, 'taishou.coverage'))}</h2><ul>${items.join('')}</ul></section>`;
}

function glanceHtml(changed: AlignedField[], sides: Sides, ids: Map<AlignedField, string>, lang: Lang): string {
  if (changed.length === 0) return '';
  const { byKind, bySection } = taishouCounts(changed, sides);
  const kinds = (Object.keys(byKind) as (keyof typeof byKind)[])
    .filter((k) => byKind[k] > 0)
    .map((k) => `<li>${escapeHtml(t(lang, `taishou.count.${k}`, { count: byKind[k] }))}</li>`)
    .join('');
  const sections = [...bySection]
    .map(([section, s]) => {
      const name = known(`section.${section}`)
        ? t(lang, `section.${section}` as BrowserKey)
        : known(`field.${section}`)
          ? t(lang, `field.${section}` as BrowserKey)
          : section;
      return `<li><a href="#${ids.get(s.first)}">${escapeHtml(t(lang, 'taishou.count.section', { section: name, count: s.count }))}</a></li>`;
    })
    .join('');
  return `<section class="glance" aria-labelledby="taishou-glance"><h2 id="taishou-glance">${escapeHtml(t(lang, 'taishou.glance'))}</h2><ul>${kinds}</ul><ul>${sections}</ul></section>`;
}
