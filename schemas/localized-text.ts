import { z } from 'astro/zod';

/**
 * The ends of a value that YAML adds and a reader never sees: the newline a block scalar (`|`) ends
 * with, and spaces, tabs and line breaks around the text. Only these are dropped; everything between
 * them, and a full-width space (U+3000) that indents a Japanese paragraph, is the document's text.
 * @example '\u3000本市は…\n'.replace(YAML_ENDS, '') → '\u3000本市は…'
 */
export const YAML_ENDS = /^[ \t\r\n]+|[ \t\r\n]+$/g;

const YAML_BLANK = /[ \t\r\n]/;

/** A text without the whitespace YAML adds at its ends (see YAML_ENDS); a text of blanks only (U+3000 too) is empty. */
export function asWritten(s: string): string {
  if (!/\S/.test(s)) return '';
  // Most texts have no such ends: no new string for them.
  return YAML_BLANK.test(s[0]!) || YAML_BLANK.test(s.at(-1)!) ? s.replace(YAML_ENDS, '') : s;
}

/** A text as written (see asWritten). */
const TextString = z.string().overwrite(asWritten).min(1);

/** Text as published (Japanese) with an optional English translation. */
export const LocalizedObjectSchema = z
  .strictObject({
    ja: TextString.describe('日本語（必須） / Japanese text as published (required)'),
    en: TextString.optional().describe('英語訳（任意） / English translation (optional)'),
  })
  .describe('日本語と英語のテキスト / Japanese text with optional English');

/**
 * A human-readable text, published exactly as written: every character, no markup. A plain string
 * means Japanese; an object gives `ja` and optionally `en`.
 * @example "総務部" → { ja: "総務部" }
 */
export const LocalizedTextSchema = z
  .union([TextString, LocalizedObjectSchema])
  .transform((value) => (typeof value === 'string' ? { ja: value } : value))
  .describe('文字列は日本語。英訳は {ja, en} で / A plain string is Japanese; use {ja, en} to add English');

/**
 * A prose field (a paragraph, a body, an assessment): text exactly as written, like any other text,
 * unless it is Markdown — the plan says `markdown: true`, or the value says `format: markdown` (the
 * form the published data uses for every Markdown text). A blank line separates paragraphs; a single
 * line break is a line break.
 */
export const LocalizedProseSchema = z
  .union([
    TextString,
    z.strictObject({
      ja: TextString.describe('日本語（必須） / Japanese text as published (required)'),
      en: TextString.optional().describe('英語訳（任意） / English translation (optional)'),
      format: z.literal('markdown').optional().describe('markdown: この文を Markdown として表示する / Show this text as Markdown'),
    }),
  ])
  .transform((value): LocalizedProse => (typeof value === 'string' ? { ja: value } : value))
  .describe(
    '文章。書いたとおりに表示（空行で段落）。Markdown にするには計画に markdown: true / Prose, shown as written (a blank line between paragraphs); markdown: true in the plan makes it Markdown',
  );

export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
export type LocalizedTextInput = z.input<typeof LocalizedTextSchema>;
/** A prose text: `format: 'markdown'` when it is Markdown, else text exactly as written. */
export type LocalizedProse = LocalizedText & { format?: 'markdown' };
