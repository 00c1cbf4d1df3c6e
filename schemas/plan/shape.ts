import { z } from 'astro/zod';
import { FiscalYearSchema } from '../fiscal-year.ts';
import { IdSchema, IsoDateSchema, UrlSchema } from '../ids.ts';
import { LocalizedMarkdownSchema, LocalizedTextSchema } from '../localized-text.ts';
import { SectionKeySchema } from './section-key.ts';
import { BreaksOffSchema } from '../breaks-off.ts';
import { TableSchema } from '../table.ts';
import { EvaluationScaleSchema, EvaluationSchema } from '../evaluation.ts';
import { UnitKindSchema } from '../unit-kind.ts';

const Text = LocalizedTextSchema;

/** A person who signs the plan: 部長, 担当部長, 所属長 … */
export const LeaderSchema = z.strictObject({
  title: Text.describe('職名（例 〇〇部長） / Title, e.g. Director General'),
  name: Text.optional().describe('氏名（例 山田 太郎） / Name as published'),
});

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
      'mission 使命, vision ビジョン, policy 運営方針, overview 概要, roles 各課の役割, goals 目標, basic-goal 基本目標, aspiration 抱負, stance 基本姿勢, catchphrase キャッチフレーズ, introduction 紹介, other その他。文書の見出し heading があれば省略できる / Kind of statement; may be left out when heading gives the printed heading',
    ),
  heading: Text.optional().describe('文書どおりの見出し（例 部の使命・目標） / Heading as published'),
  paragraphs: z.array(LocalizedMarkdownSchema).min(1).optional().describe('段落 / Paragraphs'),
  items: z.array(Text).min(1).optional().describe('箇条書きの項目（◇・○ などの記号は除く） / List items, without the ◇ or ○ mark'),
  tables: z.array(TableSchema).min(1).optional().describe('表 / Tables'),
  evaluation: EvaluationSchema.optional().describe('この目標の結果の評価 / Evaluation of this goal'),
  breaksOff: BreaksOffSchema,
});

/** A sub-section (担当) of a division, such as the rows 〇〇担当 and △△担当 under one 〇〇課. */
export const DivisionSectionSchema = z.strictObject({
  id: IdSchema.describe('担当の ID / Sub-section id'),
  name: Text.describe('担当の名称（例 〇〇担当） / Name of the sub-section'),
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
  breaksOff: BreaksOffSchema,
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
  breaksOff: BreaksOffSchema,
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
  label: Text.describe('表示名（例 〇〇部職員、〇〇課） / Label as published'),
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
  staffLabel: Text.describe('分子の名称（例 〇〇部） / Label of the numerator'),
  total: Count.describe('団体全体の職員数（例 1000） / All staff of the municipality'),
  totalLabel: Text.describe('分母の名称（例 市職員） / Label of the denominator'),
  percent: z.number().min(0).max(100).describe('文書に書かれた比率 %（例 5.5）。人数から検算される / Ratio in % as published; checked against the counts'),
  approximate: z.boolean().optional().describe('「約」が付く場合 true / true when published as 約 (about)'),
});

export const StaffSectionSchema = z.strictObject({
  heading: Text.optional().describe('見出し（例 ① 職員数） / Heading as published'),
  caption: Text.optional().describe('表題（例 職員数） / Table title as published'),
  items: z.array(StaffItemSchema).min(1).describe('職員数 / Staff figures'),
  ratio: StaffRatioSchema.optional().describe('職員比率 / Staff ratio'),
});

const Yen = z.number().int().min(0).max(1e15);

/** A part stated inside a budget figure, such as （人件費 1,234,567,000円を含む。） */
export const BudgetPartSchema = z.strictObject({
  id: IdSchema.describe('ID（例 personnel） / Id'),
  label: Text.describe('名称（例 人件費） / Label'),
  amount: Yen.describe('金額（親と同じ単位） / Amount, in the unit of the figure'),
});

/** A budget figure of one account. */
export const BudgetItemSchema = z.strictObject({
  id: IdSchema.describe('ID（例 total） / Id'),
  label: Text.describe('表示名（例 令和〇年度〇〇部予算額） / Label as published'),
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
  breaksOff: BreaksOffSchema,
});

