/**
 * The prose fields of a plan (paragraphs, bodies, a project's rationale, assessments): text exactly as
 * written unless the plan opts in to Markdown with `markdown: true`, which marks each of them
 * `format: markdown` — the form the published data carries, so every text says how to read it.
 */
import type { LocalizedProse } from '../localized-text.ts';
import type { Plan } from './shape.ts';
import { eachEvaluation } from './rules-document.ts';
import { statementBlocks } from './outline-walk.ts';
import type { Path } from './rules-ids.ts';

/** Calls `visit` with every prose text of the plan and its path (blocks wherever the outline holds them). */
export function eachProse(plan: Plan, visit: (text: LocalizedProse, path: Path) => void): void {
  for (const { block, path } of statementBlocks(plan)) block.paragraphs?.forEach((p, j) => visit(p, [...path, 'paragraphs', j]));
  plan.policies?.items.forEach((p, i) => p.body && visit(p.body, ['policies', 'items', i, 'body']));
  plan.projects?.items.forEach((p, i) => {
    if (p.body) visit(p.body, ['projects', 'items', i, 'body']);
    if (p.rationale) visit(p.rationale, ['projects', 'items', i, 'rationale']);
  });
  eachEvaluation(plan, (evaluation, path) => evaluation.assessments?.forEach((a, k) => visit(a.text, [...path, 'assessments', k, 'text'])));
}

/** The plan with each prose text marked `format: markdown` when the plan says `markdown: true` (in place). */
export function markMarkdownProse(plan: Plan): Plan {
  if (plan.markdown === true) eachProse(plan, (text) => (text.format = 'markdown'));
  return plan;
}
