/**
 * Nothing lost: every text of every plan file appears on its page, the Japanese on /ja/ and the
 * English (or the Japanese it falls back to) on /en/, and every figure appears as published.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validate/validate-content.ts';
import { formatAmount, formatNumber } from '../../src/lib/view/format.ts';
import { pageText } from './page-text.ts';
import { normalise, texts, visible } from './plan-texts.ts';
import { site } from '../helpers/sites.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { content } = await validateContent(root);
const dist = await site('demo');

describe.each(content!.plans)('$file', ({ plan }) => {
  const page = (lang: string) =>
    normalise(pageText(readFileSync(`${dist}/${lang}/${plan.municipality}/${plan.department}/${plan.fiscalYear}/index.html`, 'utf8')));

  it('shows every Japanese text on the Japanese page', async () => {
    const ja = page('ja');
    const missing = [];
    for (const t of texts(plan)) if (!ja.includes(await visible(t.ja, t.markdown))) missing.push(t.path);
    expect(missing).toEqual([]);
  });

  it('shows every English text, or its Japanese fallback, on the English page', async () => {
    const en = page('en');
    const missing = [];
    for (const t of texts(plan)) if (!en.includes(await visible(t.en ?? t.ja, t.markdown))) missing.push(t.path);
    expect(missing).toEqual([]);
  });

  it('shows every figure as published', () => {
    for (const lang of ['ja', 'en'] as const) {
      const text = page(lang);
      for (const item of plan.resources?.budget?.items ?? []) {
        expect(text).toContain(normalise(formatAmount(item.amount, item.unit, lang)));
        for (const part of item.includes ?? []) expect(text).toContain(normalise(formatAmount(part.amount, item.unit, lang)));
      }
      for (const item of plan.resources?.staff?.items ?? [])
        if (item.count !== undefined) expect(text).toContain(formatNumber(item.count, lang));
      for (const p of plan.projects?.items ?? [])
        for (const i of p.indicators ?? []) if (i.target) expect(text).toContain(formatNumber(i.target.value, lang));
    }
  });
});
