/** 経営資源: the plan's staff figures (職員数) and budget figures (予算). */
import { z } from 'astro/zod';
import { IdSchema, IsoDateSchema } from '../ids.ts';
import { LocalizedTextSchema } from '../localized-text.ts';

const Text = LocalizedTextSchema;

const Count = z.number().int().min(0).max(1_000_000);

/** A count inside a staff figure, such as うち派遣職員 1人 or 嘱託員 4人. */
export const StaffCountSchema = z.strictObject({
  label: Text.describe('区分（例 他団体からの派遣職員） / Category'),
  count: Count.describe('人数 / Number of staff'),
});

/**
 * Where a figure is printed in a table of the document, such as the 職員数 column of the 所管組織 table:
 * the figure is read from that cell rather than copied.
 */
export const CellRefSchema = z.strictObject({
  table: z
    .union([IdSchema, z.number().int().min(1)])
    .describe("表の ID、または文書の中で何番目の表か（1から） / The table's id, or its number in the document (from 1)"),
  row: z.number().int().min(1).describe('データの何行目か（列見出しの行は数えない、1から） / Row, not counting the header row (from 1)'),
  column: z.number().int().min(1).describe('何列目か（1から） / Column (from 1)'),
});

/** A staff figure of the department or one division. */
export const StaffItemSchema = z.strictObject({
  id: IdSchema.describe('ID（例 total） / Id'),
  label: Text.describe('表示名（例 〇〇部職員、〇〇課） / Label as published'),
  division: IdSchema.optional().describe('課の ID（課ごとの人数の場合） / Division id, for a per-division figure'),
  basis: Text.optional().describe('人数の基準（例 正規職員） / What is counted, e.g. regular staff'),
  count: Count.optional().describe('人数（内訳 composition があれば省略可） / Number of staff (may be left out when composition gives it)'),
  cell: CellRefSchema.optional().describe(
    '人数が印刷されている表のセル（count を書かずにそこから読む） / The table cell that prints the number (read from there instead of count)',
  ),
  includes: z
    .array(StaffCountSchema)
    .min(1)
    .optional()
    .describe('「うち」書き（例 うち派遣職員 1人） / Counts included in the figure (うち…)'),
  composition: z
    .array(StaffCountSchema)
    .min(1)
    .optional()
    .describe('内訳（例 常勤職員7人、嘱託員4人） / Breakdown that adds up to the figure'),
});

/** 職員比率: the department's staff as a share of all the municipality's staff. */
export const StaffRatioSchema = z.strictObject({
  label: Text.describe('表示名（例 職員比率(正規職員)） / Label as published'),
  staff: IdSchema.describe('分子になる職員数の ID（staff.items の id） / Id of the staff figure divided'),
  staffLabel: Text.describe('分子の名称（例 〇〇部） / Label of the numerator'),
  total: Count.describe('団体全体の職員数（例 1000） / All staff of the municipality'),
  totalLabel: Text.describe('分母の名称（例 市職員） / Label of the denominator'),
  percent: z
    .number()
    .min(0)
    .max(100)
    .describe('文書に書かれた比率 %（例 5.5）。人数から検算される / Ratio in % as published; checked against the counts'),
  approximate: z.boolean().optional().describe('「約」が付く場合 true / true when published as 約 (about)'),
});

export const StaffSectionSchema = z.strictObject({
  heading: Text.optional().describe('見出し（例 ① 職員数） / Heading as published'),
  caption: Text.optional().describe('表題（例 職員数） / Table title as published'),
  items: z.array(StaffItemSchema).min(1).describe('職員数 / Staff figures'),
  ratio: StaffRatioSchema.optional().describe('職員比率 / Staff ratio'),
});

/** An amount of money in its unit (円 or 千円), digits only. */
export const YenSchema = z.number().int().min(0).max(1e15);

/** A part stated inside a budget figure, such as （人件費 1,234,567,000円を含む。） */
export const BudgetPartSchema = z.strictObject({
  id: IdSchema.describe('ID（例 personnel） / Id'),
  label: Text.describe('名称（例 人件費） / Label'),
  amount: YenSchema.describe('金額（親と同じ単位） / Amount, in the unit of the figure'),
});

/** A budget figure of one account. */
export const BudgetItemSchema = z.strictObject({
  id: IdSchema.describe('ID（例 total） / Id'),
  label: Text.describe('表示名（例 令和〇年度〇〇部予算額） / Label as published'),
  account: Text.describe('会計（例 一般会計、特別会計） / Account, e.g. general account'),
  basis: Text.optional().describe('金額の基準（例 予算現額） / Basis of the figure, e.g. current budget'),
  amount: YenSchema.describe('金額（unit の単位、カンマなし） / Amount in the unit, digits only'),
  unit: z.enum(['yen', 'thousand-yen']).default('yen').describe('単位: yen 円, thousand-yen 千円 / Unit'),
  includes: z.array(BudgetPartSchema).min(1).optional().describe('「…を含む」内訳 / Parts included in the figure'),
  derivedFrom: z
    .strictObject({
      item: IdSchema.describe('元になる予算の ID / Id of the budget figure it comes from'),
      minus: z.array(IdSchema).min(1).describe('差し引く内訳の ID（例 personnel） / Ids of the parts subtracted'),
    })
    .optional()
    .describe('他の数字から計算される金額（例 事業費 = 一般会計 − 人件費）。検算される / A figure computed from others; checked'),
});

export const BudgetSectionSchema = z.strictObject({
  heading: Text.optional().describe('見出し（例 ② 予算規模） / Heading as published'),
  caption: Text.optional().describe('表題（例 予算規模） / Table title as published'),
  items: z.array(BudgetItemSchema).min(1).describe('予算 / Budget figures'),
});

export const ResourcesSectionSchema = z.strictObject({
  heading: Text.optional().describe('見出し（例 部の経営資源） / Heading as published'),
  asOf: IsoDateSchema.optional().describe('時点（例 2017-04-01） / Date the figures refer to'),
  staff: StaffSectionSchema.optional().describe('職員数 / Staff'),
  budget: BudgetSectionSchema.optional().describe('予算 / Budget'),
});

export type BudgetItem = z.infer<typeof BudgetItemSchema>;
