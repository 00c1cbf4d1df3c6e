import type { Plan } from '../../../schemas/plan/index.ts';
import type { LocalizedText } from '../../../schemas/localized-text.ts';
import { formatPath } from '../validate/diagnostic.ts';

/** Personal names are not translated on purpose (their readings cannot be verified). */
const NOT_TRANSLATED = [/^leaders\[\d+\]\.name$/, /^organisation\.units\[\d+\]\.(leader|leaders\[\d+\])\.name$/];

/** One translatable text of a plan, where it sits. */
export interface LocalizedField {
  /** The path as segments, e.g. ['projects', 'items', 0, 'body']. */
  segments: (string | number)[];
  /** The same path as the validator prints it, e.g. `projects.items[0].body`. */
  path: string;
  text: LocalizedText;
}

/**
 * Every translatable text of a parsed plan, in document order, personal names left out.
 * @example localizedFields(plan)[0] → { segments: ['documentType'], path: 'documentType', text: { ja: '運営方針と目標' } }
 */
export function localizedFields(plan: Plan): LocalizedField[] {
  const fields: LocalizedField[] = [];
  // One path stack, copied only for the texts found: the site and the history walk every plan.
  const segments: (string | number)[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => {
        segments.push(i);
        walk(v);
        segments.pop();
      });
    } else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      // A text: ja, en, and a prose text's format (markdown).
      if (typeof record.ja === 'string' && Object.keys(record).every((k) => k === 'ja' || k === 'en' || k === 'format')) {
        const path = formatPath(segments);
        if (!NOT_TRANSLATED.some((r) => r.test(path))) fields.push({ segments: [...segments], path, text: record as LocalizedText });
      } else {
        for (const [k, v] of Object.entries(record)) {
          segments.push(k);
          walk(v);
          segments.pop();
        }
      }
    }
  };
  walk(plan);
  return fields;
}

/**
 * The fields of a plan that have Japanese but no English, as paths.
 * @example untranslatedFields(plan) → ['projects.items[0].body', …]
 */
export function untranslatedFields(plan: Plan): string[] {
  return translationStatus(plan).missing;
}

/** How many of a plan's translatable texts have English, and which do not. */
export function translationStatus(plan: Plan): { total: number; missing: string[] } {
  const fields = localizedFields(plan);
  return { total: fields.length, missing: fields.filter((f) => !f.text.en).map((f) => f.path) };
}
