/**
 * The two seed documents (tests/fixtures/seeds/: the published texts of two real plans, see its
 * README) and their text units (sentence line, list item, table cell, figure line), the unit of the
 * fidelity checks: the built site must show every one, and `npm run import` must keep every one.
 * Whitespace is ignored because PDF extraction inserts spaces inside Japanese text, and NFKC folds
 * full-width brackets and slashes.
 */
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { projectRoot } from './pages.ts';

export const seedsDir = join(projectRoot, 'tests/fixtures/seeds');

/** Each seed with the plan of the demo site that was written by hand from it. */
export const SEEDS = [
  { seed: '000_e26a2afc861e8363.txt', municipality: 'mitaka', department: 'soumu', year: 2017 },
  { seed: '001_5e980901380680c1.txt', municipality: 'nakano', department: 'soumu', year: 2021 },
] as const;
export type Seed = (typeof SEEDS)[number];

/** The seed text, as published. */
export const readSeed = (seed: Seed | string) => readFileSync(seedPath(seed), 'utf8');
export const seedPath = (seed: Seed | string) => join(seedsDir, typeof seed === 'string' ? seed : seed.seed);

/**
 * Writes into `content` a site of the seeds' departments as the demo site (content/) has them: its
 * glossary, each seed's municipality and department files and, with `plans`, the plan written by hand
 * from each seed. Nothing else of the demo site, so its other plans cannot change a test.
 */
export function writeSeedSite(content: string, { plans }: { plans: boolean }): void {
  const demo = join(projectRoot, 'content');
  const files = [
    'glossary.yaml',
    ...SEEDS.flatMap((s) => [
      `${s.municipality}/municipality.yaml`,
      `${s.municipality}/${s.department}/department.yaml`,
      ...(plans ? [`${s.municipality}/${s.department}/${s.year}.yaml`] : []),
    ]),
  ];
  for (const file of files) {
    mkdirSync(dirname(join(content, file)), { recursive: true });
    cpSync(join(demo, file), join(content, file));
  }
}

export const normalise = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/** Splits seed text into units: lines, tab-separated cells, and the <li>/<p> items inside cells. */
export function seedUnits(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line) => line.split('\t'))
    .flatMap((cell) => (/<li|<p/.test(cell) ? [...cell.matchAll(/<(li|p)\b[^>]*>(.*?)<\/\1>/g)].map((m) => m[2]) : [cell]))
    .map((unit) =>
      unit
        .replace(/<[^>]+>/g, '')
        .replace(/^[\s-]*/, '')
        .replace(/^[◇・○]\s*/, ''),
    )
    .map(normalise)
    .filter(Boolean);
}
