/**
 * Stale translations from a file's versions: English is stale when its Japanese changed in a later
 * version than the English last did. Items with ids are followed by id, old versions are read as plain
 * YAML, and English the glossary supplies is never stale.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlanSchema, type PlanInput } from '../../schemas/plan/index.ts';
import { fieldChanges, readVersion, translationHistory, versionReader, type FileVersion } from '../../src/lib/translations/history.ts';
import { projectRoot } from '../helpers/pages.ts';

type Raw = Record<string, unknown>;
const project = (id: string, title: unknown, extra: Raw = {}) => ({ id, title, ...extra });

/** A small plan as a clerk writes it (before the schema), with the parts a test changes. */
const raw = (parts: { title?: unknown; projects?: unknown[]; divisions?: unknown[]; statements?: unknown } = {}): Raw => ({
  municipality: 'kakuu',
  department: 'soumu',
  fiscalYear: 2020,
  documentType: { ja: '運営方針と目標', en: 'Operating policy and goals' },
  title: parts.title ?? { ja: '架空の計画', en: 'A fictional plan' },
  ...(parts.divisions ? { divisions: { items: parts.divisions } } : {}),
  ...(parts.statements ? { statements: parts.statements } : {}),
  projects: { items: parts.projects ?? [project('a', { ja: '事業A', en: 'Project A' })] },
  source: { title: { ja: '架空', en: 'Fictional' }, completeness: 'full' },
});

/** Versions v1, v2 … of a file, oldest first; the plan is the newest, parsed as the site parses it. */
const story = (...data: Raw[]) => {
  const versions: FileVersion<string>[] = data.map((d, i) => ({ revision: `v${i + 1}`, data: d }));
  return { plan: PlanSchema.parse(data.at(-1) as PlanInput), versions };
};
const stale = (...data: Raw[]) => {
  const { plan, versions } = story(...data);
  return translationHistory(plan, versions).stale;
};

