import { z } from 'astro/zod';
import { FiscalYearSchema } from './fiscal-year.ts';
import { IdSchema, IsoDateSchema, UrlSchema } from './ids.ts';
import { LocalizedMarkdownSchema, LocalizedTextSchema } from './localized-text.ts';
import { whenWellTyped } from './issue.ts';
import { SectionKeySchema } from './plan-section-key.ts';
import { checkPlanRules } from './plan-rules.ts';

export { PLAN_SECTION_KEYS, SectionKeySchema, type SectionKey } from './plan-section-key.ts';

const Text = LocalizedTextSchema;

/** A person who signs the plan: 部長, 担当部長, 所属長 … */
export const LeaderSchema = z.strictObject({
  title: Text.describe('職名（例 総務部長） / Title, e.g. Director General'),
  name: Text.optional().describe('氏名（例 伊藤 幸寛） / Name as published'),
});

/** A block of statements: the department's mission, vision, operating policy, overview … */
export const StatementSchema = z.strictObject({
  id: IdSchema.optional().describe('年度をまたいで対応づける ID（任意） / Optional id to match across years'),
  kind: z
    .enum(['mission', 'vision', 'policy', 'overview', 'roles', 'goals', 'introduction', 'other'])
    .describe('mission 使命, vision ビジョン, policy 運営方針, overview 概要, roles 各課の役割, goals 政策目標, introduction 紹介, other その他 / Kind of statement'),
  heading: Text.optional().describe('文書どおりの見出し（例 部の使命・目標） / Heading as published'),
  paragraphs: z.array(LocalizedMarkdownSchema).min(1).optional().describe('段落 / Paragraphs'),
  items: z.array(Text).min(1).optional().describe('箇条書きの項目（◇・○ などの記号は除く） / List items, without the ◇ or ○ mark'),
});

/** A sub-section (担当) of a division, such as Nakano's four rows under 防災危機管理課. */
export const DivisionSectionSchema = z.strictObject({
  id: IdSchema.describe('担当の ID / Sub-section id'),
  name: Text.describe('担当の名称（例 地域防災） / Name of the sub-section'),
  mission: Text.optional().describe('ミッション（使命） / Mission'),
  sharesMissionWith: IdSchema.optional().describe('ミッションを共有する前の担当の ID（表で結合されたセル） / Id of an earlier sub-section whose mission this one shares (a merged cell)'),
  role: Text.optional().describe('役割 / Role'),
  initiatives: z.array(Text).min(1).optional().describe('重点取組み事項 / Priority initiatives'),
});

/** A division (課) of the department. */
export const DivisionSchema = z.strictObject({
  id: IdSchema.describe('課の ID（年度をまたいで同じ） / Division id, the same across years'),
  name: Text.describe('課の名称（英訳は用語集で決まる） / Name; its English comes from the glossary'),
  mission: Text.optional().describe('ミッション（使命） / Mission'),
  role: Text.optional().describe('役割 / Role'),
  initiatives: z.array(Text).min(1).optional().describe('重点取組み事項 / Priority initiatives'),
  sections: z.array(DivisionSectionSchema).min(1).optional().describe('担当ごとの行 / Rows per sub-section (担当)'),
  lineage: z
    .array(
      z.strictObject({
        type: z.enum(['split-from', 'merged-from', 'renamed-from']).describe('split-from 分課, merged-from 統合, renamed-from 別 ID からの改称 / How it came from the earlier division'),
        division: IdSchema.describe('前の年度の計画にある課の ID / Id of the division in an earlier plan of this department'),
      }),
    )
    .min(1)
    .optional()
    .describe('前の年度の課からの分課・統合・改称（同じ ID のままの改称は書かなくてよい） / Earlier divisions this one split or merged from; a rename that keeps the id needs nothing'),
});

export const DivisionsSectionSchema = z.strictObject({
  heading: Text.optional().describe('見出し（例 部の経営戦略） / Heading as published'),
  columns: z
    .strictObject({
      name: Text.optional().describe('「課の名称」列の見出し / Header of the name column'),
      mission: Text.optional().describe('「ミッション」列の見出し / Header of the mission column'),
      initiatives: Text.optional().describe('「重点取組み事項」列の見出し / Header of the initiatives column'),
    })
    .optional()
    .describe('表の列見出し（文書どおりにする場合） / Column headers, when the document names them'),
  items: z.array(DivisionSchema).min(1).describe('課の一覧 / The divisions'),
});

