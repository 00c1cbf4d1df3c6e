/**
 * The site prints inside a plan's document only what the file holds: on every plan page of every site
 * (the demo and each fixture), every heading (h2–h6) inside the element marked data-plan-body reads as
 * the file's own text. A heading may join several texts of the file (a project's number, title and
 * divisions) with spaces and the punctuation that joins them, but has no word of the site's own.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validate/validate-content.ts';
import { projectRoot } from '../helpers/pages.ts';
import { allSites, siteContentDir } from '../helpers/sites.ts';
import { normalise } from './plan-texts.ts';
import { headingTexts, planBody } from './plan-body.ts';

/** Every string and number of a value, normalised. */
function strings(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') out.add(normalise(value));
  else if (typeof value === 'number') out.add(String(value));
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out));
  return out;
}

/** What may join the file's texts inside one heading: brackets, commas, the middle dot. */
const JOINERS = new Set([...'()（）、,・:：']);

/** Whether `heading` is made of the texts of `pieces` (and joiners) only, every character of it. */
export function madeOf(heading: string, pieces: Set<string>): boolean {
  const list = [...pieces].filter(Boolean);
  const reach = new Array<boolean>(heading.length + 1).fill(false);
  reach[0] = true;
  for (let i = 0; i < heading.length; i++) {
    if (!reach[i]) continue;
    if (JOINERS.has(heading[i]!)) reach[i + 1] = true;
    for (const p of list) if (heading.startsWith(p, i)) reach[i + p.length] = true;
  }
  return reach[heading.length]!;
}

describe('madeOf', () => {
  it('takes a heading joined from the file and refuses a word of the site', () => {
    expect(madeOf('1政策内容と目標', new Set(['1', '政策内容と目標']))).toBe(true);
    expect(madeOf('1防災(防災課、総務課)', new Set(['1', '防災', '防災課', '総務課']))).toBe(true);
    expect(madeOf('その他', new Set(['1', '政策内容と目標']))).toBe(false);
    expect(madeOf('2.1.政策内容と目標', new Set(['1.政策内容と目標']))).toBe(false);
  });
});

const sites = await allSites();
let checked = 0;

describe.each(sites)('the $name site', ({ name, dir }) => {
  it('heads nothing inside a plan body with words the file does not hold', async () => {
    const { content, diagnostics } = await validateContent(projectRoot, { contentDir: siteContentDir(name) });
    if (!content) {
      // A site built to fail (a fixture of invalid content) has no plan pages to check.
      expect(diagnostics.length).toBeGreaterThan(0);
      return;
    }
    const glossary = strings(content.glossary);
    const bad: string[] = [];
    for (const { plan } of content.plans) {
      const own = strings(plan);
      for (const lang of ['ja', 'en'] as const) {
        const html = readFileSync(`${dir}/${lang}/${plan.municipality}/${plan.department}/${plan.fiscalYear}/index.html`, 'utf8');
        const body = planBody(html);
        expect(body, `${lang} ${plan.municipality}/${plan.department}/${plan.fiscalYear}`).toBeDefined();
        // English pages name divisions as the glossary does.
        const pieces = lang === 'ja' ? own : new Set([...own, ...glossary]);
        for (const heading of headingTexts(body!)) {
          checked++;
          if (!madeOf(heading, pieces)) bad.push(`${lang}/${plan.municipality}/${plan.department}/${plan.fiscalYear}: ${heading}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });
});

it('has checked headings at all', () => {
  expect(checked).toBeGreaterThan(20);
});
