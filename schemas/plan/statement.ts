/** A block of statements: paragraphs, a list or tables, with an optional printed heading and an optional kind. */
import { z } from 'astro/zod';
import { IdSchema } from '../ids.ts';
import { LocalizedProseSchema, LocalizedTextSchema } from '../localized-text.ts';
import { BreaksOffSchema } from '../breaks-off.ts';
import { TableSchema } from '../table.ts';
import { EvaluationSchema } from '../evaluation.ts';

const Text = LocalizedTextSchema;

/** A block of statements: the department's mission, vision, operating policy, overview … */
export const StatementSchema = z.strictObject({
  id: IdSchema.optional().describe('年度をまたいで対応づける ID（任意） / Optional id to match across years'),
  kind: z
    .enum([
      'mission',
      'vision',
      'policy',
      'overview',
      'roles',
      'goals',
      'basic-goal',
      'aspiration',
      'stance',
      'catchphrase',
      'introduction',
      'other',
    ])
    .optional()
    .describe(
      'ブロックの意味（比較とオープンデータに使う。ページには表示しない）: mission 使命, vision ビジョン, policy 運営方針, overview 概要, roles 各課の役割, goals 目標, basic-goal 基本目標, aspiration 抱負, stance 基本姿勢, catchphrase キャッチフレーズ, introduction 紹介, other その他 / What the block is, for comparisons and open data; never printed',
    ),
  heading: Text.optional().describe(
    '文書どおりの見出し（例 部の使命・目標）。見出しのないブロックでは省略 / Heading as printed; left out when the document prints none',
  ),
  paragraphs: z.array(LocalizedProseSchema).min(1).optional().describe('段落 / Paragraphs'),
  items: z.array(Text).min(1).optional().describe('箇条書きの項目（◇・○ などの記号は除く） / List items, without the ◇ or ○ mark'),
  tables: z.array(TableSchema).min(1).optional().describe('表 / Tables'),
  evaluation: EvaluationSchema.optional().describe('この目標の結果の評価 / Evaluation of this goal'),
  breaksOff: BreaksOffSchema,
});
