/**
 * How well an imported draft matches the hand-made plan, unit by unit of the seed text:
 * - placed: the unit lands in the same field (path) of the draft as of the hand-made plan;
 * - kept: the unit's text is somewhere in the draft (any field, `unplaced` included).
 * A unit's field is the one holding it: the field equal to it, else the shortest field containing it,
 * else (a line the plan splits into fields, such as "1 title（防災課）") the field sharing its
 * longest run of characters.
 */
import { normalise } from './seed-units.ts';

interface Field {
  path: string;
  text: string;
}

/** Keys whose values are ids, codes or enum words rather than the document's text. */
const REFERENCES = new Set([
  'id',
  'municipality',
  'department',
  'division',
  'staff',
  'item',
  'minus',
  'sharesMissionWith',
  'kind',
  'completeness',
  'comparator',
  'period',
]);

/** Every text and number of a plan with its path (`ja` of a localized text, ids of divisions as their names). */
export function planFields(plan: Record<string, unknown>): Field[] {
  const divisions = new Map<string, string>();
  for (const d of (plan.divisions as { items?: { id: string; name: unknown }[] } | undefined)?.items ?? [])
    divisions.set(d.id, textOf(d.name) ?? '');
  const out: Field[] = [];
  const walk = (value: unknown, path: string, key: string) => {
    const text = textOf(value);
    if (text !== undefined) {
      if (!REFERENCES.has(key) && !(key === 'sections' && typeof value === 'string'))
        out.push({ path, text: normalise(key === 'divisions' ? (divisions.get(text) ?? text) : text) });
    } else if (typeof value === 'number') out.push({ path, text: value.toLocaleString('en-US') });
    else if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, `${path}[${i}]`, key));
    } else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) if (k !== 'en') walk(v, path ? `${path}.${k}` : k, k);
  };
  walk(plan, '', '');
  return out;
}

function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && !Array.isArray(value) && typeof (value as { ja?: unknown }).ja === 'string')
    return (value as { ja: string }).ja;
  return undefined;
}

function longestCommon(a: string, b: string): number {
  let best = 0;
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) if (a[i - 1] === b[j - 1]) best = Math.max(best, (row[j] = previous[j - 1]! + 1));
    previous = row;
  }
  return best;
}

/** The paths of the fields that hold a unit best (several when they tie). */
export function unitFields(unit: string, fields: Field[]): Set<string> {
  const equal = fields.filter((f) => f.text === unit);
  if (equal.length) return new Set(equal.map((f) => f.path));
  const containing = fields.filter((f) => f.text.includes(unit));
  if (containing.length) {
    const shortest = Math.min(...containing.map((f) => f.text.length));
    return new Set(containing.filter((f) => f.text.length === shortest).map((f) => f.path));
  }
  const scored = fields.map((f) => ({ path: f.path, score: longestCommon(unit, f.text) }));
  const best = Math.max(0, ...scored.map((s) => s.score));
  return new Set(best >= 2 ? scored.filter((s) => s.score === best).map((s) => s.path) : []);
}

/**
 * Characters a page adds around field values (人, 円, うち, 約 …), list marks, punctuation, and the
 * pipes between a copied table's cells (the page draws them as the table's cells); nothing else may be missing.
 */
const GLUE = new Set([...'()（）「」、。,/%人円約うちを含む◇◆●■○◯・•|｜']);

/**
 * Whether a unit's text is all in the draft: every character is inside an occurrence of a whole
 * field value, or of a run of at least 4 characters of one, or is glue that the page adds.
 */
export function unitKept(unit: string, fields: Field[]): boolean {
  if (fields.some((f) => f.text.includes(unit))) return true;
  const covered = new Array<boolean>(unit.length).fill(false);
  const mark = (from: number, length: number) => covered.fill(true, from, from + length);
  for (const f of fields) {
    if (!f.text) continue;
    for (let at = unit.indexOf(f.text); at >= 0; at = unit.indexOf(f.text, at + 1)) mark(at, f.text.length);
    for (let i = 0; i < unit.length; i++)
      for (let n = unit.length - i; n >= 4; n--)
        if (f.text.includes(unit.slice(i, i + n))) {
          mark(i, n);
          break;
        }
  }
  return [...unit].every((ch, i) => covered[i] || GLUE.has(ch));
}

export interface ImportMeasure {
  units: number;
  placed: number;
  kept: number;
  misplaced: { unit: string; expected: string[]; got: string[] }[];
  lost: string[];
}

/** Compares a draft with the hand-made plan over the seed's text units. */
export function measureImport(units: string[], draft: Record<string, unknown>, handMade: Record<string, unknown>): ImportMeasure {
  const draftFields = planFields(draft);
  const handFields = planFields(handMade);
  const misplaced: ImportMeasure['misplaced'] = [];
  const lost: string[] = [];
  let placed = 0;
  let kept = 0;
  for (const unit of units) {
    const expected = unitFields(unit, handFields);
    const got = unitFields(unit, draftFields);
    if ([...expected].some((p) => got.has(p))) placed++;
    else misplaced.push({ unit, expected: [...expected], got: [...got] });
    if (unitKept(unit, draftFields)) kept++;
    else lost.push(unit);
  }
  return { units: units.length, placed, kept, misplaced, lost };
}
