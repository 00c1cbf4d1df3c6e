import { z } from 'astro/zod';
import { FiscalYearSchema } from './fiscal-year.ts';
import { IdSchema } from './ids.ts';
import { LocalizedTextSchema } from './localized-text.ts';
import { addRuleIssue, whenWellTyped } from './issue.ts';
import { DepartmentKindSchema } from './department-kind.ts';

/** A name the department carried, and the fiscal years in which plans show it. */
export const DepartmentNameSchema = z.strictObject({
  name: LocalizedTextSchema.describe('その時期の部の名称 / The name in that period'),
  from: FiscalYearSchema.optional().describe(
    'この名称が使われた最初の年度（分かる範囲） / First fiscal year with this name, as far as known',
  ),
  until: FiscalYearSchema.optional().describe(
    'この名称が使われた最後の年度（分かる範囲） / Last fiscal year with this name, as far as known',
  ),
});

/** A link to another department of the same municipality that this one came from. */
export const LineageSchema = z.strictObject({
  type: z
    .enum(['split-from', 'merged-from', 'renamed-from'])
    .describe('split-from 分離, merged-from 統合, renamed-from 改称（別 ID の部から） / How this department came from the other'),
  department: IdSchema.describe('元の部の ID（同じ団体内） / Id of the earlier department, same municipality'),
  fiscalYear: FiscalYearSchema.optional().describe('変更が効力を持った年度（分かる場合） / Fiscal year the change took effect, if known'),
  divisions: z
    .array(IdSchema)
    .optional()
    .describe(
      "元の部の計画にある課のうち、この部が事務を引き継いだ課の ID（比較ページで、その課の事業を「移管」と示す） / Ids of the earlier department's divisions (as in its plans) whose work this one took over; comparison pages show their projects as moved",
    ),
  note: LocalizedTextSchema.optional().describe('根拠や補足（出典など） / Evidence or remarks'),
});

/** A unit that publishes plans (部, 局, 課, 区 …) of a body: content/<municipality>/<id>/department.yaml. */
export const DepartmentSchema = z
  .strictObject({
    id: IdSchema.describe('部の ID（フォルダ名と同じ、例 soumu） / Department id, same as its folder'),
    municipality: IdSchema.describe('団体の ID（例 rei-shi） / Municipality id'),
    name: LocalizedTextSchema.describe('現在の名称（例 〇〇部） / Current name'),
    kind: DepartmentKindSchema.default('department'),
    kindLabel: LocalizedTextSchema.optional().describe(
      '種別の呼び名（kind: other のとき必須。例 〇〇監） / What the document calls this kind of unit (required for kind: other)',
    ),
    parent: IdSchema.optional().describe(
      '上位の組織の ID（同じ団体の部・局など。例 課が属する局） / Id of the enclosing unit of the same body, e.g. the 局 of a 課',
    ),
    names: z
      .array(DepartmentNameSchema)
      .optional()
      .describe('年度ごとの名称の変遷（改称があった場合） / Names over the years, when it was renamed'),
    lineage: z.array(LineageSchema).optional().describe('他の部からの分離・統合 / Departments this one split or merged from'),
    note: LocalizedTextSchema.optional().describe('補足 / Remarks'),
  })
  .superRefine((d, ctx) => {
    if (d.kind === 'other' && !d.kindLabel) {
      addRuleIssue(ctx, ['kindLabel'], {
        ja: 'kind: other の組織には、文書での呼び名を kindLabel に書いてください（例 kindLabel: 〇〇監）。',
        en: 'A unit of kind: other needs kindLabel, what the document calls it.',
      });
    }
    if (d.parent === d.id) {
      addRuleIssue(ctx, ['parent'], {
        ja: `組織が自分自身（${d.id}）に属することはできません。上位の組織の ID を書いてください。`,
        en: `A unit cannot belong to itself (${d.id}). Name the enclosing unit.`,
      });
    }
    d.names?.forEach((n, i) => {
      if (n.from !== undefined && n.until !== undefined && n.from > n.until) {
        addRuleIssue(ctx, ['names', i, 'until'], {
          ja: `until（${n.until}）が from（${n.from}）より前です。年度の順序を直してください。`,
          en: `until (${n.until}) is before from (${n.from}). Put the fiscal years in order.`,
        });
      }
    });
    d.lineage?.forEach((l, i) => {
      if (l.department === d.id) {
        addRuleIssue(ctx, ['lineage', i, 'department'], {
          ja: `部が自分自身（${d.id}）から分かれることはできません。元の部の ID を書いてください。`,
          en: `A department cannot come from itself (${d.id}). Name the earlier department.`,
        });
      }
    });
  }, whenWellTyped)
  .describe('計画を出す組織（部・局・課・区など） / A unit that publishes plans');

export type Department = z.infer<typeof DepartmentSchema>;
export type DepartmentInput = z.input<typeof DepartmentSchema>;
