import { z } from 'astro/zod';

/** Text as published (Japanese) with an optional English translation. */
export const LocalizedObjectSchema = z
  .strictObject({
    ja: z.string().trim().min(1).describe('日本語（必須） / Japanese text as published (required)'),
    en: z.string().trim().min(1).optional().describe('英語訳（任意） / English translation (optional)'),
  })
  .describe('日本語と英語のテキスト / Japanese text with optional English');

/**
 * A human-readable text. A plain string means Japanese; an object gives `ja` and optionally `en`.
 * @example "総務部" → { ja: "総務部" }
 */
export const LocalizedTextSchema = z
  .union([z.string().trim().min(1), LocalizedObjectSchema])
  .transform((value) => (typeof value === 'string' ? { ja: value } : value))
  .describe('文字列は日本語。英訳は {ja, en} で / A plain string is Japanese; use {ja, en} to add English');

/** Markdown text (paragraphs, lists, links); sanitised when rendered. A plain string means Japanese. */
export const LocalizedMarkdownSchema = LocalizedTextSchema.describe(
  'Markdown（段落は空行で区切る）。文字列は日本語 / Markdown (blank line between paragraphs); a plain string is Japanese',
);

export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
export type LocalizedTextInput = z.input<typeof LocalizedTextSchema>;
