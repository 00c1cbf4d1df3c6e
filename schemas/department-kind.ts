/**
 * The kinds of organisation unit that publish a plan, and of the bodies above them. The site's
 * labels (breadcrumbs, counts, "the unit's name that year") follow these kinds.
 */
import { z } from 'astro/zod';

export const DEPARTMENT_KINDS = [
  'department', // 部
  'bureau', // 局
  'office', // 室
  'headquarters', // 本部
  'division', // 課
  'ward', // 区（政令指定都市の行政区が自ら出す計画）
  'accounting', // 会計管理者・会計室
  'secretariat', // 事務局（委員会・議会）
  'other',
] as const;

export const DepartmentKindSchema = z
  .enum(DEPARTMENT_KINDS)
  .describe(
    'department 部, bureau 局, office 室, headquarters 本部, division 課, ward 区, accounting 会計管理者, secretariat 事務局, other その他（kindLabel に名称） / Kind of unit',
  );

export type DepartmentKind = z.infer<typeof DepartmentKindSchema>;
