/** 目標指標・測定指標: indicators, their targets and the values of their rows. */
import { z } from 'astro/zod';
import { FiscalYearSchema } from '../fiscal-year.ts';
import { IdSchema, IsoDateSchema } from '../ids.ts';
import { LocalizedTextSchema } from '../localized-text.ts';
import { BreaksOffSchema } from '../breaks-off.ts';
import { EvaluationSchema } from '../evaluation.ts';

const Text = LocalizedTextSchema;

/** A numeric amount with its unit, as stated in the text. */
export const MeasureSchema = z.strictObject({
  value: z.number().min(-1e15).max(1e15).optional().describe('数値 / Number'),
  unit: Text.optional().describe('単位（例 回、か所、台） / Unit'),
  text: Text.optional().describe('数値で表せない場合の記述 / Text when it is not a number'),
  asOf: IsoDateSchema.optional().describe('時点 / Date'),
});

/** How an actual compares to a stated value: 以上, 以下 … */
const ComparatorSchema = z
  .enum(['eq', 'gte', 'lte', 'gt', 'lt'])
  .describe('eq ちょうど, gte 以上, lte 以下, gt 超, lt 未満 / How the actual compares to the value');

/** The structured target of an indicator, such as 年間80回以上 or 合計11台. */
export const TargetSchema = z.strictObject({
  value: z.number().min(0).max(1e15).describe('目標値（例 80） / Target value'),
  unit: Text.describe('単位（例 回） / Unit'),
  comparator: ComparatorSchema.default('eq'),
  period: z.enum(['per-year', 'total']).optional().describe('per-year 年間, total 合計・累計 / Per year or in total'),
  breakdown: z
    .array(z.strictObject({ label: Text.describe('内訳の名称 / Label'), value: z.number().min(0).max(1e15).describe('数値 / Value') }))
    .min(1)
    .optional()
    .describe('内訳（合計が value と一致すること） / Parts that add up to value'),
  note: Text.optional().describe('補足（例 1地区3枚） / Remarks'),
});

export const INDICATOR_VALUE_ROLES = ['baseline', 'initial', 'target', 'actual', 'long-term-target', 'other'] as const;

/** One value in an indicator's row, such as 年度当初値 12.3% (〇年度当初) or 今年度目標値 「全地区で〇〇を実施する」. */
export const IndicatorValueSchema = z.strictObject({
  role: z
    .enum(INDICATOR_VALUE_ROLES)
    .describe(
      'baseline 基準値, initial 年度当初値（現状値）, target 目標値, actual 実績値, long-term-target 長期的目標値, other その他（label に列名） / Role of the value',
    ),
  label: Text.optional().describe('文書の列名（例 今年度目標値） / Column label as published'),
  at: Text.optional().describe('文書どおりの時点（例 〇年度末） / Point in time as published'),
  asOf: IsoDateSchema.optional().describe('時点の日付（分かる場合） / Date of the value, when known'),
  fiscalYear: FiscalYearSchema.optional().describe('時点の年度（分かる場合） / Fiscal year of the value, when known'),
  value: z.number().min(-1e15).max(1e15).optional().describe('数値（例 12.3） / Number'),
  unit: Text.optional().describe('単位（例 %、回） / Unit'),
  comparator: ComparatorSchema.optional(),
  text: Text.optional().describe('数値でない値（例 全地区で〇〇を実施する） / A value that is not a number, as published'),
});

/** 目標指標・測定指標: one indicator. Without `target` or a target value it is a milestone. */
export const IndicatorSchema = z.strictObject({
  id: IdSchema.describe('指標の ID（年度をまたいで同じ） / Indicator id, the same across years'),
  number: z.number().int().min(1).max(999).optional().describe('文書の番号（例 指標1 の 1） / Number as published'),
  label: Text.optional().describe(
    '指標の文言・指標名（文書どおり、・は除く。文書にない場合は省略） / Indicator text as published, without the ・ mark; left out when the document gives none',
  ),
  classification: Text.optional().describe('指標の分類（例 成果指標、活動指標） / Classification as published'),
  target: TargetSchema.optional().describe('数値目標（文言に数値がある場合） / Numeric target, when the text gives one'),
  baseline: MeasureSchema.optional().describe('基準値 / Baseline'),
  actual: MeasureSchema.optional().describe('実績値 / Actual'),
  longTermTarget: MeasureSchema.optional().describe('長期的目標値 / Long-term target'),
  values: z
    .array(IndicatorValueSchema)
    .min(1)
    .optional()
    .describe("文書の表の値（基準値・年度当初値・目標値・実績値…）を順に / The values of the indicator's row as published, in order"),
  basis: Text.optional().describe('根拠となる計画等 / Plan the indicator comes from'),
  otherPlan: Text.optional().describe('その他計画の名称 / Name of the other plan'),
  rationale: Text.optional().describe('指標の選定理由 / Why this indicator'),
  evaluation: EvaluationSchema.optional().describe('結果の評価 / Evaluation of the result'),
  breaksOff: BreaksOffSchema,
});

/** 測定指標: indicators of the unit as a whole, not of one project (such as those of a 工程表). */
export const IndicatorsSectionSchema = z.strictObject({
  heading: Text.optional().describe('見出し（例 測定指標） / Heading as published'),
  itemLabel: Text.optional().describe('各指標の呼び名（例 指標） / What the document calls each item'),
  items: z.array(IndicatorSchema).min(1).describe('指標 / Indicators'),
  breaksOff: BreaksOffSchema,
});

export type Indicator = z.infer<typeof IndicatorSchema>;
export type IndicatorValue = z.infer<typeof IndicatorValueSchema>;
