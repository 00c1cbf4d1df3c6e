/**
 * The numbered parts of a plan list each section it has exactly once. Statements may span parts:
 * a part then lists the ids of its statement blocks, and every block is in one part.
 */
import type { z } from 'astro/zod';
import { addRuleIssue } from '../issue.ts';
import type { Plan } from './shape.ts';
import { PLAN_SECTION_KEYS } from './section-key.ts';

export function checkParts(plan: Plan, ctx: z.RefinementCtx): void {
  if (!plan.parts) return;
  const placed = new Set<string>();
  const blockIds = new Set((plan.statements?.blocks ?? []).flatMap((b) => (b.id ? [b.id] : [])));
  const placedBlocks = new Set<string>();
  plan.parts.forEach((part, i) => {
    if (!part.sections && !part.blocks) {
      addRuleIssue(ctx, ['parts', i], {
        ja: '部には、含まれる節 sections か statements のブロック blocks を書いてください。',
        en: 'A part lists its sections or its statement blocks.',
      });
    }
    part.sections?.forEach((key, j) => {
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
    });
    part.blocks?.forEach((id, j) => {
      const path = ['parts', i, 'blocks', j];
      if (!blockIds.has(id)) {
        addRuleIssue(ctx, path, {
          ja: `statements に ID「${id}」のブロックがありません。ブロックに id を付けるか、ID を直してください。`,
          en: `No statement block has id "${id}". Give the block that id, or correct it.`,
        });
      } else if (placedBlocks.has(id)) {
        addRuleIssue(ctx, path, {
          ja: `ブロック「${id}」は複数の parts に入っています。1つの部にだけ入れてください。`,
          en: `Block "${id}" is listed in more than one part. List it once.`,
        });
      }
      placedBlocks.add(id);
    });
  });
  if (placedBlocks.size > 0 && placed.has('statements')) {
    addRuleIssue(ctx, ['parts'], {
      ja: 'statements のブロックを blocks で部に分ける場合は、sections に statements を書きません。',
      en: 'When parts list statement blocks, no part lists the statements section as a whole.',
    });
  }
  if (placedBlocks.size > 0) {
    plan.statements?.blocks.forEach((b, i) => {
      if (!b.id || !placedBlocks.has(b.id)) {
        addRuleIssue(ctx, ['statements', 'blocks', i, ...(b.id ? ['id'] : [])], {
          ja: 'statements のブロックを部に分ける場合は、どのブロックも id を付けてどれかの部の blocks に入れてください。',
          en: "When statements span parts, every block has an id and is in one part's blocks.",
        });
      }
    });
  }
  for (const key of PLAN_SECTION_KEYS) {
    if (key === 'statements' && placedBlocks.size > 0) continue;
    if (plan[key] !== undefined && !placed.has(key)) {
      addRuleIssue(ctx, ['parts'], {
        ja: `parts を使う場合は、すべての節を入れてください（「${key}」がありません）。`,
        en: `When parts are given, every section must be in one ("${key}" is missing).`,
      });
    }
  }
}