export const PoliciesSectionSchema = z.strictObject({
  heading: Text.optional().describe('見出し（例 実施方針） / Heading as published'),
  items: z.array(PolicySchema).min(1).describe('方針 / Policies'),
  breaksOff: BreaksOffSchema,
});

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
    .describe('baseline 基準値, initial 年度当初値（現状値）, target 目標値, actual 実績値, long-term-target 長期的目標値, other その他（label に列名） / Role of the value'),
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
  label: Text.optional().describe('指標の文言・指標名（文書どおり、・は除く。文書にない場合は省略） / Indicator text as published, without the ・ mark; left out when the document gives none'),
  classification: Text.optional().describe('指標の分類（例 成果指標、活動指標） / Classification as published'),
  target: TargetSchema.optional().describe('数値目標（文言に数値がある場合） / Numeric target, when the text gives one'),
  baseline: MeasureSchema.optional().describe('基準値 / Baseline'),
  actual: MeasureSchema.optional().describe('実績値 / Actual'),
  longTermTarget: MeasureSchema.optional().describe('長期的目標値 / Long-term target'),
  values: z.array(IndicatorValueSchema).min(1).optional().describe('文書の表の値（基準値・年度当初値・目標値・実績値…）を順に / The values of the indicator\'s row as published, in order'),
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

/** 個別事業: one project, in the published priority order. */
export const ProjectSchema = z.strictObject({
  id: IdSchema.describe('事業の ID（年度をまたいで同じ） / Project id, the same across years'),
  number: z.number().int().min(1).max(999).optional().describe('文書の番号（例 1） / Number as published'),
  title: Text.describe('事業名 / Title'),
  theme: IdSchema.optional().describe('重点項目の ID（projects.themes） / Theme id, for plans that group projects'),
  divisions: z.array(IdSchema).min(1).optional().describe('担当課の ID（divisions.items） / Responsible divisions'),
  body: LocalizedMarkdownSchema.optional().describe('本文（Markdown、段落は空行で区切る） / Body text (Markdown)'),
  budget: z
    .strictObject({
      label: Text.describe('文書の表記（例 予算額(事業費)） / Label as published'),
      amount: Yen.optional().describe('金額（unit の単位。抜粋で途切れた場合は省略） / Amount in the unit; left out where the excerpt breaks off'),
      unit: z.enum(['yen', 'thousand-yen']).optional().describe('単位（金額があれば必須）: yen 円, thousand-yen 千円 / Unit, required with an amount'),
    })
    .optional()
    .describe('事業の予算額 / Budget of the project'),
  standard: Text.optional().describe('達成水準（年度末に達しているべき状態） / The level to reach by the end of the year, as published'),
  measures: z.array(Text).min(1).optional().describe('方策（①②… の記号は除く） / Measures, without the ① mark'),
  partners: z.array(Text).min(1).optional().describe('協働関係先 / Partners'),
  rationale: LocalizedMarkdownSchema.optional().describe('目標を掲げる理由（例 組織目標を掲げるに当たって） / Why this goal, as published'),
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
  items: z.array(ProjectSchema).describe('事業（重点順）。空にできるのは抜粋が途切れた場合だけ / Projects in published priority order; empty only where the excerpt breaks off'),
  breaksOff: BreaksOffSchema,
});

/** 実績・評価: the actual or evaluation of an earlier year's indicator, project or goal, as a later plan reports it. */
export const ResultSchema = z.strictObject({
  fiscalYear: FiscalYearSchema.describe('指標が載っている計画の年度（この計画より前） / Fiscal year of the plan that set the indicator (earlier than this one)'),
  project: IdSchema.optional().describe('その計画の事業の ID（事業の指標・事業の評価の場合） / Project id in that plan, for a project or its indicator'),
  indicator: IdSchema.optional().describe('指標の ID（project があればその事業の指標、なければ測定指標 indicators） / Indicator id: of the project when project is given, else of the plan\'s indicators section'),
  goal: IdSchema.optional().describe('目標の ID（statements の block の id） / Id of a statement block (a goal)'),
  actual: MeasureSchema.optional().describe('実績 / The actual'),
  evaluation: EvaluationSchema.optional().describe('評価 / The evaluation'),
});

/** An enclosing unit as this year's plan prints it, such as 〇〇局 above 〇〇課. */
export const OrganisationUnitSchema = z.strictObject({
  kind: UnitKindSchema.optional(),
  kindLabel: Text.optional().describe('種別の呼び名（例 〇〇監） / What the document calls this kind of unit'),
  name: Text.describe('組織の名称（文書どおり） / Name as published'),
  leader: LeaderSchema.optional().describe('その組織の長（例 局長 山田 太郎） / Head of the unit'),
});

