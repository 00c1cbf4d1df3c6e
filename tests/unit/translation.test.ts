import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlanSchema } from '../../schemas/plan/index.ts';
import { translationStatus } from '../../src/lib/translations/coverage.ts';
import { lastChanged } from '../../src/lib/git/file-history.ts';
import { projectRoot } from '../helpers/pages.ts';

describe('translation status', () => {
  it('counts texts with and without English, and leaves personal names out', () => {
    const plan = PlanSchema.parse({
      municipality: 'kakuu',
      department: 'soumu',
      fiscalYear: 2020,
      documentType: { ja: '架空の計画', en: 'Fictional plan' },
      title: '架空市の計画（テスト用）',
      leaders: [{ title: { ja: '部長', en: 'Director' }, name: '架空 太郎' }],
      projects: { items: [{ id: 'a', title: { ja: '事業', en: 'Project' }, body: '本文' }] },
      source: { title: { ja: '架空', en: 'Fictional' }, completeness: 'full' },
    });
    expect(translationStatus(plan)).toEqual({ total: 6, missing: ['title', 'projects.items[0].body'] });
  });
});

describe('last changed', () => {
  it('reads the commit date of a content file from git, and nothing for an unknown file', () => {
    expect(lastChanged('content/mitaka/soumu/2017.yaml', join(projectRoot, 'content'))).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(lastChanged('content/none/none/1999.yaml', join(projectRoot, 'content'))).toBeUndefined();
  });
});
