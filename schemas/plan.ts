import { z } from 'astro/zod';
import { FiscalYearSchema, fiscalYearBounds } from './fiscal-year.ts';
import { IdSchema, IsoDateSchema, UrlSchema, isRealDate } from './ids.ts';
import { LocalizedMarkdownSchema, LocalizedTextSchema } from './localized-text.ts';
import { addRuleIssue, whenWellTyped } from './issue.ts';

const Text = LocalizedTextSchema;
type Path = (string | number)[];

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

export const SectionKeySchema = z.enum(['statements', 'divisions', 'resources', 'policies', 'projects']);

/** Where the content comes from. */
export const SourceSchema = z.strictObject({
  title: Text.describe('出典の文書名 / Title of the source document'),
  publisher: Text.optional().describe('発行者（例 三鷹市） / Publisher'),
  url: UrlSchema.optional().describe('出典の URL / Address of the source'),
  published: IsoDateSchema.optional().describe('公表日・更新日 / Date published or updated'),
  completeness: z.enum(['full', 'excerpt']).describe('full 全文, excerpt 抜粋 / Whole document or an excerpt'),
  note: Text.optional().describe('補足（抜粋の範囲など） / Remarks, e.g. what the excerpt covers'),
});

export const PLAN_SECTION_KEYS = SectionKeySchema.options;

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
export type SectionKey = z.infer<typeof SectionKeySchema>;

const isRealIsoDate = (date: string) => /^\d{4}-\d{2}-\d{2}$/.test(date) && isRealDate(date);

function checkPlanRules(plan: Plan, ctx: z.RefinementCtx): void {
  const fy = plan.fiscalYear;
  const [start, end] = fiscalYearBounds(fy);
  const earliest = `${fy - 1}-04-01`;
  const checkDate = (date: string | undefined, path: Path) => {
    if (date && isRealIsoDate(date) && (date < earliest || date > end)) {
      addRuleIssue(ctx, path, {
        ja: `${date} は ${fy}年度（${start}〜${end}）の計画の時点としてありえません。年度か日付を直してください。`,
        en: `${date} cannot be the date of a plan for FY${fy} (${start} to ${end}). Correct the date or the fiscal year.`,
      });
    }
  };
  checkDate(plan.asOf, ['asOf']);
  checkDate(plan.resources?.asOf, ['resources', 'asOf']);

  checkParts(plan, ctx);
  const divisionIds = checkDivisions(plan, ctx);
  checkResources(plan, ctx, divisionIds);
  uniqueIds(ctx, plan.policies?.items ?? [], ['policies', 'items'], '方針', 'policy');
  checkProjects(plan, ctx, divisionIds);
  plan.results?.forEach((r, i) => {
    if (r.fiscalYear >= fy) {
      addRuleIssue(ctx, ['results', i, 'fiscalYear'], {
        ja: `results には、この計画（${fy}年度）より前の年度の実績を書きます（${r.fiscalYear}年度になっています）。この年度の実績は指標の actual に書いてください。`,
        en: `results holds actuals of years before this plan (FY${fy}), not FY${r.fiscalYear}. Put this year's actual in the indicator's actual.`,
      });
    }
  });
}

/** Reports each id that appears twice in a list, at the second occurrence. */
function uniqueIds(ctx: z.RefinementCtx, items: { id: string }[], path: Path, ja: string, en: string): Set<string> {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first !== undefined) {
      addRuleIssue(ctx, [...path, i, 'id'], {
        ja: `${ja}の ID「${item.id}」が2回使われています（${first + 1}番目と${i + 1}番目）。別の ID にしてください。`,
        en: `The ${en} id "${item.id}" is used twice (items ${first + 1} and ${i + 1}). Give each a different id.`,
      });
    } else seen.set(item.id, i);
  });
  return new Set(seen.keys());
}

