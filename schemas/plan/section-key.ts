/** The sections a plan can have, in the order a plan without numbered parts shows them. */
import { z } from 'astro/zod';

export const SectionKeySchema = z.enum(['organisation', 'statements', 'divisions', 'resources', 'policies', 'indicators', 'projects']);
export const PLAN_SECTION_KEYS = SectionKeySchema.options;
export type SectionKey = z.infer<typeof SectionKeySchema>;
