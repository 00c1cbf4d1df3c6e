/** The orders of published lists: by code point, so every machine writes the same bytes. */
import type { Plan } from '../../../schemas/plan/index.ts';

/** Code-point order of two strings (or numbers), whatever the machine's locale. */
export const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

/** Plans by municipality, department and fiscal year (code-point order, so every machine agrees). */
export function sortPlans<T extends Plan>(plans: readonly T[]): T[];
export function sortPlans<T>(plans: readonly T[], plan: (item: T) => Plan): T[];
export function sortPlans<T>(plans: readonly T[], plan: (item: T) => Plan = (x) => x as unknown as Plan): T[] {
  return [...plans].sort((x, y) => {
    const a = plan(x);
    const b = plan(y);
    return compare(a.municipality, b.municipality) || compare(a.department, b.department) || a.fiscalYear - b.fiscalYear;
  });
}