function checkParts(plan: Plan, ctx: z.RefinementCtx): void {
  const placed = new Set<string>();
  plan.parts?.forEach((part, i) =>
    part.sections.forEach((key, j) => {
      const path = ['parts', i, 'sections', j];
      if (placed.has(key)) {
        addRuleIssue(ctx, path, {
          ja: `節「${key}」は複数の parts に入っています。1つの部にだけ入れてください。`,
          en: `Section "${key}" is listed in more than one part. List it once.`,
        });
      } else if (plan[key] === undefined) {
        addRuleIssue(ctx, path, {
          ja: `節「${key}」がこの計画にありません。parts から外すか、${key} を書いてください。`,
          en: `Section "${key}" is not in this plan. Remove it from parts or add ${key}.`,
        });
      }
      placed.add(key);
    }),
  );
  if (plan.parts) {
    for (const key of PLAN_SECTION_KEYS) {
      if (plan[key] !== undefined && !placed.has(key)) {
        addRuleIssue(ctx, ['parts'], {
          ja: `parts を使う場合は、すべての節を入れてください（「${key}」がありません）。`,
          en: `When parts are given, every section must be in one ("${key}" is missing).`,
        });
      }
    }
  }
}

function checkDivisions(plan: Plan, ctx: z.RefinementCtx): Set<string> {
  const items = plan.divisions?.items ?? [];
  const ids = uniqueIds(ctx, items, ['divisions', 'items'], '課', 'division');
  items.forEach((division, i) => {
    const sections = division.sections ?? [];
    uniqueIds(ctx, sections, ['divisions', 'items', i, 'sections'], '担当', 'sub-section');
    sections.forEach((section, j) => {
      if (!section.sharesMissionWith) return;
      const path = ['divisions', 'items', i, 'sections', j, 'sharesMissionWith'];
      const target = sections.findIndex((s) => s.id === section.sharesMissionWith);
      if (section.mission) {
        addRuleIssue(ctx, path, {
          ja: `mission と sharesMissionWith は同時に書けません。どちらか一方にしてください。`,
          en: `Give either mission or sharesMissionWith, not both.`,
        });
      } else if (target < 0 || target >= j || !sections[target].mission) {
        addRuleIssue(ctx, path, {
          ja: `「${section.sharesMissionWith}」は、この担当より前にある、mission を持つ担当の ID である必要があります。`,
          en: `"${section.sharesMissionWith}" must be the id of an earlier sub-section of this division that has a mission.`,
        });
      }
    });
  });
  return ids;
}

