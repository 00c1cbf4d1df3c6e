import type { z } from 'astro/zod';
import type { LeaderSchema, OrganisationUnitSchema } from '../../../schemas/plan/shape.ts';

/**
 * The heads of an organisation unit in the order printed: its one `leader`, or its `leaders`.
 * @example unitLeaders({ name, leaders: [所長, 局長] }) → [所長, 局長]
 */
export function unitLeaders(unit: z.infer<typeof OrganisationUnitSchema>): z.infer<typeof LeaderSchema>[] {
  return [...(unit.leader ? [unit.leader] : []), ...(unit.leaders ?? [])];
}
