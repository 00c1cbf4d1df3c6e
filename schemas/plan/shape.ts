/**
 * The shape of a plan file: its fields and sections as Zod objects, without the rules that span
 * fields (rules.ts). index.ts joins the two into PlanSchema.
 */
import { z } from 'astro/zod';
import { FiscalYearSchema } from '../fiscal-year.ts';
import { IdSchema, IsoDateSchema, UrlSchema } from '../ids.ts';
import { LocalizedProseSchema, LocalizedTextSchema } from '../localized-text.ts';
import { StatementSchema } from './statement.ts';
import { ChapterSchema } from './outline.ts';
import { ResourcesSectionSchema } from './shape-resources.ts';
import { IndicatorsSectionSchema, MeasureSchema } from './shape-indicators.ts';
import { ProjectsSectionSchema } from './shape-projects.ts';
import { BreaksOffSchema } from '../breaks-off.ts';
import { EvaluationScaleSchema, EvaluationSchema } from '../evaluation.ts';
import { DepartmentKindSchema } from '../department-kind.ts';

const Text = LocalizedTextSchema;

/** A person who signs the plan: 部長, 担当部長, 所属長 … */
export const LeaderSchema = z.strictObject({
  title: Text.describe('職名（例 〇〇部長） / Title, e.g. Director General'),
  name: Text.optional().describe('氏名（例 山田 太郎） / Name as published'),
});

/** A sub-section (担当) of a division, such as the rows 〇〇担当 and △△担当 under one 〇〇課. */
export const DivisionSectionSchema = z.strictObject({
  id: IdSchema.describe('担当の ID / Sub-section id'),
  name: Text.describe('担当の名称（例 〇〇担当） / Name of the sub-section'),
  mission: Text.optional().describe('ミッション（使命） / Mission'),
  sharesMissionWith: IdSchema.optional().describe(
    'ミッションを共有する前の担当の ID（表で結合されたセル） / Id of an earlier sub-section whose mission this one shares (a merged cell)',
  ),
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
        type: z
          .enum(['split-from', 'merged-from', 'renamed-from'])
          .describe('split-from 分課, merged-from 統合, renamed-from 別 ID からの改称 / How it came from the earlier division'),
        division: IdSchema.describe('前の年度の計画にある課の ID / Id of the division in an earlier plan of this department'),
      }),
    )
    .min(1)
    .optional()
    .describe(
      '前の年度の課からの分課・統合・改称（同じ ID のままの改称は書かなくてよい） / Earlier divisions this one split or merged from; a rename that keeps the id needs nothing',
    ),
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

/** 実施方針: one implementation policy. */
export const PolicySchema = z.strictObject({
  id: IdSchema.describe('ID / Id'),
  title: Text.describe('方針の見出し / Title'),
  body: LocalizedProseSchema.optional().describe('本文（段落は空行で区切る） / Body text'),
  breaksOff: BreaksOffSchema,
});

export const PoliciesSectionSchema = z.strictObject({
  heading: Text.optional().describe('見出し（例 実施方針） / Heading as published'),
  items: z.array(PolicySchema).min(1).describe('方針 / Policies'),
  breaksOff: BreaksOffSchema,
});

/** 実績・評価: the actual or evaluation of an earlier year's indicator, project or goal, as a later plan reports it. */
export const ResultSchema = z.strictObject({
  fiscalYear: FiscalYearSchema.describe(
    '指標が載っている計画の年度（この計画より前） / Fiscal year of the plan that set the indicator (earlier than this one)',
  ),
  project: IdSchema.optional().describe(
    'その計画の事業の ID（事業の指標・事業の評価の場合） / Project id in that plan, for a project or its indicator',
  ),
  indicator: IdSchema.optional().describe(
    "指標の ID（project があればその事業の指標、なければ測定指標 indicators） / Indicator id: of the project when project is given, else of the plan's indicators section",
  ),
  goal: IdSchema.optional().describe('目標の ID（statements の block の id） / Id of a statement block (a goal)'),
  actual: MeasureSchema.optional().describe('実績 / The actual'),
  evaluation: EvaluationSchema.optional().describe('評価 / The evaluation'),
});

