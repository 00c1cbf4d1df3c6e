/**
 * Which translations are out of date: for each text of a plan, the last version of the file in which
 * its Japanese changed and the last in which its English changed. English older than its Japanese is
 * "stale". Pure: the versions come from git (src/lib/git/file-history.ts, through report.ts) or from a test.
 */
import { readYamlValue } from '../content-tree/read.ts';
import { readMarkdownPlan } from '../content-tree/read-markdown.ts';

/** The first line of a plan written as a document: its frontmatter's ---. */
const MARKDOWN_PLAN = /^\uFEFF?---\r?\n/;
import type { Plan } from '../../../schemas/plan/index.ts';
import { localizedFields } from './coverage.ts';

/** One version of a plan file: where it comes from (a commit, the working tree) and its YAML data. */
export interface FileVersion<R> {
  revision: R;
  /** The file read leniently (see `readVersion`); undefined when that version could not be read. */
  data: unknown;
}

/** When a text last changed, in each language. */
export interface FieldChanges<R> {
  path: string;
  /** The version in which the Japanese last changed (or appeared); undefined if no version had it. */
  ja?: R;
  /** The version in which the English last changed, appeared or disappeared; undefined if never. */
  en?: R;
}

/** A text whose Japanese changed after its English last did. */
export interface StaleField<R> {
  path: string;
  /** The version in which the Japanese last changed. */
  ja: R;
  /** The version in which the English last changed. */
  en: R;
}

export interface TranslationHistory<R> {
  /** Translatable texts in the plan (personal names left out). */
  total: number;
  /** Texts without English, as paths (`projects.items[0].body`). */
  missing: string[];
  /** Texts with English whose Japanese changed in a later version than the English. */
  stale: StaleField<R>[];
}

/**
 * Reads an old version of a file as plain YAML data (as the validator reads YAML, see readYamlValue),
 * not through today's schema, which it may predate. Undefined when it is not YAML at all.
 * @example readVersion('title: 計画') → { title: '計画' }
 */
