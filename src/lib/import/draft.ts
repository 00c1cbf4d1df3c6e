/**
 * The draft plan the import writes, typed with the plan schema's input: every item it makes is what a
 * clerk could have written by hand. Only what the text may not give (the year, the title) can be missing.
 */
import type { z } from 'astro/zod';
import type {
  BudgetItemSchema,
  BudgetSectionSchema,
  DivisionSchema,
  DivisionSectionSchema,
  DivisionsSectionSchema,
  IndicatorSchema,
  LeaderSchema,
  IndicatorsSectionSchema,
  OrganisationSectionSchema,
  PlanInput,
  PoliciesSectionSchema,
  PolicySchema,
  ProjectSchema,
  ProjectsSectionSchema,
  ResourcesSectionSchema,
  StaffItemSchema,
  StaffSectionSchema,
  StatementSchema,
} from '../../../schemas/plan/index.ts';

export type LeaderDraft = z.input<typeof LeaderSchema>;
export type StatementDraft = z.input<typeof StatementSchema>;
export type DivisionDraft = z.input<typeof DivisionSchema>;
export type DivisionRowDraft = z.input<typeof DivisionSectionSchema>;
export type StaffItemDraft = z.input<typeof StaffItemSchema>;
export type BudgetItemDraft = z.input<typeof BudgetItemSchema>;
export type PolicyDraft = z.input<typeof PolicySchema>;
export type ProjectDraft = z.input<typeof ProjectSchema>;
export type IndicatorDraft = z.input<typeof IndicatorSchema>;

/** A section while the text is read: its items, which the schema requires, come as the lines do. */
export type DivisionsSectionDraft = Partial<z.input<typeof DivisionsSectionSchema>>;
export type StaffSectionDraft = Partial<z.input<typeof StaffSectionSchema>>;
export type BudgetSectionDraft = Partial<z.input<typeof BudgetSectionSchema>>;
export type ResourcesDraft = Omit<z.input<typeof ResourcesSectionSchema>, 'staff' | 'budget'> & {
  staff?: StaffSectionDraft;
  budget?: BudgetSectionDraft;
};
export type PoliciesSectionDraft = Partial<z.input<typeof PoliciesSectionSchema>>;
export type ProjectsSectionDraft = Partial<z.input<typeof ProjectsSectionSchema>>;
export type OrganisationSectionDraft = Partial<z.input<typeof OrganisationSectionSchema>>;
export type IndicatorsSectionDraft = Partial<z.input<typeof IndicatorsSectionSchema>>;

/** The draft plan: the schema's input, except that the text may not give the year, the kind, the title. */
export type PlanDraft = Omit<PlanInput, 'fiscalYear' | 'documentType' | 'title' | 'resources' | 'source'> &
  Partial<Pick<PlanInput, 'fiscalYear' | 'documentType' | 'title'>> & {
    resources?: ResourcesDraft;
    source: Omit<PlanInput['source'], 'title'> & { title?: PlanInput['source']['title'] };
  };

/** Drops undefined fields, so the draft has only what the text gave. */
export function withoutUndefined<T extends object>(data: T): T {
  return Object.fromEntries(
    Object.entries(data)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, v && typeof v === 'object' && !Array.isArray(v) ? withoutUndefined(v as object) : v]),
  ) as T;
}
