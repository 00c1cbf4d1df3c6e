import { z } from 'astro/zod';
import { FiscalYearSchema } from './fiscal-year.ts';
import { IdSchema } from './ids.ts';
import { LocalizedTextSchema } from './localized-text.ts';
import { addRuleIssue, whenWellTyped } from './issue.ts';

/** A name the department carried, and the fiscal years in which plans show it. */
export const DepartmentNameSchema = z.strictObject({
  name: LocalizedTextSchema.describe('その時期の部の名称 / The name in that period'),
  from: FiscalYearSchema.optional().describe('この名称が使われた最初の年度（分かる範囲） / First fiscal year with this name, as far as known'),
  until: FiscalYearSchema.optional().describe('この名称が使われた最後の年度（分かる範囲） / Last fiscal year with this name, as far as known'),
});

/** A link to another department of the same municipality that this one came from. */
export const LineageSchema = z.strictObject({
  type: z
    .enum(['split-from', 'merged-from', 'renamed-from'])
    .describe('split-from 分離, merged-from 統合, renamed-from 改称（別 ID の部から） / How this department came from the other'),
  department: IdSchema.describe('元の部の ID（同じ団体内） / Id of the earlier department, same municipality'),
  fiscalYear: FiscalYearSchema.optional().describe('変更が効力を持った年度（分かる場合） / Fiscal year the change took effect, if known'),
  note: LocalizedTextSchema.optional().describe('根拠や補足（出典など） / Evidence or remarks'),
});

/** A department (部) of a municipality: content/<municipality>/<id>/department.yaml. */
export const DepartmentSchema = z
  .strictObject({
    id: IdSchema.describe('部の ID（フォルダ名と同じ、例 soumu） / Department id, same as its folder'),
    municipality: IdSchema.describe('団体の ID（例 yokohama） / Municipality id'),
    name: LocalizedTextSchema.describe('現在の名称（例 総務部） / Current name'),
    names: z
      .array(DepartmentNameSchema)
      .optional()
      .describe('年度ごとの名称の変遷（改称があった場合） / Names over the years, when it was renamed'),
    lineage: z
      .array(LineageSchema)
      .optional()
      .describe('他の部からの分離・統合 / Departments this one split or merged from'),
    note: LocalizedTextSchema.optional().describe('補足 / Remarks'),
  })
  .superRefine((d, ctx) => {
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
  .describe('部 / A department');

export type Department = z.infer<typeof DepartmentSchema>;
export type DepartmentInput = z.input<typeof DepartmentSchema>;
