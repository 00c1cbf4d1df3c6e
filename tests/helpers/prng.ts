/**
 * A small seeded pseudo-random generator for deterministic fuzzing: the same seed gives the same
 * sequence on every machine, so a failing case can be replayed from its seed and case number.
 */

import { prng } from '../../scripts/lib/generate-plans.ts';

/** mulberry32, the same generator the benchmark's plan generator uses. */
export const mulberry32 = prng;

/** A seed for one case of a run, so any case can be replayed on its own. */
export function caseSeed(runSeed: number, caseNumber: number): number {
  // Mix the two with a multiplicative hash so neighbouring cases get unrelated sequences.
  let h = (runSeed ^ Math.imul(caseNumber + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** Helpers over one generator. */
export class Random {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  /** An integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.int(items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}
