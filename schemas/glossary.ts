import { z } from 'astro/zod';
import { addRuleIssue, whenWellTyped } from './issue.ts';

/** One fixed translation: wherever this Japanese name appears as a department or division name, this English is used. */
export const GlossaryTermSchema = z.strictObject({
  ja: z.string().trim().min(1).describe('日本語の名称（例 総務部） / Japanese name'),
  en: z.string().trim().min(1).describe('決まった英訳（例 General Affairs Department） / The fixed English'),
  note: z.string().optional().describe('訳の根拠など / Why this translation'),
});

/** content/glossary.yaml: the fixed English of department and division names across the site. */
export const GlossarySchema = z
  .strictObject({
    terms: z.array(GlossaryTermSchema).describe('用語の一覧 / The terms'),
  })
  .superRefine((g, ctx) => {
    const seen = new Map<string, number>();
    g.terms.forEach((t, i) => {
      const first = seen.get(t.ja);
      if (first !== undefined) {
        addRuleIssue(ctx, ['terms', i, 'ja'], {
          ja: `「${t.ja}」は terms[${first}] で定義済みです。1つにまとめてください。`,
          en: `"${t.ja}" is already defined at terms[${first}]. Keep one entry.`,
        });
      } else seen.set(t.ja, i);
    });
  }, whenWellTyped);

export type Glossary = z.infer<typeof GlossarySchema>;
