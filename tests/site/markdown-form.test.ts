/**
 * A plan written as a document (.md) and the same plan written as YAML build to the same page body and
 * the same open data: the fictional pair of tests/fixtures/markdown-form, which differ only in their unit.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { site } from '../helpers/sites.ts';
import { planBody } from './plan-body.ts';

const out = await site('markdown-form');
const page = (lang: string, unit: string) => readFileSync(join(out, lang, 'kakuu', unit, '2024', 'index.html'), 'utf8');

describe.each(['ja', 'en'])('the %s pages', (lang) => {
  it('have the same document body, whichever form the clerk chose', () => {
    const md = planBody(page(lang, 'kikaku-md'));
    expect(md).toBeDefined();
    expect(md).toContain('4.評価');
    expect(md).toEqual(planBody(page(lang, 'kikaku-yaml')));
  });
});

describe('the open data', () => {
  it('is the same plan JSON but for the unit', () => {
    const json = (unit: string) => JSON.parse(readFileSync(join(out, 'data/kakuu', unit, '2024.json'), 'utf8')) as Record<string, unknown>;
    expect({ ...json('kikaku-md'), department: '' }).toEqual({ ...json('kikaku-yaml'), department: '' });
  });

  it('has the same indicator rows in the CSV but for the unit', () => {
    const rows = readFileSync(join(out, 'data/indicators.csv'), 'utf8').split(/\r?\n/);
    const of = (unit: string) => rows.filter((r) => r.includes(`,${unit},`)).map((r) => r.replace(`,${unit},`, ',unit,'));
    expect(of('kikaku-md').length).toBeGreaterThan(0);
    expect(of('kikaku-md')).toEqual(of('kikaku-yaml'));
  });
});
