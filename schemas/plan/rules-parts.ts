/**
 * The outline (parts) places each typed section of the plan once and each statement block once.
 * A chapter is written either with `content` (its items in printed order) or, as before, with
 * `sections` and `blocks`; statements may span chapters, and then every block is placed.
 */
import type { z } from 'astro/zod';
import { addRuleIssue } from '../issue.ts';
import type { Plan } from './shape.ts';
import { PLAN_SECTION_KEYS } from './section-key.ts';
import { eachChapter, isBlockRef, isInlineBlock, isPlaceable, onlyInCells } from './outline-walk.ts';
import type { Path } from './rules-ids.ts';

export function checkParts(plan: Plan, ctx: z.RefinementCtx): void {
  if (!plan.parts) return;
  const placed = new Set<string>();
  const blockIds = new Set((plan.statements?.blocks ?? []).flatMap((b) => (b.id ? [b.id] : [])));
  const placedBlocks = new Set<string>();
  const placeSection = (key: string, path: Path) => {
    if (placed.has(key)) {
      addRuleIssue(ctx, path, {
        ja: `節「${key}」は構成 parts の中に複数回あります。1か所にだけ書いてください。`,
        en: `Section "${key}" is placed more than once in parts. Place it once.`,
      });
    } else if (plan[key as keyof Plan] === undefined) {
      addRuleIssue(ctx, path, {
        ja: `節「${key}」がこの計画にありません。parts から外すか、${key} を書いてください。`,
        en: `Section "${key}" is not in this plan. Remove it from parts or add ${key}.`,
      });
    }
    placed.add(key);
  };
  const placeBlock = (id: string, path: Path) => {
    if (!blockIds.has(id)) {
      addRuleIssue(ctx, path, {
        ja: `statements に ID「${id}」のブロックがありません。ブロックに id を付けるか、ID を直してください。`,
        en: `No statement block has id "${id}". Give the block that id, or correct it.`,
      });
    } else if (placedBlocks.has(id)) {
      addRuleIssue(ctx, path, {
        ja: `ブロック「${id}」は parts の中に複数回あります。1か所にだけ書いてください。`,
        en: `Block "${id}" is placed more than once in parts. Place it once.`,
      });
    }
    placedBlocks.add(id);
  };
  eachChapter(plan.parts, (chapter, path) => {
    if (chapter.content && (chapter.sections || chapter.blocks)) {
      addRuleIssue(ctx, path, {
        ja: '章の中身は content に文書の順で書きます。content と sections・blocks を同じ章に書かないでください。',
        en: 'A chapter lists its content in printed order in content; do not give content together with sections or blocks.',
      });
    }
    if (!chapter.heading && !chapter.sections && !chapter.blocks && !chapter.content) {
      addRuleIssue(ctx, path, {
        ja: '章には、見出し heading か中身 content を書いてください。',
        en: 'A chapter has a heading or content.',
      });
    }
    chapter.sections?.forEach((key, j) => placeSection(key, [...path, 'sections', j]));
    chapter.blocks?.forEach((id, j) => placeBlock(id, [...path, 'blocks', j]));
    chapter.content?.forEach((item, j) => {
      if (isPlaceable(item)) placeSection(item, [...path, 'content', j]);
      else if (isBlockRef(item)) placeBlock(item.block, [...path, 'content', j, 'block']);
      else if (isInlineBlock(item) && item.id && blockIds.has(item.id)) {
        addRuleIssue(ctx, [...path, 'content', j, 'id'], {
          ja: `ID「${item.id}」は statements のブロックにも使われています。別の ID にしてください。`,
          en: `The id "${item.id}" is also used by a block in statements. Give it another id.`,
        });
      }
    });
  });
  if (placedBlocks.size > 0 && placed.has('statements')) {
    addRuleIssue(ctx, ['parts'], {
      ja: 'statements のブロックを章に分ける場合は、statements を節として置きません。',
      en: 'When chapters place statement blocks, no chapter places the statements section as a whole.',
    });
  }
  if (placedBlocks.size > 0) {
    plan.statements?.blocks.forEach((b, i) => {
      if (!b.id || !placedBlocks.has(b.id)) {
        addRuleIssue(ctx, ['statements', 'blocks', i, ...(b.id ? ['id'] : [])], {
          ja: 'statements のブロックを章に分ける場合は、どのブロックも id を付けてどれかの章に置いてください。',
          en: 'When statements span chapters, every block has an id and is placed in one chapter.',
        });
      }
    });
  }
  for (const key of PLAN_SECTION_KEYS) {
    if (key === 'statements' && placedBlocks.size > 0) continue;
    if (plan[key] !== undefined && !placed.has(key) && !onlyInCells(plan, key)) {
      addRuleIssue(ctx, ['parts'], {
        ja: `parts を使う場合は、すべての節を置いてください（「${key}」がありません）。`,
        en: `When parts are given, every section is placed in them ("${key}" is missing).`,
      });
    }
  }
}
