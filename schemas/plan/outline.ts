/**
 * The document's outline: its chapters and sections as printed, each with an optional heading (and
 * its numbering as printed), holding in printed order any content: a typed section of the plan (by
 * its key), a statement block of `statements` (by id), a statement block written in place
 * (paragraphs, a list, tables), or a sub-chapter. Nothing here is printed that the file does not hold.
 */
import { z } from 'astro/zod';
import { IdSchema } from '../ids.ts';
import { LocalizedTextSchema } from '../localized-text.ts';
import { SectionKeySchema } from './section-key.ts';
import { StatementSchema } from './statement.ts';

/** The parts of a plan that sit in the outline by name: its typed sections, its grading scale and its evaluation. */
export const PlaceableKeySchema = z
  .enum([...SectionKeySchema.options, 'evaluationScale', 'evaluation'])
  .describe(
    '節の名前: organisation, statements, divisions, resources, policies, indicators, projects, evaluationScale（評価の基準）, evaluation（計画全体の評価） / A typed section, placed here',
  );
export type PlaceableKey = z.infer<typeof PlaceableKeySchema>;

/** A statement block placed by its id. */
export const BlockRefSchema = z.strictObject({
  block: IdSchema.describe('statements の block の ID / Id of a statement block'),
});

/** One chapter (or section) of the document: an optional printed heading, then its content in order. */
export interface Chapter {
  heading?: z.infer<typeof LocalizedTextSchema>;
  sections?: z.infer<typeof SectionKeySchema>[];
  blocks?: string[];
  content?: ContentItem[];
}
export type ContentItem = PlaceableKey | z.infer<typeof BlockRefSchema> | z.infer<typeof StatementSchema> | Chapter;

export const ChapterSchema: z.ZodType<Chapter, unknown> = z.lazy(() =>
  z.strictObject({
    heading: LocalizedTextSchema.optional().describe(
      '文書どおりの見出し（番号も文書どおり。例 1.政策内容と目標）。見出しのない章では省略 / Heading as printed, with its numbering; left out when the document prints none',
    ),
    sections: z
      .array(SectionKeySchema)
      .min(1)
      .optional()
      .describe('この章に含まれる節（content を使わない書き方） / Sections in this chapter (the form without content)'),
    blocks: z
      .array(IdSchema)
      .min(1)
      .optional()
      .describe(
        'この章に含まれる statements の block の ID（content を使わない書き方） / Ids of statement blocks in this chapter (the form without content)',
      ),
    content: z
      .array(ContentItemSchema)
      .min(1)
      .optional()
      .describe(
        '文書の順の中身: 節の名前（例 indicators）、{ block: ID }、その場に書く段落・箇条書き・表（paragraphs, items, tables）、または下位の章（content を持つ） / The content in printed order: a section by name, { block: id }, paragraphs, a list or tables written here, or a sub-chapter (with its own content)',
      ),
  }),
);

export const ContentItemSchema: z.ZodType<ContentItem, unknown> = z.lazy(() =>
  z.union([PlaceableKeySchema, BlockRefSchema, ChapterSchema, StatementSchema]),
);
