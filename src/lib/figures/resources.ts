/** Staff and budget figures as one number each, so a page, a CSV and a diff show the same figure. */
import type { Plan } from '../../../schemas/plan/index.ts';

export type StaffItem = NonNullable<NonNullable<Plan['resources']>['staff']>['items'][number];
export type BudgetItem = NonNullable<NonNullable<Plan['resources']>['budget']>['items'][number];
export type AmountUnit = 'yen' | 'thousand-yen';

/**
 * The number of staff of a staff figure: its `count`, else the sum of its composition.
 * @example staffTotal({ id: 'total', label: { ja: '課' }, composition: [{ label: { ja: '常勤' }, count: 7 }, { label: { ja: '嘱託' }, count: 4 }] }) → 11
 */
export function staffTotal(item: Pick<StaffItem, 'count' | 'composition'>): number | undefined {
  if (item.count !== undefined) return item.count;
  return item.composition?.reduce((sum, c) => sum + c.count, 0);
}

/** An amount in its published unit as yen. @example amountToYen(74911, 'thousand-yen') → 74911000 */
export function amountToYen(amount: number, unit: AmountUnit = 'yen'): number {
  return unit === 'thousand-yen' ? amount * 1000 : amount;
}

/** A budget figure in yen. @example budgetYen({ amount: 5, unit: 'thousand-yen' }) → 5000 */
export function budgetYen(item: Pick<BudgetItem, 'amount' | 'unit'>): number {
  return amountToYen(item.amount, item.unit);
}
