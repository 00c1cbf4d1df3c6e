/** Projects: numbered in order, known divisions and themes, and each target's numbers found in its indicator's text. */
import type { z } from 'astro/zod';
import { addRuleIssue } from '../issue.ts';
import type { Plan } from './shape.ts';
import { uniqueIds, unknownDivision } from './rules-ids.ts';

export function checkProjects(plan: Plan, ctx: z.RefinementCtx, divisionIds: Set<string>): void {
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
      // The rule holds only where the label states a number; a label such as 「〇〇の達成状況」 does not.
      const labelText = typeof indicator.label === 'object' ? indicator.label.ja : '';
      if (!labelText.trim()) return;
      const label = numbersInText(labelText);
      if (!/[0-9]/.test(label)) return;
      for (const [value, where] of [
        [target.value, [...tpath, 'value']],
        ...(target.breakdown ?? []).map((b, m) => [b.value, [...tpath, 'breakdown', m, 'value']] as const),
      ] as const) {
        if (!label.includes(String(value))) {
          addRuleIssue(ctx, [...where], {
            ja: `数値 ${value} が指標の文言「${labelText}」にありません。文言と数値を見比べてください。`,
            en: `The number ${value} does not appear in the indicator text "${labelText}". Compare the text and the number.`,
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

/** Digits as they appear in Japanese text: half-width, without grouping commas or spaces. */
function numbersInText(text: string): string {
  return text.normalize('NFKC').replace(/[,\s]/g, '');
}