export function readVersion(text: string): unknown {
  try {
    // A plan written as a document (<year>.md) starts with its frontmatter; a YAML file never does.
    if (MARKDOWN_PLAN.test(text)) return readMarkdownPlan(text.replace(/^\uFEFF/, '')).data;
    return readYamlValue(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}

/** A line break before a top-level key: where one section of a plan file ends and the next begins. */
const SECTION = /\n(?=[A-Za-z_][\w-]*:(?:\s|$))/;
/**
 * What makes a file unsafe to read section by section: anchors and aliases (also right after a colon,
 * `{"k":&a …}`, so that the limits of readYamlValue apply to the whole file), directives, several documents.
 */
const ANCHOR_OR_ALIAS = /(?:^|[\s[{,:])[&*][^\s,\]}]/m;
const DOCUMENT_MARKER = /^(?:%|---|\.\.\.)/m;
/** Plain substring searches first: they are much faster than the patterns, which they rarely let through. */
const wholeOnly = (text: string) =>
  ((text.includes('&') || text.includes('*')) && ANCHOR_OR_ALIAS.test(text)) ||
  ((/^[%.-]/.test(text) || text.includes('\n%') || text.includes('\n---') || text.includes('\n...')) && DOCUMENT_MARKER.test(text));

/**
 * `readVersion` for the successive versions of one file. Consecutive versions differ in a few sections
 * (projects, statements …), so each top-level section is parsed once per distinct text and shared
 * between the versions that have it: about half the time of whole reads on a generated 1,000-plan
 * history. Anything unusual (anchors, directives, a section that does not parse alone) is read whole.
 */
export function versionReader(): (text: string) => unknown {
  const parsed = new Map<string, unknown>();
  const parse = (chunk: string) => {
    if (!parsed.has(chunk)) parsed.set(chunk, readYamlValue(chunk));
    return parsed.get(chunk);
  };
  return (raw) => {
    const text = raw.replace(/^\uFEFF/, '');
    if (wholeOnly(text)) return readVersion(text);
    const chunks = text.split(SECTION);
    try {
      const data: Record<string, unknown> = {};
      let sections = 0;
      for (const chunk of chunks) {
        const part = parse(chunk);
        if (part === null || part === undefined) continue;
        if (!isRecord(part) || Object.keys(part).some((k) => Object.hasOwn(data, k))) return readVersion(text);
        Object.assign(data, part);
        sections++;
      }
      // Nothing but comments (or nothing at all) reads as YAML's empty document, not as an empty mapping.
      return sections ? data : readVersion(text);
    } catch {
      return readVersion(text);
    }
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const idOf = (v: unknown) => (isRecord(v) && typeof v.id === 'string' ? v.id : undefined);
/** Schema strings are trimmed, so whitespace around a text is not a change; an empty text is no text. */
const clean = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/**
 * The text at a field of the current plan in an older version's data. List items with an `id` are
 * found by id, so inserting or reordering items does not make the ones after them look changed; other
 * list items by position. A plain string is Japanese only.
 */
function textIn(data: unknown, plan: unknown, segments: readonly (string | number)[]): { ja?: string; en?: string } {
  let old = data;
  let current = plan;
  for (const segment of segments) {
    if (typeof segment === 'number') {
      if (!Array.isArray(old) || !Array.isArray(current)) return {};
      const id = idOf(current[segment]);
      old = id === undefined ? old[segment] : old.find((item) => idOf(item) === id);
      current = current[segment];
    } else {
      if (!isRecord(old) || !isRecord(current) || !Object.hasOwn(old, segment)) return {};
      old = old[segment];
      current = current[segment];
    }
  }
  if (typeof old === 'string') return { ja: clean(old) };
  if (isRecord(old)) return { ja: clean(old.ja), en: clean(old.en) };
  return {};
}

interface Tracked {
  path: string;
  hasEnglish: boolean;
  /** Indexes into the versions; -1 when never. */
  ja: number;
  en: number;
  /** Whether the newest readable version writes the English itself (rather than the glossary supplying it). */
  enInFile: boolean;
}

function track(plan: Plan, versions: readonly FileVersion<unknown>[]): Tracked[] {
  return localizedFields(plan).map(({ segments, path, text }) => {
    const tracked: Tracked = { path, hasEnglish: Boolean(text.en), ja: -1, en: -1, enInFile: false };
    let previous: { ja?: string; en?: string } = {};
    let previousData: unknown;
    const section = segments[0]!;
    versions.forEach((version, i) => {
      if (version.data === undefined) return;
      // versionReader shares unchanged sections between versions: the same object means the same texts.
      const same =
        isRecord(previousData) &&
        isRecord(version.data) &&
        Object.hasOwn(previousData, section) &&
        previousData[section] === version.data[section];
      previousData = version.data;
      if (same) return;
      const now = textIn(version.data, plan, segments);
      if (now.ja !== previous.ja) tracked.ja = i;
      if (now.en !== previous.en) tracked.en = i;
      tracked.enInFile = now.en !== undefined;
      previous = now;
    });
    return tracked;
  });
}

/**
 * For each text of `plan`, the version in which its Japanese and its English last changed.
 * `versions` run oldest to newest and the newest is the file `plan` was read from.
 */
export function fieldChanges<R>(plan: Plan, versions: readonly FileVersion<R>[]): FieldChanges<R>[] {
  return track(plan, versions).map(({ path, ja, en }) => ({
    path,
    ...(ja >= 0 ? { ja: versions[ja]!.revision } : {}),
    ...(en >= 0 ? { en: versions[en]!.revision } : {}),
  }));
}

/**
 * Texts without English, and texts whose English is older than their Japanese: the Japanese changed
 * in a version strictly after the one where the English last changed. A version that changes both is
 * a translated edit, not a stale one; English added after the Japanese is up to date. English that the
 * glossary supplies (department and division names) follows its Japanese by itself, so is never stale.
 * Without versions (no git history) nothing is stale.
 * @example translationHistory(plan, [{ revision: 'v1', data: { title: { ja: 'A', en: 'A' } } }, { revision: 'v2', data: { title: { ja: 'B', en: 'A' } } }]).stale → [{ path: 'title', ja: 'v2', en: 'v1' }]
 */
export function translationHistory<R>(plan: Plan, versions: readonly FileVersion<R>[]): TranslationHistory<R> {
  const tracked = track(plan, versions);
  return {
    total: tracked.length,
    missing: tracked.filter((f) => !f.hasEnglish).map((f) => f.path),
    stale: tracked
      .filter((f) => f.hasEnglish && f.enInFile && f.en >= 0 && f.ja > f.en)
      .map((f) => ({ path: f.path, ja: versions[f.ja]!.revision, en: versions[f.en]!.revision })),
  };
}