function checkResources(plan: Plan, ctx: z.RefinementCtx, divisionIds: Set<string>): void {
  const staff = plan.resources?.staff;
  if (staff) {
    uniqueIds(ctx, staff.items, ['resources', 'staff', 'items'], '職員数', 'staff figure');
    staff.items.forEach((item, i) => {
      const path = ['resources', 'staff', 'items', i];
      const sum = item.composition?.reduce((acc, c) => acc + c.count, 0);
      if (item.count === undefined && sum === undefined) {
        addRuleIssue(ctx, [...path, 'count'], {
          ja: `人数 count か内訳 composition のどちらかを書いてください。`,
          en: `Give the number of staff as count, or its breakdown as composition.`,
        });
      }
      if (item.count !== undefined && sum !== undefined && sum !== item.count) {
        addRuleIssue(ctx, [...path, 'count'], {
          ja: `内訳の合計（${sum}人）が count（${item.count}人）と一致しません。どちらかを直してください。`,
          en: `The breakdown adds up to ${sum}, not the count of ${item.count}. Correct one of them.`,
        });
      }
      const total = item.count ?? sum ?? 0;
      item.includes?.forEach((part, j) => {
        if (part.count > total) {
          addRuleIssue(ctx, [...path, 'includes', j, 'count'], {
            ja: `「うち」の人数（${part.count}人）が全体（${total}人）を超えています。`,
            en: `The included count (${part.count}) is larger than the whole (${total}).`,
          });
        }
      });
      if (item.division && !divisionIds.has(item.division)) {
        addRuleIssue(ctx, [...path, 'division'], unknownDivision(item.division, divisionIds));
      }
    });
    const ratio = staff.ratio;
    if (ratio) {
      const item = staff.items.find((s) => s.id === ratio.staff);
      const count = item?.count ?? item?.composition?.reduce((acc, c) => acc + c.count, 0);
      if (count === undefined) {
        addRuleIssue(ctx, ['resources', 'staff', 'ratio', 'staff'], {
          ja: `ratio.staff「${ratio.staff}」に当たる職員数が staff.items にありません。既存の id を書いてください。`,
          en: `ratio.staff "${ratio.staff}" names no staff figure in staff.items. Use one of their ids.`,
        });
      } else if (ratio.total === 0 || count > ratio.total) {
        addRuleIssue(ctx, ['resources', 'staff', 'ratio', 'total'], {
          ja: `全体の職員数（${ratio.total}人）が部の職員数（${count}人）より少なくなっています。`,
          en: `The municipality's total (${ratio.total}) is smaller than the department's staff (${count}).`,
        });
      } else {
        const decimals = (String(ratio.percent).split('.')[1] ?? '').length;
        const computed = Number(((count / ratio.total) * 100).toFixed(decimals));
        if (computed !== ratio.percent) {
          addRuleIssue(ctx, ['resources', 'staff', 'ratio', 'percent'], {
            ja: `職員比率は ${count}人 ÷ ${ratio.total}人 = ${computed}% です（書かれているのは ${ratio.percent}%）。人数か比率を直してください。`,
            en: `The staff ratio is ${count} / ${ratio.total} = ${computed}%, not ${ratio.percent}%. Correct the counts or the ratio.`,
          });
        }
      }
    }
  }

  const items = plan.resources?.budget?.items ?? [];
  uniqueIds(ctx, items, ['resources', 'budget', 'items'], '予算', 'budget figure');
  items.forEach((item, i) => {
    const path = ['resources', 'budget', 'items', i];
    const parts = item.includes?.reduce((acc, p) => acc + p.amount, 0) ?? 0;
    if (parts > item.amount) {
      addRuleIssue(ctx, [...path, 'includes'], {
        ja: `内訳の合計（${parts}）が金額（${item.amount}）を超えています。`,
        en: `The included parts add up to ${parts}, more than the amount ${item.amount}.`,
      });
    }
    if (!item.derivedFrom) return;
    const base = items.find((b) => b.id === item.derivedFrom!.item);
    if (!base || base === item) {
      addRuleIssue(ctx, [...path, 'derivedFrom', 'item'], {
        ja: `derivedFrom.item「${item.derivedFrom.item}」に当たる別の予算がありません。既存の id を書いてください。`,
        en: `derivedFrom.item "${item.derivedFrom.item}" names no other budget figure. Use one of their ids.`,
      });
      return;
    }
    let expected = base.amount;
    const subtracted: number[] = [];
    item.derivedFrom.minus.forEach((id, j) => {
      const part = base.includes?.find((p) => p.id === id);
      if (!part) {
        addRuleIssue(ctx, [...path, 'derivedFrom', 'minus', j], {
          ja: `「${id}」は予算「${base.id}」の includes にありません。そこにある id を書いてください。`,
          en: `"${id}" is not one of the includes of budget "${base.id}". Use one of their ids.`,
        });
      } else {
        expected -= part.amount;
        subtracted.push(part.amount);
      }
    });
    if (item.unit !== base.unit) {
      addRuleIssue(ctx, [...path, 'unit'], {
        ja: `計算元の予算「${base.id}」と単位が違います（${base.unit} と ${item.unit}）。同じ単位で書いてください。`,
        en: `The unit differs from budget "${base.id}" (${base.unit} vs ${item.unit}). Use the same unit.`,
      });
    } else if (expected !== item.amount) {
      addRuleIssue(ctx, [...path, 'amount'], {
        ja: `金額は ${[base.amount, ...subtracted].map(digits).join(' − ')} = ${digits(expected)} になるはずですが、${digits(item.amount)} と書かれています。数字を確認してください。`,
        en: `The amount should be ${[base.amount, ...subtracted].map(digits).join(' − ')} = ${digits(expected)}, but it is ${digits(item.amount)}. Check the figures.`,
      });
    }
  });
}

