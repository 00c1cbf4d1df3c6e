/**
 * The schemas' examples are fictional. Every adopter's /data/schema/*.schema.json and every editor's
 * field help carry the descriptions, so a real person's name or telephone number from the seed plans
 * must never be one of them (the example of a leader's name once was a real 部長's). The names and
 * numbers are read from the plan files, not listed here: a new seed plan is covered when it lands.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

const filesUnder = (dir: string, ending: RegExp) =>
  readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .map((f) => f.split('\\').join('/'))
    .filter((f) => ending.test(f))
    .map((f) => join(root, dir, f));

/** Spaces (half- and full-width) differ between a document and its plan file: 伊藤 幸寛, 伊藤幸寛. */
const squeeze = (text: string) => text.replace(/[\s\u3000]+/g, '');

/** The text of a localized field, as written: a string, or { ja, en }. */
const texts = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : value && typeof value === 'object'
      ? Object.values(value).filter((v): v is string => typeof v === 'string')
      : [];

/** Leaders' names (leaders[].name, a unit's leader.name) and contact telephone numbers, anywhere in a file. */
function personalData(value: unknown, found: Set<string>): void {
  if (Array.isArray(value)) {
    for (const v of value) personalData(v, found);
    return;
  }
  if (!value || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  const leaders = [...(Array.isArray(record.leaders) ? record.leaders : []), record.leader];
  for (const leader of leaders) {
    if (leader && typeof leader === 'object') for (const name of texts((leader as Record<string, unknown>).name)) found.add(name);
  }
  const contact = record.contact;
  if (contact && typeof contact === 'object') for (const phone of texts((contact as Record<string, unknown>).phone)) found.add(phone);
  for (const v of Object.values(record)) personalData(v, found);
}

function seedPersonalData(): string[] {
  const found = new Set<string>();
  for (const file of [...filesUnder('content', /\.ya?ml$/), ...filesUnder('tests/fixtures', /\.ya?ml$/)]) {
    let data: unknown;
    try {
      data = parse(readFileSync(file, 'utf8'));
    } catch {
      continue; // The invalid fixtures include files that are not YAML at all.
    }
    personalData(data, found);
  }
  return [...found].map(squeeze).filter((s) => s.length >= 2);
}

describe('the schemas’ examples', () => {
  const names = seedPersonalData();

  it('are read against the names the seed texts print (a seed’s 部長 is among those collected)', () => {
    const seeds = filesUnder('tests/fixtures/seeds', /\.txt$/).map((f) => squeeze(readFileSync(f, 'utf8')));
    expect(seeds.length).toBeGreaterThan(0);
    expect(seeds.some((seed) => names.some((n) => seed.includes(n)))).toBe(true);
  });

  it('name no person and no telephone number of the seed plans, in the JSON Schemas or in the schema sources', () => {
    const files = [...filesUnder('schemas', /\.schema\.json$/), ...filesUnder('schemas', /\.ts$/)];
    expect(files.some((f) => f.endsWith('plan.schema.json'))).toBe(true);
    const found = files.flatMap((file) => {
      const text = squeeze(readFileSync(file, 'utf8'));
      return names.filter((n) => text.includes(n)).map((n) => `${file.slice(root.length)}: ${n}`);
    });
    expect(found).toEqual([]);
  });
});
