/**
 * The model must express other layouts than the two seeds: Musashimurayama's 部局マニフェスト
 * (staff per division with a breakdown, budgets in 千円) and Tottori's 工程表 (a prefecture, indicators
 * with long-term targets, basis and rationale). These are real excerpts kept as fixtures.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validate/validate-content.ts';

const dir = fileURLToPath(new URL('../fixtures/excerpts/', import.meta.url));

describe('other municipalities’ layouts', () => {
  it('validate without change to the model', async () => {
    const { diagnostics, content } = await validateContent(dir);
    expect(diagnostics).toEqual([]);
    const musashi = content!.plans.find((p) => p.plan.municipality === 'musashimurayama')!.plan;
    expect(musashi.resources?.staff?.items.map((s) => s.composition?.reduce((a, c) => a + c.count, 0))).toEqual([11, 10]);
    expect(musashi.resources?.budget?.items[0]).toMatchObject({ amount: 74911, unit: 'thousand-yen' });
    const tottori = content!.plans.find((p) => p.plan.municipality === 'tottori-pref')!.plan;
    expect(tottori.projects?.items[0].indicators?.[1].longTermTarget?.text?.ja).toBe('全て達成する');
  });
});
