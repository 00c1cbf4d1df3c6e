/** The texts of a plan file and how each reads on the page, for the tests that check nothing is lost. */
import { renderMarkdown } from '../../src/lib/view/markdown.ts';
import type { Plan } from '../../schemas/plan/index.ts';
import { pageText } from './page-text.ts';

export const normalise = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/** Fields written in Markdown: bodies, paragraphs, a project's rationale, an assessment's text. */
const isMarkdownField = (path: string) =>
  /(\.body|\.paragraphs\[\d+\]|projects\.items\[\d+\]\.rationale|\.assessments\[\d+\]\.text)$/.test(path);

/** Every bilingual text of a plan with its path. */
export function texts(plan: Plan): { path: string; ja: string; en?: string }[] {
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
export async function visible(text: string, path: string): Promise<string> {
  return normalise(isMarkdownField(path) ? pageText(await renderMarkdown(text)) : text);
}

/** The paths of the plan's texts that the page (its visible text, normalised) does not show, in `lang` (en falls back to ja). */
export async function missingTexts(plan: Plan, page: string, lang: 'ja' | 'en'): Promise<string[]> {
  const missing = [];
  for (const t of texts(plan)) if (!page.includes(await visible(lang === 'en' ? (t.en ?? t.ja) : t.ja, t.path))) missing.push(t.path);
  return missing;
}
