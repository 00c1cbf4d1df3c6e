/**
 * Every text unit of each seed document (sentence line, list item, table cell, figure line) must
 * appear on the built Japanese page. Whitespace is ignored on both sides because PDF extraction
 * inserts spaces inside Japanese text, and NFKC folds full-width brackets and slashes.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pageText } from './page-text.ts';
import { normalise, seedUnits } from '../helpers/seed-units.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const seeds = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));

const cases = [
  { seed: '000_e26a2afc861e8363.txt', page: 'dist/ja/mitaka/soumu/2017/index.html', minUnits: 90 },
  { seed: '001_5e980901380680c1.txt', page: 'dist/ja/nakano/soumu/2021/index.html', minUnits: 60 },
];

describe('seed documents are published completely', () => {
  for (const { seed, page, minUnits } of cases) {
    it(`${seed} → ${page}`, () => {
      const units = seedUnits(readFileSync(seeds + seed, 'utf8'));
      expect(units.length).toBeGreaterThanOrEqual(minUnits);
      const text = normalise(pageText(readFileSync(root + page, 'utf8')));
      const missing = units.filter((u) => !text.includes(u));
      expect(missing).toEqual([]);
    });
  }

  it('catches a unit that is not on the page', () => {
    const text = normalise(pageText('<p>総務部長 伊藤 幸寛</p>'));
    expect(seedUnits('総務部長 伊藤 幸寛\n総務部長 一條 義治').filter((u) => !text.includes(u))).toEqual(['総務部長一條義治']);
  });
});