describe('stale translations', () => {
  it('reports Japanese changed after its English, with both versions', () => {
    expect(stale(raw(), raw({ title: { ja: '架空の計画（改訂）', en: 'A fictional plan' } }))).toEqual([
      { path: 'title', ja: 'v2', en: 'v1' },
    ]);
  });

  it('does not report a version that changes Japanese and English together', () => {
    expect(stale(raw(), raw({ title: { ja: '架空の計画（改訂）', en: 'A fictional plan (revised)' } }))).toEqual([]);
  });

  it('treats English added after the Japanese as up to date, and stale again when the Japanese changes later', () => {
    const v1 = raw({ title: '架空の計画' });
    const v2 = raw({ title: { ja: '架空の計画', en: 'A fictional plan' } });
    const v3 = raw({ title: { ja: '架空の計画（改訂）', en: 'A fictional plan' } });
    expect(stale(v1, v2)).toEqual([]);
    expect(stale(v1, v2, v3)).toEqual([{ path: 'title', ja: 'v3', en: 'v2' }]);
  });

  it('follows items by id, so an inserted or reordered item does not make the ones after it stale', () => {
    const b = project('b', { ja: '事業B', en: 'Project B' });
    const v1 = raw({ projects: [project('a', { ja: '事業A', en: 'Project A' }), b] });
    const v2 = raw({ projects: [project('new', '新しい事業'), b, project('a', { ja: '事業A', en: 'Project A' })] });
    const { plan, versions } = story(v1, v2);
    expect(translationHistory(plan, versions)).toEqual({ total: 6, missing: ['projects.items[0].title'], stale: [] });
    // The paths are those of the newest version; b's title last changed when it first appeared.
    expect(fieldChanges(plan, versions).find((f) => f.path === 'projects.items[1].title')).toEqual({
      path: 'projects.items[1].title',
      ja: 'v1',
      en: 'v1',
    });
    expect(fieldChanges(plan, versions).find((f) => f.path === 'projects.items[0].title')).toEqual({
      path: 'projects.items[0].title',
      ja: 'v2',
    });
  });

  it('reports a changed item found by id under its new position', () => {
    const v1 = raw({ projects: [project('a', { ja: '事業A', en: 'Project A' }), project('b', { ja: '事業B', en: 'Project B' })] });
    const v2 = raw({ projects: [project('b', { ja: '事業B（改）', en: 'Project B' }), project('a', { ja: '事業A', en: 'Project A' })] });
    expect(stale(v1, v2)).toEqual([{ path: 'projects.items[0].title', ja: 'v2', en: 'v1' }]);
  });

  it('forgets removed fields, and counts a field removed and written again as written anew', () => {
    const withBody = (body: unknown) => raw({ projects: [project('a', { ja: '事業A', en: 'Project A' }, { body })] });
    const v1 = withBody({ ja: '本文', en: 'Body' });
    const v2 = raw();
    expect(stale(v1, v2)).toEqual([]);
    expect(stale(v1, v2, withBody({ ja: '本文', en: 'Body' }))).toEqual([]);
    expect(stale(withBody({ ja: '本文', en: 'Body' }), withBody({ ja: '本文（改）', en: 'Body' }), v2)).toEqual([]);
  });

  it('reports a text without English as missing, never as stale', () => {
    const { plan, versions } = story(raw({ title: '架空の計画' }), raw({ title: '架空の計画（改訂）' }));
    expect(translationHistory(plan, versions)).toMatchObject({ missing: ['title'], stale: [] });
  });

  it('never reports English the glossary supplies, which follows the Japanese by itself', () => {
    const v1 = raw({ divisions: [{ id: 'bunsho', name: '文書課' }] });
    const v2 = raw({ divisions: [{ id: 'bunsho', name: '文書法務課' }] });
    const { plan, versions } = story(v1, v2);
    plan.divisions!.items[0]!.name.en = 'Legal Affairs Division';
    expect(translationHistory(plan, versions).stale).toEqual([]);
  });

  it('ignores whitespace around a text, as the schema does', () => {
    expect(stale(raw(), raw({ title: { ja: '架空の計画\n', en: 'A fictional plan' } }))).toEqual([]);
  });

  it('follows list items without ids by position: a shifted, translated paragraph changes in both languages', () => {
    const p = (ja: string, en: string) => ({ ja, en });
    const block = (...paragraphs: unknown[]) => ({ blocks: [{ kind: 'policy', paragraphs }] });
    const v1 = raw({ statements: block(p('一', 'One'), p('二', 'Two')) });
    const v2 = raw({ statements: block(p('零', 'Zero'), p('一', 'One'), p('二', 'Two')) });
    expect(stale(v1, v2)).toEqual([]);
  });

  it('skips versions that are not YAML, and knows nothing is stale without versions', () => {
    const v1 = raw();
    const v3 = raw({ title: { ja: '架空の計画（改訂）', en: 'A fictional plan' } });
    const versions: FileVersion<string>[] = [
      { revision: 'v1', data: v1 },
      { revision: 'v2', data: readVersion('title: [unclosed') },
      { revision: 'v3', data: v3 },
    ];
    const plan = PlanSchema.parse(v3);
    expect(translationHistory(plan, versions).stale).toEqual([{ path: 'title', ja: 'v3', en: 'v1' }]);
    expect(translationHistory(plan, [])).toEqual({ total: 4, missing: [], stale: [] });
  });
});

describe('reading old versions', () => {
  it('reads plain YAML without today’s schema, a byte-order mark ignored', () => {
    expect(readVersion('\uFEFFtitle: 計画\nretired_field: 1\n')).toEqual({ title: '計画', retired_field: 1 });
    expect(readVersion('a: [')).toBeUndefined();
  });

  it('reads section by section exactly what a whole read gives, for every file in the repository', () => {
    const files = ['content', 'tests/fixtures'].flatMap((dir) =>
      readdirSync(join(projectRoot, dir), { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && e.name.endsWith('.yaml'))
        .map((e) => join(e.parentPath, e.name)),
    );
    expect(files.length).toBeGreaterThan(50);
    const read = versionReader();
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      // Files with aliases are read whole anyway (next test); comparing an alias bomb's expansion would never end.
      if (/(?:^|[\s[{,])[&*][^\s,\]}]/m.test(text)) continue;
      expect(read(text), file).toEqual(readVersion(text));
    }
  });

  it('shares unchanged sections between versions, and reads unusual files whole', () => {
    const read = versionReader();
    const v1 = read('title: 計画\nprojects:\n  items:\n    - id: a\n');
    const v2 = read('title: 計画（改）\nprojects:\n  items:\n    - id: a\n');
    expect((v1 as { projects: unknown }).projects).toBe((v2 as { projects: unknown }).projects);
    for (const text of ['a: &x 1\nb: *x\n', 'a: "one\nb: two"\n', '---\na: 1\n', 'a: 1\na: 2\n', '- a\n- b\n']) {
      expect(read(text), text).toEqual(readVersion(text));
    }
  });
});
