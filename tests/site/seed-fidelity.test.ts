/**
 * The demo site publishes each seed document completely: every text unit of the seed (sentence line,
 * list item, table cell, figure line) appears on the built Japanese page of the plan written from it.
 * Whitespace is ignored on both sides because PDF extraction inserts spaces inside Japanese text, and
 * NFKC folds full-width brackets and slashes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageText } from './page-text.ts';
import { normalise, readSeed, SEEDS, seedUnits } from '../helpers/seed-units.ts';
import { site } from '../helpers/sites.ts';

const distDir = await site('demo');

const minUnits: Record<string, number> = { mitaka: 90, nakano: 60 };

describe('seed documents are published completely', () => {
  for (const seed of SEEDS) {
    const page = `ja/${seed.municipality}/${seed.department}/${seed.year}/index.html`;
    it(`${seed.seed} → dist/${page}`, () => {
      const units = seedUnits(readSeed(seed));
      expect(units.length).toBeGreaterThanOrEqual(minUnits[seed.municipality]!);
      const text = normalise(pageText(readFileSync(join(distDir, page), 'utf8')));
      const missing = units.filter((u) => !text.includes(u));
      expect(missing).toEqual([]);
    });
  }

  it('catches a unit that is not on the page', () => {
    const text = normalise(pageText('<p>総務部長 伊藤 幸寛</p>'));
    expect(seedUnits('総務部長 伊藤 幸寛\n総務部長 一條 義治').filter((u) => !text.includes(u))).toEqual(['総務部長一條義治']);
  });
});
