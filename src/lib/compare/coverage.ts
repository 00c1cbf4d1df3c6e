/**
 * What a comparison must say about its years before it compares them: which plans are excerpts and
 * where each breaks off, and which fiscal years between two plans have no plan at all (gaps), so that
 * columns never look consecutive when they are not.
 */
import type { Plan } from '../../../schemas/plan/index.ts';
import type { LocalizedText } from '../../../schemas/localized-text.ts';

/** A column of a year-by-year table: a year with a plan, or the run of years between two plans that have none. */
export type YearColumn = { year: number } | { gap: { from: number; until: number } };

/**
 * The years with plans, in order, with a gap column wherever years are skipped.
 * @example yearColumns([2013, 2014, 2015, 2019]) → [{year:2013},{year:2014},{year:2015},{gap:{from:2016,until:2018}},{year:2019}]
 */
export function yearColumns(years: readonly number[]): YearColumn[] {
  const sorted = [...years].sort((a, b) => a - b);
  const out: YearColumn[] = [];
  sorted.forEach((year, i) => {
    const previous = sorted[i - 1];
    if (previous !== undefined && year - previous > 1) out.push({ gap: { from: previous + 1, until: year - 1 } });
    out.push({ year });
  });
  return out;
}

/** The runs of fiscal years without a plan between the given years. @example yearGaps([2017, 2025]) → [{from:2018,until:2024}] */
export function yearGaps(years: readonly number[]): { from: number; until: number }[] {
  return yearColumns(years).flatMap((c) => ('gap' in c ? [c.gap] : []));
}

/** Where an excerpt breaks off: the printed heading, title or label nearest the mark, and the top-level part it is in. */
export interface BreakPoint {
  /** The plan's top-level field (statements, projects, indicators …). */
  section: string;
  /** The nearest printed name around the mark, from the file. */
  label?: LocalizedText;
}

export interface ExcerptNote {
  year: number;
  breaks: BreakPoint[];
  /** The source's own note on what the excerpt covers, when the file gives one. */
  note?: LocalizedText;
}

const isText = (v: unknown): v is LocalizedText => typeof v === 'string' || (typeof v === 'object' && v !== null && 'ja' in v);
const NAME_FIELDS = ['heading', 'title', 'label', 'name'] as const;
const nameOf = (o: Record<string, unknown>): LocalizedText | undefined => {
  for (const f of NAME_FIELDS) if (isText(o[f])) return o[f];
  return undefined;
};

/**
 * Every `breaksOff: true` in a plan, in document order, each with the nearest printed name (the marked
 * item's own title or label, else its section's heading).
 */
export function breakPoints(plan: Plan): BreakPoint[] {
  const out: BreakPoint[] = [];
  const visit = (value: unknown, section: string, label: LocalizedText | undefined) => {
    if (Array.isArray(value)) {
      value.forEach((v) => visit(v, section, label));
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const o = value as Record<string, unknown>;
    const here = nameOf(o) ?? label;
    if (o.breaksOff === true) out.push({ section, ...(here ? { label: here } : {}) });
    for (const [k, v] of Object.entries(o)) if (k !== 'source' && typeof v === 'object') visit(v, section, here);
  };
  for (const [section, value] of Object.entries(plan)) if (section !== 'source') visit(value, section, undefined);
  return out;
}

/** The plans that are excerpts (source.completeness: excerpt), oldest first, with where each breaks off. */
export function excerptNotes(plans: readonly Plan[]): ExcerptNote[] {
  return [...plans]
    .filter((p) => p.source.completeness === 'excerpt')
    .sort((a, b) => a.fiscalYear - b.fiscalYear)
    .map((p) => ({ year: p.fiscalYear, breaks: breakPoints(p), ...(p.source.note ? { note: p.source.note } : {}) }));
}
