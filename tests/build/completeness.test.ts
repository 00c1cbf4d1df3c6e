/**
 * Nothing lost: every text of every plan file appears on its page, the Japanese on /ja/ and the
 * English (or the Japanese it falls back to) on /en/, and every figure appears as published.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validate/validate-content.ts';
import { renderMarkdown } from '../../src/lib/view/markdown.ts';
import { formatAmount, formatNumber } from '../../src/lib/view/format.ts';
import type { Plan } from '../../schemas/plan.ts';
import { pageText } from './page-text.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { content } = await validateContent(root);
const normalise = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
const isMarkdownField = (path: string) => /(\.body|\.paragraphs\[\d+\])$/.test(path);

/** Every bilingual text of a plan with its path. */
function texts(plan: Plan): { path: string; ja: string; en?: string }[] {
  const out: { path: string; ja: string; en?: string }[] = [];
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.ja === 'string' && Object.keys(record).every((k) => k === 'ja' || k === 'en')) {
        out.push({ path, ja: record.ja, en: record.en as string | undefined });
      } else for (const [k, v] of Object.entries(record)) walk(v, path ? `${path}.${k}` : k);
    }
  };
  walk(plan, '');
  return out;
}

/** As it reads on the page: Markdown rendered, whitespace and width folded. */
async function visible(text: string, path: string): Promise<string> {
  return normalise(isMarkdownField(path) ? pageText(await renderMarkdown(text)) : text);
}

describe.each(content!.plans)('$file', ({ plan }) => {
  const page = (lang: string) =>
    normalise(pageText(readFileSync(`${root}dist/${lang}/${plan.municipality}/${plan.department}/${plan.fiscalYear}/index.html`, 'utf8')));

  it('shows every Japanese text on the Japanese page', async () => {
    const ja = page('ja');
    const missing = [];
    for (const t of texts(plan)) if (!ja.includes(await visible(t.ja, t.path))) missing.push(t.path);
    expect(missing).toEqual([]);
  });

  it('shows every English text, or its Japanese fallback, on the English page', async () => {
    const en = page('en');
    const missing = [];
    for (const t of texts(plan)) if (!en.includes(await visible(t.en ?? t.ja, t.path))) missing.push(t.path);
    expect(missing).toEqual([]);
  });

  it('shows every figure as published', () => {
    for (const lang of ['ja', 'en'] as const) {
      const text = page(lang);
      for (const item of plan.resources?.budget?.items ?? []) {
        expect(text).toContain(normalise(formatAmount(item.amount, item.unit, lang)));
        for (const part of item.includes ?? []) expect(text).toContain(normalise(formatAmount(part.amount, item.unit, lang)));
      }
      for (const item of plan.resources?.staff?.items ?? []) if (item.count !== undefined) expect(text).toContain(formatNumber(item.count, lang));
      for (const p of plan.projects?.items ?? []) for (const i of p.indicators ?? []) if (i.target) expect(text).toContain(formatNumber(i.target.value, lang));
    }
  });
});
