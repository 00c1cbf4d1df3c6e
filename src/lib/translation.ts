import type { Plan } from '../../schemas/plan.ts';
import { formatPath } from './validate/diagnostic.ts';

/** Personal names are not translated on purpose (their readings cannot be verified). */
const NOT_TRANSLATED = [/^leaders\[\d+\]\.name$/];

/**
 * The fields of a plan that have Japanese but no English, as paths.
 * @example untranslatedFields(plan) → ['projects.items[0].body', …]
 */
export function untranslatedFields(plan: Plan): string[] {
  return translationStatus(plan).missing;
}

/** How many of a plan's translatable texts have English, and which do not. */
export function translationStatus(plan: Plan): { total: number; missing: string[] } {
  const missing: string[] = [];
  let total = 0;
  const walk = (value: unknown, path: PropertyKey[]) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.ja === 'string' && Object.keys(record).every((k) => k === 'ja' || k === 'en')) {
        const field = formatPath(path);
        if (NOT_TRANSLATED.some((r) => r.test(field))) return;
        total++;
        if (!record.en) missing.push(field);
      } else for (const [k, v] of Object.entries(record)) walk(v, [...path, k]);
    }
  };
  walk(plan, []);
  return { total, missing };
}
