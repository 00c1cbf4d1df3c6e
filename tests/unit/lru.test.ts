import { describe, expect, it } from 'vitest';
import { Lru } from '../../src/lib/lru.ts';

describe('Lru', () => {
  it('keeps the most recently used entries up to its capacity', () => {
    const lru = new Lru<string, number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    expect(lru.get('a')).toBe(1); // a is now the most recent
    lru.set('c', 3); // b goes
    expect([lru.get('a'), lru.get('b'), lru.get('c')]).toEqual([1, undefined, 3]);
  });
  it('returns what it stores, so a lookup can fill it in one expression', () => {
    const lru = new Lru<string, object>(1);
    const value = {};
    expect(lru.get('k') ?? lru.set('k', value)).toBe(value);
    expect(lru.get('k')).toBe(value);
  });
});