/** 所管組織、所管責任者: the chain of units this plan belongs to, outermost first, ending with its own unit. */
export const OrganisationSectionSchema = z.strictObject({
  heading: Text.optional().describe('見出し（例 所管組織、所管責任者） / Heading as published'),
  units: z.array(OrganisationUnitSchema).min(1).describe('上位から順の組織（最後がこの計画の組織） / Units, outermost first; the last is this plan\'s own unit'),
});

/** Where the content comes from. */
export const SourceSchema = z.strictObject({
  title: Text.describe('出典の文書名 / Title of the source document'),
  publisher: Text.optional().describe('発行者（例 例市） / Publisher'),
  url: UrlSchema.optional().describe('出典の URL / Address of the source'),
  published: IsoDateSchema.optional().describe('公表日・更新日 / Date published or updated'),
  completeness: z.enum(['full', 'excerpt']).describe('full 全文, excerpt 抜粋 / Whole document or an excerpt'),
  note: Text.optional().describe('補足（抜粋の範囲など） / Remarks, e.g. what the excerpt covers'),
});

/** The shape of a plan, before the rules that span fields (./index.ts adds them as PlanSchema). */
export const PlanShapeSchema = z.strictObject({
    municipality: IdSchema.describe('団体の ID（フォルダ名と同じ） / Municipality id, as in the path'),
    department: IdSchema.describe('組織（部・局・課など）の ID（フォルダ名と同じ） / Unit id (部, 局, 課 …), as in the path'),
    fiscalYear: FiscalYearSchema,
    documentType: Text.describe('文書の種類（例 運営方針と目標、部の目標、ミッション） / Kind of document as published'),
    title: Text.describe('文書どおりの表題 / Title as published'),
    departmentName: Text.optional().describe('この年度の文書での組織の名称（現在の名称と違う場合） / Name of the unit printed in this plan, if it differs'),
    asOf: IsoDateSchema.optional().describe('文書の時点（例 2017-04-01） / Date the plan speaks for'),
    leaders: z.array(LeaderSchema).min(1).optional().describe('部長など / Leaders'),
    organisation: OrganisationSectionSchema.optional().describe('所管組織とその長（上位の局・本部など） / The units this plan belongs to, with their heads'),
    contact: z
      .strictObject({
        division: Text.optional().describe('問い合わせ先 / Contact division'),
        phone: z.string().regex(/^[0-9+][0-9-]{5,20}$/).optional().describe('電話番号（例 00-0000-0000） / Phone'),
      })
      .optional()
      .describe('問い合わせ先 / Contact'),
    parts: z
      .array(
        z.strictObject({
          heading: Text.describe('部の見出し（例 1 部の使命・目標に関する認識） / Heading of the part'),
          sections: z.array(SectionKeySchema).min(1).optional().describe('この部に含まれる節 / Sections in this part'),
          blocks: z
            .array(IdSchema)
            .min(1)
            .optional()
            .describe('この部に含まれる statements の block の ID（使命・目標が部をまたぐ場合） / Ids of statement blocks in this part, when statements span parts'),
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
    indicators: IndicatorsSectionSchema.optional().describe('組織の測定指標 / Indicators of the unit'),
    projects: ProjectsSectionSchema.optional().describe('個別事業 / Projects'),
    evaluationScale: EvaluationScaleSchema.optional(),
    evaluation: EvaluationSchema.optional().describe('計画全体の評価（自己点検、市長評価など） / Evaluation of the plan as a whole'),
    results: z.array(ResultSchema).min(1).optional().describe('前の年度の目標指標の実績・評価 / Actuals and evaluations of earlier years'),
    source: SourceSchema.describe('出典 / Provenance'),
});

export type Plan = z.infer<typeof PlanShapeSchema>;
export type Project = z.infer<typeof ProjectSchema>;
export type Indicator = z.infer<typeof IndicatorSchema>;
export type IndicatorValue = z.infer<typeof IndicatorValueSchema>;
export type Statement = z.infer<typeof StatementSchema>;
export type Division = z.infer<typeof DivisionSchema>;
export type BudgetItem = z.infer<typeof BudgetItemSchema>;
