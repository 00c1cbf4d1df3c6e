/**
 * Rules on how a plan follows its document: tables are real tables (never Markdown pipes), an excerpt marks where it breaks off, indicators
 * state each value once, and evaluations use the document's own scale.
 */
import type { z } from 'astro/zod';
import { addRuleIssue } from '../issue.ts';
import type { Plan } from './shape.ts';
import type { Table } from '../table.ts';
import type { Evaluation } from '../evaluation.ts';
import { uniqueIds, type Path } from './rules-ids.ts';
import { statementBlocks } from './outline-walk.ts';

/** A Markdown (GFM) table: a row of pipes followed by a delimiter row such as |---|---|. */
const MARKDOWN_TABLE = /^[ \t]*\|?[^\n]*\|[^\n]*\n[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$/m;

export function checkDocumentRules(plan: Plan, ctx: z.RefinementCtx): void {
  refuseMarkdownTables(plan, ctx);
  checkBreaksOff(plan, ctx);
  for (const { block, path } of statementBlocks(plan)) block.tables?.forEach((t, j) => checkTable(t, ctx, [...path, 'tables', j]));
  if (plan.statements)
    uniqueIds(
      ctx,
      plan.statements.blocks.filter((b): b is typeof b & { id: string } => !!b.id),
      ['statements', 'blocks'],
      'ブロック',
      'block',
    );
  plan.projects?.items.forEach((p, i) => p.tables?.forEach((t, j) => checkTable(t, ctx, ['projects', 'items', i, 'tables', j])));
  if (plan.projects && plan.projects.items.length === 0 && !plan.projects.breaksOff) {
    addRuleIssue(ctx, ['projects', 'items'], {
      ja: '事業が1つもありません。事業を書くか、抜粋がここで途切れている場合は projects に breaksOff: true を書いてください。',
      en: 'There are no projects. List them, or set breaksOff: true on projects where the excerpt breaks off.',
    });
  }
  plan.projects?.items.forEach((p, i) => {
    if (p.budget?.amount !== undefined && p.budget.unit === undefined) {
      addRuleIssue(ctx, ['projects', 'items', i, 'budget', 'unit'], {
        ja: '予算額には単位 unit（yen 円、thousand-yen 千円）を書いてください。',
        en: 'A budget amount needs its unit (yen or thousand-yen).',
      });
    }
  });
  eachIndicator(plan, (indicator, path) => {
    const compact = { target: 'target', baseline: 'baseline', actual: 'actual', 'long-term-target': 'longTermTarget' } as const;
    indicator.values?.forEach((v, k) => {
      const vpath = [...path, 'values', k];
      if (v.value === undefined && v.text === undefined) {
        addRuleIssue(ctx, vpath, {
          ja: '値には数値 value か文字列 text を書いてください（空欄の値は書かずに省きます）。',
          en: 'A value needs value (a number) or text; leave out a blank cell.',
        });
      }
      if (v.value !== undefined && v.text !== undefined) {
        addRuleIssue(ctx, [...vpath, 'text'], {
          ja: '値には value か text のどちらか一方を書きます。数値なら value と unit、数値でなければ text にしてください。',
          en: 'A value has value or text, not both: a number goes in value and unit, anything else in text.',
        });
      }
      if (v.value === undefined && (v.unit !== undefined || v.comparator !== undefined)) {
        addRuleIssue(ctx, [...vpath, v.unit !== undefined ? 'unit' : 'comparator'], {
          ja: 'unit と comparator は数値 value があるときだけ書きます。',
          en: 'unit and comparator go with a number in value.',
        });
      }
      if (v.role === 'other' && !v.label) {
        addRuleIssue(ctx, [...vpath, 'label'], {
          ja: 'role: other の値には、文書の列名を label に書いてください。',
          en: 'A value of role: other needs label, the column label as published.',
        });
      }
      const field = v.role in compact ? compact[v.role as keyof typeof compact] : undefined;
      if (field && indicator[field] !== undefined) {
        addRuleIssue(ctx, [...vpath, 'role'], {
          ja: `${field} と values の role: ${v.role} の両方があります。どちらか一方にしてください。`,
          en: `Both ${field} and a value of role ${v.role} are given. Keep one.`,
        });
      }
    });
  });
  const grades = plan.evaluationScale ? new Set(plan.evaluationScale.grades.map((g) => g.grade)) : undefined;
  eachEvaluation(plan, (evaluation, path) => {
    if (evaluation.grade === undefined) return;
    if (!grades) {
      addRuleIssue(ctx, [...path, 'grade'], {
        ja: `評語「${evaluation.grade}」を使うには、その尺度を evaluationScale に書いてください（例 grades: [{ grade: A, label: 達成 }]）。`,
        en: `To use grade "${evaluation.grade}", give the scale in evaluationScale.`,
      });
    } else if (!grades.has(evaluation.grade)) {
      addRuleIssue(ctx, [...path, 'grade'], {
        ja: `評語「${evaluation.grade}」は evaluationScale にありません（${[...grades].join('、')}）。`,
        en: `Grade "${evaluation.grade}" is not in evaluationScale (${[...grades].join(', ')}).`,
      });
    }
  });
  plan.results?.forEach((r, i) => {
    const path = ['results', i];
    if (r.actual === undefined && r.evaluation === undefined) {
      addRuleIssue(ctx, path, {
        ja: '実績には actual（実績値）か evaluation（評価）を書いてください。',
        en: 'A result needs actual or evaluation.',
      });
    }
    if (r.project === undefined && r.indicator === undefined && r.goal === undefined) {
      addRuleIssue(ctx, path, {
        ja: '実績の対象として project、indicator、goal のどれかを書いてください。',
        en: 'A result names what it is for: project, indicator or goal.',
      });
    }
    if (r.goal !== undefined && (r.project !== undefined || r.indicator !== undefined)) {
      addRuleIssue(ctx, [...path, 'goal'], {
        ja: 'goal（目標）の実績には project・indicator を書きません。',
        en: 'A result for a goal names neither project nor indicator.',
      });
    }
    if (r.actual !== undefined && r.indicator === undefined) {
      addRuleIssue(ctx, [...path, 'actual'], {
        ja: '実績値 actual は指標の実績です。indicator を書くか、評価なら evaluation にしてください。',
        en: "actual is an indicator's actual: name the indicator, or use evaluation.",
      });
    }
  });
  if (plan.indicators) uniqueIds(ctx, plan.indicators.items, ['indicators', 'items'], '指標', 'indicator');
}

/** Calls `visit` with every indicator of the plan (of the indicators section and of each project). */
export function eachIndicator(plan: Plan, visit: (indicator: NonNullable<Plan['indicators']>['items'][number], path: Path) => void): void {
  plan.indicators?.items.forEach((x, k) => visit(x, ['indicators', 'items', k]));
  plan.projects?.items.forEach((p, i) => p.indicators?.forEach((x, k) => visit(x, ['projects', 'items', i, 'indicators', k])));
}

/** Calls `visit` with every evaluation of the plan and its path. */
export function eachEvaluation(plan: Plan, visit: (evaluation: Evaluation, path: Path) => void): void {
  if (plan.evaluation) visit(plan.evaluation, ['evaluation']);
  for (const { block, path } of statementBlocks(plan)) if (block.evaluation) visit(block.evaluation, [...path, 'evaluation']);
  plan.projects?.items.forEach((p, i) => p.evaluation && visit(p.evaluation, ['projects', 'items', i, 'evaluation']));
  eachIndicator(plan, (x, path) => x.evaluation && visit(x.evaluation, [...path, 'evaluation']));
  // A later plan's report on an earlier year grades on its own scale.
  plan.results?.forEach((r, i) => r.evaluation && visit(r.evaluation, ['results', i, 'evaluation']));
}

function checkTable(table: Table, ctx: z.RefinementCtx, path: Path): void {
  const width = table.columns?.length;
  table.rows.forEach((row, r) => {
    if (width !== undefined && row.length > width) {
      addRuleIssue(ctx, [...path, 'rows', r], {
        ja: `${r + 1}行目のセルが ${row.length} 個あり、列見出し（${width} 列）より多くなっています。`,
        en: `Row ${r + 1} has ${row.length} cells, more than the ${width} columns of the header row.`,
      });
    }
  });
}

/**
 * Walks every string of the plan, with its path. One path array is pushed and popped as the walk goes
 * (a visitor that keeps a path copies it): a plan has thousands of values, and a fresh array for each
 * was most of the validator's garbage.
 */
function eachString(value: unknown, path: Path, visit: (text: string, path: Path) => void): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      eachString(value[i], path, visit);
      path.pop();
    }
  } else if (value && typeof value === 'object') {
    for (const k of Object.keys(value)) {
      path.push(k);
      eachString((value as Record<string, unknown>)[k], path, visit);
      path.pop();
    }
  }
}

