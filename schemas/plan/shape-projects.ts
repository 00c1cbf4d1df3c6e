/** 個別事業: the plan's projects, each with its budget, measures and indicators. */
import { z } from 'astro/zod';
import { IdSchema } from '../ids.ts';
import { LocalizedProseSchema, LocalizedTextSchema } from '../localized-text.ts';
import { BreaksOffSchema } from '../breaks-off.ts';
import { TableSchema } from '../table.ts';
import { EvaluationSchema } from '../evaluation.ts';
import { IndicatorSchema } from './shape-indicators.ts';
import { YenSchema } from './shape-resources.ts';

const Text = LocalizedTextSchema;

/** 個別事業: one project, in the published priority order. */
export const ProjectSchema = z.strictObject({
  id: IdSchema.describe('事業の ID（年度をまたいで同じ） / Project id, the same across years'),
  number: z.number().int().min(1).max(999).optional().describe('文書の番号（例 1） / Number as published'),
  title: Text.describe('事業名 / Title'),
  theme: IdSchema.optional().describe('重点項目の ID（projects.themes） / Theme id, for plans that group projects'),
  divisions: z.array(IdSchema).min(1).optional().describe('担当課の ID（divisions.items） / Responsible divisions'),
  body: LocalizedProseSchema.optional().describe('本文（段落は空行で区切る） / Body text'),
  budget: z
    .strictObject({
      label: Text.describe('文書の表記（例 予算額(事業費)） / Label as published'),
      amount: YenSchema.optional().describe(
        '金額（unit の単位。抜粋で途切れた場合は省略） / Amount in the unit; left out where the excerpt breaks off',
      ),
      unit: z
        .enum(['yen', 'thousand-yen'])
        .optional()
        .describe(
          '単位（金額があれば必須。金額が空欄で単位だけ印刷されていれば単位だけ書く）: yen 円, thousand-yen 千円 / Unit, required with an amount; alone when the document prints the unit with a blank amount',
        ),
    })
    .optional()
    .describe('事業の予算額 / Budget of the project'),
  standard: Text.optional().describe('達成水準（年度末に達しているべき状態） / The level to reach by the end of the year, as published'),
  measures: z.array(Text).min(1).optional().describe('方策（①②… の記号は除く） / Measures, without the ① mark'),
  partners: z.array(Text).min(1).optional().describe('協働関係先 / Partners'),
  rationale: LocalizedProseSchema.optional().describe('目標を掲げる理由（例 組織目標を掲げるに当たって） / Why this goal, as published'),
  tables: z.array(TableSchema).min(1).optional().describe('表 / Tables'),
  indicatorsHeading: Text.optional().describe('指標の見出し（例 目標指標） / Heading of the indicators as published'),
  indicators: z.array(IndicatorSchema).min(1).optional().describe('目標指標 / Target indicators'),
  evaluation: EvaluationSchema.optional().describe('結果の評価 / Evaluation of the result'),
  breaksOff: BreaksOffSchema,
});

export const ProjectsSectionSchema = z.strictObject({
  heading: Text.optional().describe('見出し（例 個別事業とその目標） / Heading as published'),
  itemLabel: Text.optional().describe('各項目の呼び名（例 課題、主要事業） / What the document calls each item'),
  columns: z
    .strictObject({
      number: Text.optional().describe('「番号」列の見出し / Header of the number column'),
      title: Text.optional().describe('「事業名」列の見出し / Header of the title column'),
      body: Text.optional().describe('「事業概要」列の見出し / Header of the body column'),
    })
    .optional()
    .describe('表の列見出し（文書どおりにする場合） / Column headers, when the document prints a table'),
  note: Text.optional().describe('注記（例 事業は〇〇の順に掲載しています。） / Note as published'),
  themes: z
    .array(z.strictObject({ id: IdSchema.describe('ID'), title: Text.describe('重点項目 / Theme') }))
    .min(1)
    .optional()
    .describe('事業をまとめる重点項目 / Themes that group projects'),
  items: z
    .array(ProjectSchema)
    .describe(
      '事業（重点順）。空にできるのは抜粋が途切れた場合だけ / Projects in published priority order; empty only where the excerpt breaks off',
    ),
  breaksOff: BreaksOffSchema,
});

export type Project = z.infer<typeof ProjectSchema>;
