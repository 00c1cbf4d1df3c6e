/** The texts of a plan file and how each reads on the page, for the tests that check nothing is lost. */
import { renderMarkdown } from '../../src/lib/view/markdown.ts';
import type { Plan } from '../../schemas/plan/index.ts';
import { pageText } from './page-text.ts';

export const normalise = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/** Every bilingual text of a plan with its path, and whether it is Markdown (a prose text of a plan with markdown: true). */
export function texts(plan: Plan): { path: string; ja: string; en?: string; markdown: boolean }[] {
  const out: { path: string; ja: string; en?: string; markdown: boolean }[] = [];
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.ja === 'string' && Object.keys(record).every((k) => k === 'ja' || k === 'en' || k === 'format')) {
        out.push({ path, ja: record.ja, en: record.en as string | undefined, markdown: record.format === 'markdown' });
      } else for (const [k, v] of Object.entries(record)) walk(v, path ? `${path}.${k}` : k);
    }
  };
  walk(plan, '');
  return out;
}

/** As it reads on the page: Markdown rendered (other text is shown as written), whitespace and width folded. */
export async function visible(text: string, markdown: boolean): Promise<string> {
  return normalise(markdown ? pageText(await renderMarkdown(text)) : text);
}

/** The paths of the plan's texts that the page (its visible text, normalised) does not show, in `lang` (en falls back to ja). */
export async function missingTexts(plan: Plan, page: string, lang: 'ja' | 'en'): Promise<string[]> {
  const missing = [];
  for (const t of texts(plan)) if (!page.includes(await visible(lang === 'en' ? (t.en ?? t.ja) : t.ja, t.markdown))) missing.push(t.path);
  return missing;
}