/** An enclosing unit as this year's plan prints it, such as 〇〇局 above 〇〇課. */
export const OrganisationUnitSchema = z.strictObject({
  kind: DepartmentKindSchema.optional(),
  kindLabel: Text.optional().describe('種別の呼び名（例 〇〇監） / What the document calls this kind of unit'),
  name: Text.describe('組織の名称（文書どおり） / Name as published'),
  leader: LeaderSchema.optional().describe('その組織の長（例 局長 山田 太郎） / Head of the unit'),
  leaders: z
    .array(LeaderSchema)
    .min(1)
    .optional()
    .describe(
      '長が複数のとき、文書の順に（例 所長 … ・局長 …）。leader と同時には書かない / Several heads of the unit, in the order printed; not together with leader',
    ),
});

/** 所管組織、所管責任者: the chain of units this plan belongs to, outermost first, ending with its own unit. */
export const OrganisationSectionSchema = z.strictObject({
  heading: Text.optional().describe('見出し（例 所管組織、所管責任者） / Heading as published'),
  units: z
    .array(OrganisationUnitSchema)
    .min(1)
    .describe("上位から順の組織（最後がこの計画の組織） / Units, outermost first; the last is this plan's own unit"),
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

/**
 * 変更のお知らせ: one note, for citizens, of what changed on the plan's page and why (a correction, an
 * English translation added, the document replaced by a revised edition). It is the site's record
 * about the file, not part of the document: pages show it beside the document, never inside it.
 */
export const ChangeNoteSchema = z.strictObject({
  date: IsoDateSchema.describe('変更した日（例 2026-04-01） / Date of the change (e.g. 2026-04-01)'),
  note: Text.describe(
    '何をなぜ変えたか（市民に向けた言葉で。例 予算額の誤りを直しました） / What changed and why, in plain words (e.g. Corrected the budget figure)',
  ),
});

/** The shape of a plan, before the rules that span fields (./index.ts adds them as PlanSchema). */
export const PlanShapeSchema = z.strictObject({
  municipality: IdSchema.describe('団体の ID（フォルダ名と同じ） / Municipality id, as in the path'),
  department: IdSchema.describe('組織（部・局・課など）の ID（フォルダ名と同じ） / Unit id (部, 局, 課 …), as in the path'),
  fiscalYear: FiscalYearSchema,
  markdown: z
    .boolean()
    .optional()
    .describe(
      'true: 文章の欄（paragraphs・body・rationale・評価の文）を Markdown として表示する。false: 書いたとおり（Markdown らしい文の警告も出さない）。省略時は書いたとおり / true: prose fields are Markdown; false: shown as written, without the warning about Markdown-like text; left out: shown as written',
    ),
  documentType: Text.describe('文書の種類（例 運営方針と目標、部の目標、ミッション） / Kind of document as published'),
  title: Text.describe('文書どおりの表題 / Title as published'),
  departmentName: Text.optional().describe(
    'この年度の文書での組織の名称（現在の名称と違う場合） / Name of the unit printed in this plan, if it differs',
  ),
  asOf: IsoDateSchema.optional().describe('文書の時点（例 2017-04-01） / Date the plan speaks for'),
  leaders: z.array(LeaderSchema).min(1).optional().describe('部長など / Leaders'),
  organisation: OrganisationSectionSchema.optional().describe(
    '所管組織とその長（上位の局・本部など） / The units this plan belongs to, with their heads',
  ),
  contact: z
    .strictObject({
      division: Text.optional().describe('問い合わせ先 / Contact division'),
      phone: z
        .string()
        .regex(/^[0-9+][0-9-]{5,20}$/)
        .optional()
        .describe('電話番号（例 00-0000-0000） / Phone'),
    })
    .optional()
    .describe('問い合わせ先 / Contact'),
  parts: z
    .array(ChapterSchema)
    .min(1)
    .optional()
    .describe(
      '文書の構成（章・節）: 文書どおりの見出し（任意）と、文書の順の中身 / The outline of the document: its chapters with their printed headings (optional) and content in printed order',
    ),
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
  changes: z
    .array(ChangeNoteSchema)
    .min(1)
    .optional()
    .describe(
      '変更のお知らせ: このページで何をなぜ変えたか。古い順に書き、新しいお知らせは下に足す（文書の一部ではない） / Change notes: what changed on this page and why, oldest first, a new note added at the end (not part of the document)',
    ),
});

export type Plan = z.infer<typeof PlanShapeSchema>;
export type Statement = z.infer<typeof StatementSchema>;
export { StatementSchema };
export type Division = z.infer<typeof DivisionSchema>;
export type ChangeNote = z.infer<typeof ChangeNoteSchema>;
