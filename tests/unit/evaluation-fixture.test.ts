/**
 * tests/fixtures/evaluation/content: the FY2014 マニフェスト達成状況 of a town's 総務部, from the excerpt
 * tests/fixtures/web-excerpts/unknown-town-soumu-2014-manifesto-tassei.txt (the source does not name
 * the town, so it is a fixture, not demo content). It is valid, and its evaluation reads as printed:
 * the 自己点検 by the 総務部長 and the 町長評価, which breaks off; no grade, since the excerpt neither
 * attaches the grades B and C to a goal nor says what they mean.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validate/validate-content.ts';

const root = fileURLToPath(new URL('../fixtures/evaluation/', import.meta.url));

describe('the evaluation fixture (a 総務部長 マニフェスト達成状況)', () => {
  it('validates with no problems, and its plan carries the evaluation as printed', async () => {
    const { diagnostics, content } = await validateContent(root, { contentDir: join(root, 'content') });
    expect(diagnostics).toEqual([]);
    expect(content?.municipalities.map((m) => [m.id, m.name.ja])).toEqual([['unnamed-town', '出典に町名の記載なし']]);
    const plan = content!.plans.find((p) => p.file === 'content/unnamed-town/soumu/2014.yaml')!.plan;
    expect(plan.source.completeness).toBe('excerpt');
    const assessments = plan.evaluation?.assessments ?? [];
    expect(assessments.map((a) => [a.role.ja, a.author?.ja])).toEqual([
      ['1.自己点検 全体的な所感', '総務部長 木矢 年謙'],
      ['2.町長評価', '町長'],
    ]);
    expect(assessments.map((a) => a.breaksOff)).toEqual([undefined, true]);
    expect(String(assessments[1]!.text.ja).endsWith('努めまし')).toBe(true);
    expect(plan.evaluation?.grade).toBeUndefined();
    expect(plan.evaluationScale).toBeUndefined();
    expect(plan.leaders).toEqual([{ title: { ja: '総務部長' }, name: { ja: '木矢 年謙' } }]);
  });
});