const Count = z.number().int().min(0).max(1_000_000);

/** A count inside a staff figure, such as うち派遣職員 1人 or 嘱託員 4人. */
export const StaffCountSchema = z.strictObject({
  label: Text.describe('区分（例 他団体からの派遣職員） / Category'),
  count: Count.describe('人数 / Number of staff'),
});

/** A staff figure of the department or one division. */
export const StaffItemSchema = z.strictObject({
  id: IdSchema.describe('ID（例 total） / Id'),
  label: Text.describe('表示名（例 総務部職員、秘書広報課） / Label as published'),
  division: IdSchema.optional().describe('課の ID（課ごとの人数の場合） / Division id, for a per-division figure'),
  basis: Text.optional().describe('人数の基準（例 正規職員） / What is counted, e.g. regular staff'),
  count: Count.optional().describe('人数（内訳 composition があれば省略可） / Number of staff (may be left out when composition gives it)'),
  includes: z.array(StaffCountSchema).min(1).optional().describe('「うち」書き（例 うち派遣職員 1人） / Counts included in the figure (うち…)'),
  composition: z.array(StaffCountSchema).min(1).optional().describe('内訳（例 常勤職員7人、嘱託員4人） / Breakdown that adds up to the figure'),
});

/** 職員比率: the department's staff as a share of all the municipality's staff. */
export const StaffRatioSchema = z.strictObject({
  label: Text.describe('表示名（例 職員比率(正規職員)） / Label as published'),
  staff: IdSchema.describe('分子になる職員数の ID（staff.items の id） / Id of the staff figure divided'),
  staffLabel: Text.describe('分子の名称（例 総務部） / Label of the numerator'),
  total: Count.describe('団体全体の職員数（例 988） / All staff of the municipality'),
  totalLabel: Text.describe('分母の名称（例 市職員） / Label of the denominator'),
  percent: z.number().min(0).max(100).describe('文書に書かれた比率 %（例 5.6）。人数から検算される / Ratio in % as published; checked against the counts'),
  approximate: z.boolean().optional().describe('「約」が付く場合 true / true when published as 約 (about)'),
});

export const StaffSectionSchema = z.strictObject({
  heading: Text.optional().describe('見出し（例 ① 職員数） / Heading as published'),
  caption: Text.optional().describe('表題（例 職員数） / Table title as published'),
  items: z.array(StaffItemSchema).min(1).describe('職員数 / Staff figures'),
  ratio: StaffRatioSchema.optional().describe('職員比率 / Staff ratio'),
});

const Yen = z.number().int().min(0).max(1e15);

/** A part stated inside a budget figure, such as （人件費 9,303,124,000円を含む。） */
export const BudgetPartSchema = z.strictObject({
  id: IdSchema.describe('ID（例 personnel） / Id'),
  label: Text.describe('名称（例 人件費） / Label'),
  amount: Yen.describe('金額（親と同じ単位） / Amount, in the unit of the figure'),
});

