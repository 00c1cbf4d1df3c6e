/**
 * A unit's plan for one fiscal year: the shape (shape.ts, with its resources, indicators and
 * projects in shape-*.ts) and the rules that span fields (rules.ts and its families, rules-*.ts).
 * Only this file joins the two: the shape imports no rule, and a rule imports the shape's types only.
 */
import type { z } from 'astro/zod';
import { whenWellTyped } from '../issue.ts';
import { PlanShapeSchema } from './shape.ts';
import { checkPlanRules } from './rules.ts';
import { markMarkdownProse } from './prose.ts';
import { cellCount, cellText } from './outline-walk.ts';
import type { Plan } from './shape.ts';

export {
  LeaderSchema,
  StatementSchema,
  DivisionSectionSchema,
  DivisionSchema,
  DivisionsSectionSchema,
  PolicySchema,
  PoliciesSectionSchema,
  ResultSchema,
  OrganisationUnitSchema,
  OrganisationSectionSchema,
  SourceSchema,
  ChangeNoteSchema,
  type ChangeNote,
  type Plan,
  type Statement,
  type Division,
} from './shape.ts';
export {
  StaffCountSchema,
  StaffItemSchema,
  StaffRatioSchema,
  StaffSectionSchema,
  BudgetPartSchema,
  BudgetItemSchema,
  BudgetSectionSchema,
  ResourcesSectionSchema,
  type BudgetItem,
} from './shape-resources.ts';
export {
  MeasureSchema,
  TargetSchema,
  INDICATOR_VALUE_ROLES,
  IndicatorValueSchema,
  IndicatorSchema,
  IndicatorsSectionSchema,
  type Indicator,
  type IndicatorValue,
} from './shape-indicators.ts';
export { ProjectSchema, ProjectsSectionSchema, type Project } from './shape-projects.ts';
export { eachProse } from './prose.ts';
export { PLAN_SECTION_KEYS, SectionKeySchema, type SectionKey } from './section-key.ts';

/** A department's plan for one fiscal year: content/<municipality>/<department>/<year>.yaml. */
export const PlanSchema = PlanShapeSchema.superRefine(checkPlanRules, whenWellTyped)
  .transform(markMarkdownProse)
  .transform(readCells)
  .describe("組織の年度計画 / A unit's plan for one fiscal year");

/** A staff figure that points at the table cell printing it takes its count from there (the rules checked it reads as one). */
function readCells(plan: Plan): Plan {
  for (const item of plan.resources?.staff?.items ?? [])
    if (item.cell && item.count === undefined) item.count = cellCount(cellText(plan, item.cell));
  return plan;
}

export type PlanInput = z.input<typeof PlanSchema>;