/** @example digits(4207416000) → '4,207,416,000' */
const digits = (n: number) => n.toLocaleString('en-US');

function unknownDivision(id: string, known: Set<string>) {
  const list = [...known].join(', ') || '—';
  return {
    ja: `課「${id}」は divisions.items にありません。そこにある ID（${list}）を書くか、課を追加してください。`,
    en: `Division "${id}" is not in divisions.items. Use one of its ids (${list}) or add the division.`,
  };
}

/** Digits as they appear in Japanese text: half-width, without grouping commas or spaces. */
function numbersInText(text: string): string {
  return text.normalize('NFKC').replace(/[,\s]/g, '');
}

function checkProjects(plan: Plan, ctx: z.RefinementCtx, divisionIds: Set<string>): void {
  const section = plan.projects;
  if (!section) return;
  const themeIds = uniqueIds(ctx, section.themes ?? [], ['projects', 'themes'], '重点項目', 'theme');
  uniqueIds(ctx, section.items, ['projects', 'items'], '事業', 'project');
  const numbered = section.items.filter((p) => p.number !== undefined).length;
  section.items.forEach((project, i) => {
    const path = ['projects', 'items', i];
    if (numbered > 0 && project.number !== i + 1) {
      addRuleIssue(ctx, [...path, 'number'], {
        ja: `事業は文書の順に並べ、番号は 1 から順に付けてください（${i + 1}番目の事業の番号が ${project.number ?? 'ありません'}）。`,
        en: `List projects in published order numbered from 1 (project ${i + 1} has number ${project.number ?? 'missing'}).`,
      });
    }
    project.divisions?.forEach((id, j) => {
      if (!divisionIds.has(id)) addRuleIssue(ctx, [...path, 'divisions', j], unknownDivision(id, divisionIds));
    });
    if (project.theme && !themeIds.has(project.theme)) {
      addRuleIssue(ctx, [...path, 'theme'], {
        ja: `重点項目「${project.theme}」は projects.themes にありません。`,
        en: `Theme "${project.theme}" is not in projects.themes.`,
      });
    }
    const indicators = project.indicators ?? [];
    uniqueIds(ctx, indicators, [...path, 'indicators'], '指標', 'indicator');
    indicators.forEach((indicator, k) => {
      const target = indicator.target;
      if (!target) return;
      const tpath = [...path, 'indicators', k, 'target'];
      // An empty label is reported on its own; the text it would be checked against is not there.
      const labelText = typeof indicator.label === 'object' ? indicator.label.ja : '';
      if (!labelText.trim()) return;
      const label = numbersInText(labelText);
      for (const [value, where] of [
        [target.value, [...tpath, 'value']],
        ...(target.breakdown ?? []).map((b, m) => [b.value, [...tpath, 'breakdown', m, 'value']] as const),
      ] as const) {
        if (!label.includes(String(value))) {
          addRuleIssue(ctx, [...where], {
            ja: `数値 ${value} が指標の文言「${indicator.label.ja}」にありません。文言と数値を見比べてください。`,
            en: `The number ${value} does not appear in the indicator text "${indicator.label.ja}". Compare the text and the number.`,
          });
        }
      }
      const sum = target.breakdown?.reduce((acc, b) => acc + b.value, 0);
      if (sum !== undefined && sum !== target.value) {
        addRuleIssue(ctx, [...tpath, 'breakdown'], {
          ja: `内訳の合計（${sum}）が目標値（${target.value}）と一致しません。`,
          en: `The breakdown adds up to ${sum}, not the target value ${target.value}.`,
        });
      }
    });
  });
}