function refuseMarkdownTables(plan: Plan, ctx: z.RefinementCtx): void {
  eachString(plan, [], (text, path) => {
    if (!text.includes('|') || !MARKDOWN_TABLE.test(text)) return;
    addRuleIssue(ctx, [...path], {
      ja: 'Markdown の表（| と --- の行）は使えません。表は、そのブロックか事業の tables に caption・columns・rows で書いてください（docs/authoring.md 3.16）。',
      en: 'Markdown tables (rows of | with a --- line) are not accepted. Write the table in the tables field of the block or project, with caption, columns and rows (docs/authoring.md, 3.16).',
    });
  });
}

/** breaksOff marks where an excerpt ends; a full text does not break off. */
function checkBreaksOff(plan: Plan, ctx: z.RefinementCtx): void {
  if (plan.source.completeness === 'excerpt') return;
  const path: Path = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        visit(value[i]);
        path.pop();
      }
    } else if (value && typeof value === 'object') {
      for (const k of Object.keys(value)) {
        const v = (value as Record<string, unknown>)[k];
        path.push(k);
        if (k === 'breaksOff' && v === true) {
          addRuleIssue(ctx, [...path], {
            ja: 'breaksOff は抜粋（source.completeness: excerpt）で本文が途切れる所にだけ書きます。全文なら消し、抜粋なら completeness を excerpt にしてください。',
            en: 'breaksOff marks where an excerpt (source.completeness: excerpt) breaks off. Remove it, or set completeness to excerpt.',
          });
        } else visit(v);
        path.pop();
      }
    }
  };
  visit(plan);
}