/** A budget figure of one account. */
export const BudgetItemSchema = z.strictObject({
  id: IdSchema.describe('ID（例 total） / Id'),
  label: Text.describe('表示名（例 平成29年度総務部予算額） / Label as published'),
  account: Text.describe('会計（例 一般会計、特別会計） / Account, e.g. general account'),
  basis: Text.optional().describe('金額の基準（例 予算現額） / Basis of the figure, e.g. current budget'),
  amount: Yen.describe('金額（unit の単位、カンマなし） / Amount in the unit, digits only'),
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

/** 実施方針: one implementation policy. */
export const PolicySchema = z.strictObject({
  id: IdSchema.describe('ID / Id'),
  title: Text.describe('方針の見出し / Title'),
  body: LocalizedMarkdownSchema.optional().describe('本文（Markdown） / Body text'),
});

export const PoliciesSectionSchema = z.strictObject({
  heading: Text.optional().describe('見出し（例 実施方針） / Heading as published'),
  items: z.array(PolicySchema).min(1).describe('方針 / Policies'),
});

/** A numeric amount with its unit, as stated in the text. */
export const MeasureSchema = z.strictObject({
  value: z.number().min(-1e15).max(1e15).optional().describe('数値 / Number'),
  unit: Text.optional().describe('単位（例 回、か所、台） / Unit'),
  text: Text.optional().describe('数値で表せない場合の記述 / Text when it is not a number'),
  asOf: IsoDateSchema.optional().describe('時点 / Date'),
});

/** The structured target of an indicator, such as 年間80回以上 or 合計11台. */
export const TargetSchema = z.strictObject({
  value: z.number().min(0).max(1e15).describe('目標値（例 80） / Target value'),
  unit: Text.describe('単位（例 回） / Unit'),
  comparator: z
    .enum(['eq', 'gte', 'lte', 'gt', 'lt'])
    .default('eq')
    .describe('eq ちょうど, gte 以上, lte 以下, gt 超, lt 未満 / How the actual compares to the value'),
  period: z.enum(['per-year', 'total']).optional().describe('per-year 年間, total 合計・累計 / Per year or in total'),
  breakdown: z
    .array(z.strictObject({ label: Text.describe('内訳の名称 / Label'), value: z.number().min(0).max(1e15).describe('数値 / Value') }))
    .min(1)
    .optional()
    .describe('内訳（合計が value と一致すること） / Parts that add up to value'),
  note: Text.optional().describe('補足（例 1地区3枚） / Remarks'),
});

/** 目標指標: one target indicator of a project. Without `target` it is a milestone. */
export const IndicatorSchema = z.strictObject({
  id: IdSchema.describe('指標の ID（年度をまたいで同じ） / Indicator id, the same across years'),
  label: Text.describe('指標の文言（文書どおり、・は除く） / Indicator text as published, without the ・ mark'),
  target: TargetSchema.optional().describe('数値目標（文言に数値がある場合） / Numeric target, when the text gives one'),
  baseline: MeasureSchema.optional().describe('基準値 / Baseline'),
  actual: MeasureSchema.optional().describe('実績値 / Actual'),
  longTermTarget: MeasureSchema.optional().describe('長期的目標値 / Long-term target'),
  basis: Text.optional().describe('根拠となる計画等 / Plan the indicator comes from'),
  rationale: Text.optional().describe('指標の選定理由 / Why this indicator'),
});

/** 個別事業: one project, in the published priority order. */
export const ProjectSchema = z.strictObject({
  id: IdSchema.describe('事業の ID（年度をまたいで同じ） / Project id, the same across years'),
  number: z.number().int().min(1).max(999).optional().describe('文書の番号（例 1） / Number as published'),
  title: Text.describe('事業名 / Title'),
  theme: IdSchema.optional().describe('重点項目の ID（projects.themes） / Theme id, for plans that group projects'),
  divisions: z.array(IdSchema).min(1).optional().describe('担当課の ID（divisions.items） / Responsible divisions'),
  body: LocalizedMarkdownSchema.optional().describe('本文（Markdown、段落は空行で区切る） / Body text (Markdown)'),
  indicators: z.array(IndicatorSchema).min(1).optional().describe('目標指標 / Target indicators'),
});

export const ProjectsSectionSchema = z.strictObject({
  heading: Text.optional().describe('見出し（例 個別事業とその目標） / Heading as published'),
  note: Text.optional().describe('注記（例 個別事業の掲載は、重点課題順となっています。） / Note as published'),
  themes: z
    .array(z.strictObject({ id: IdSchema.describe('ID'), title: Text.describe('重点項目 / Theme') }))
    .min(1)
    .optional()
    .describe('事業をまとめる重点項目 / Themes that group projects'),
  items: z.array(ProjectSchema).min(1).describe('事業（重点順） / Projects in published priority order'),
});

/** 実績: the actual of an earlier year's indicator, as a later plan reports it. */
export const ResultSchema = z.strictObject({
  fiscalYear: FiscalYearSchema.describe('指標が載っている計画の年度（この計画より前） / Fiscal year of the plan that set the indicator (earlier than this one)'),
  project: IdSchema.describe('その計画の事業の ID / Project id in that plan'),
  indicator: IdSchema.describe('その事業の指標の ID / Indicator id in that project'),
  actual: MeasureSchema.describe('実績 / The actual'),
});

/** Where the content comes from. */
export const SourceSchema = z.strictObject({
  title: Text.describe('出典の文書名 / Title of the source document'),
  publisher: Text.optional().describe('発行者（例 横浜市） / Publisher'),
  url: UrlSchema.optional().describe('出典の URL / Address of the source'),
  published: IsoDateSchema.optional().describe('公表日・更新日 / Date published or updated'),
  completeness: z.enum(['full', 'excerpt']).describe('full 全文, excerpt 抜粋 / Whole document or an excerpt'),
  note: Text.optional().describe('補足（抜粋の範囲など） / Remarks, e.g. what the excerpt covers'),
});

/** The shape of a plan, before the rules that span fields. */
const PlanObjectSchema = z.strictObject({
    municipality: IdSchema.describe('団体の ID（フォルダ名と同じ） / Municipality id, as in the path'),
    department: IdSchema.describe('部の ID（フォルダ名と同じ） / Department id, as in the path'),
    fiscalYear: FiscalYearSchema,
    documentType: Text.describe('文書の種類（例 運営方針と目標、部の目標、ミッション） / Kind of document as published'),
    title: Text.describe('文書どおりの表題 / Title as published'),
    departmentName: Text.optional().describe('この年度の文書での部の名称（部の名称と違う場合） / Department name printed in this plan, if it differs'),
    asOf: IsoDateSchema.optional().describe('文書の時点（例 2017-04-01） / Date the plan speaks for'),
    leaders: z.array(LeaderSchema).min(1).optional().describe('部長など / Leaders'),
    contact: z
      .strictObject({
        division: Text.optional().describe('問い合わせ先 / Contact division'),
        phone: z.string().regex(/^[0-9+][0-9-]{5,20}$/).optional().describe('電話番号（例 0857-26-7650） / Phone'),
      })
      .optional()
      .describe('問い合わせ先 / Contact'),
    parts: z
      .array(
        z.strictObject({
          heading: Text.describe('部の見出し（例 1 部の使命・目標に関する認識） / Heading of the part'),
          sections: z.array(SectionKeySchema).min(1).describe('この部に含まれる節 / Sections in this part'),
        }),
      )
      .min(1)
      .optional()
      .describe('文書の大見出し（番号付きの章）と節の対応 / Numbered parts of the document and the sections in each'),
    statements: z
      .strictObject({
        heading: Text.optional().describe('見出し / Heading'),
        blocks: z.array(StatementSchema).min(1).describe('使命・ビジョン・方針 / Statements'),
      })
      .optional()
      .describe('使命・ビジョン・方針など / Mission, vision, policy statements'),
    divisions: DivisionsSectionSchema.optional().describe('課 / Divisions'),
    resources: ResourcesSectionSchema.optional().describe('経営資源 / Resources'),
    policies: PoliciesSectionSchema.optional().describe('実施方針 / Implementation policies'),
    projects: ProjectsSectionSchema.optional().describe('個別事業 / Projects'),
    results: z.array(ResultSchema).min(1).optional().describe('前の年度の目標指標の実績 / Actuals of earlier years’ indicators'),
    source: SourceSchema.describe('出典 / Provenance'),
});

/** A department's plan for one fiscal year: content/<municipality>/<department>/<year>.yaml. */
export const PlanSchema = PlanObjectSchema.superRefine(checkPlanRules, whenWellTyped).describe('部の年度計画 / A department plan for one fiscal year');

export type Plan = z.infer<typeof PlanObjectSchema>;
export type PlanInput = z.input<typeof PlanSchema>;
export type Project = z.infer<typeof ProjectSchema>;
export type Indicator = z.infer<typeof IndicatorSchema>;
export type Division = z.infer<typeof DivisionSchema>;
export type BudgetItem = z.infer<typeof BudgetItemSchema>;
