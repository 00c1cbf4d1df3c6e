/**
 * The content tree's layout in both directions (path → kind and ids, ids → path), the one id rule, the
 * years of a unit on disk, and the one way a content file is read. Fictional ids, temp folders.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, matchesGlob } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isId, KIND_GLOBS, PLAN_MARKDOWN_GLOB, pathOf, placeOf, yearsOf, type FilePlace } from '../../src/lib/content-tree/layout.ts';
import { readContent, readContentAt, readYamlValue } from '../../src/lib/content-tree/read.ts';

const tmp = mkdtempSync(join(tmpdir(), 'content-tree-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const places: [string, FilePlace][] = [
  ['glossary.yaml', { kind: 'glossary' }],
  ['kakuu/municipality.yaml', { kind: 'municipality', municipality: 'kakuu' }],
  ['kakuu/soumu/department.yaml', { kind: 'department', municipality: 'kakuu', department: 'soumu' }],
  ['kakuu/soumu-kikaku/2017.yaml', { kind: 'plan', municipality: 'kakuu', department: 'soumu-kikaku', year: 2017 }],
  ['kakuu/soumu-kikaku/2018.md', { kind: 'plan', municipality: 'kakuu', department: 'soumu-kikaku', year: 2018, format: 'md' }],
];

describe('path → place', () => {
  it.each(places)('%s', (path, place) => {
    expect(placeOf(path)).toEqual(place);
    expect(placeOf(path.split('/'))).toEqual(place);
  });

  it('has no place for other paths', () => {
    for (const path of [
      'kakuu/soumu/2017.yml',
      'kakuu/soumu/17.yaml',
      'kakuu/soumu/h29.yaml',
      'kakuu/glossary.yaml',
      'municipality.yaml',
      'kakuu/soumu/x/2017.yaml',
      'kakuu/2017.yaml',
      'kakuu/soumu/department.yml',
      'kakuu/soumu/2017.markdown',
      'kakuu/soumu/department.md',
    ]) {
      expect(placeOf(path), path).toBeUndefined();
    }
  });

  it('gives the places its globs match (the editor’s schema mapping)', () => {
    const paths = [
      ...places.map(([path]) => path),
      'kakuu/soumu/2017.yml',
      'kakuu/soumu/17.yaml',
      'kakuu/glossary.yaml',
      'municipality.yaml',
      'kakuu/soumu/x/2017.yaml',
    ];
    for (const path of paths) {
      const globbed = Object.entries({ ...KIND_GLOBS, planMarkdown: PLAN_MARKDOWN_GLOB })
        .filter(([, glob]) => matchesGlob(path, glob))
        .map(([kind]) => (kind === 'planMarkdown' ? 'plan' : kind));
      expect(globbed, path).toEqual(placeOf(path) ? [placeOf(path)!.kind] : []);
    }
  });

  it('reads the shape of a path only: folder names are checked against the files, not here', () => {
    expect(placeOf('Kakuu/soumu/2017.yaml')).toEqual({ kind: 'plan', municipality: 'Kakuu', department: 'soumu', year: 2017 });
  });
});

describe('place → path', () => {
  it.each(places)('%s', (path, place) => {
    expect(pathOf(place)).toBe(path);
  });

  it('round-trips every place, and every path that has one', () => {
    for (const [path, place] of places) {
      expect(placeOf(pathOf(place))).toEqual(place);
      expect(pathOf(placeOf(path)!)).toBe(path);
    }
    expect(pathOf(placeOf('kakuu/soumu/0999.yaml')!)).toBe('kakuu/soumu/0999.yaml');
  });

  it('rejects ids that break the id rule, and years that are not four digits', () => {
    for (const bad of ['Kakuu', 'ka kuu', 'kakuu-', '-kakuu', 'ka--kuu', 'ka_kuu', '架空', '', '..', 'a/b', 'a'.repeat(65)]) {
      expect(() => pathOf({ kind: 'municipality', municipality: bad }), bad).toThrow();
      expect(() => pathOf({ kind: 'department', municipality: 'kakuu', department: bad }), bad).toThrow();
      expect(() => pathOf({ kind: 'plan', municipality: bad, department: 'soumu', year: 2017 }), bad).toThrow();
    }
    expect(() => pathOf({ kind: 'municipality' })).toThrow();
    expect(() => pathOf({ kind: 'plan', municipality: 'kakuu', department: 'soumu' })).toThrow();
    for (const year of [10000, -1, 2017.5, Number.NaN])
      expect(() => pathOf({ kind: 'plan', municipality: 'kakuu', department: 'soumu', year }), String(year)).toThrow();
  });
});

describe('the id rule', () => {
  it('is the schemas’: lowercase words joined by single hyphens, at most 64 characters', () => {
    for (const id of ['kakuu', 'soumu-kikaku', 'a1', '2017', 'a'.repeat(64)]) expect(isId(id), id).toBe(true);
    for (const id of [undefined, '', 'Kakuu', 'soumu_kikaku', 'soumu--kikaku', '-a', 'a-', 'a b', 'a'.repeat(65)])
      expect(isId(id), String(id)).toBe(false);
  });
});

describe('the years of a unit on disk', () => {
  it('lists the plan files’ years, oldest first, and nothing else', () => {
    const unit = join(tmp, 'years', 'kakuu', 'soumu');
    mkdirSync(join(unit, '2015.yaml.d'), { recursive: true });
    for (const name of ['2019.yaml', 'department.yaml', '2017.yaml', '2018.yml', 'notes.txt', '2020.yaml.bak', '2016.yaml'])
      writeFileSync(join(unit, name), '');
    expect(yearsOf(join(tmp, 'years'), 'kakuu', 'soumu')).toEqual([2016, 2017, 2019]);
  });

  it('is empty for a unit without a folder', () => {
    expect(yearsOf(join(tmp, 'years'), 'kakuu', 'kikaku')).toEqual([]);
    expect(yearsOf(join(tmp, 'nowhere'), 'kakuu', 'soumu')).toEqual([]);
  });
});

describe('reading a content file', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('reads YAML 1.2 core data, with positions on demand', () => {
    const read = readContent(bytes('# comment\nid: kakuu\nyes: yes\ndate: 2017-04-01\ncode: 0x1f\n'));
    expect(read.problems).toEqual([]);
    expect(read.data).toEqual({ id: 'kakuu', yes: 'yes', date: '2017-04-01', code: 31 });
    expect(read.pos!().doc.toString()).toBe('# comment\nid: kakuu\nyes: yes\ndate: 2017-04-01\ncode: 0x1f\n');
  });

  it('says what stops a file being read, as the validator does', () => {
    const codes = (text: string) => readContent(bytes(text)).problems.map((p) => p.code);
    expect(codes('a: 1\na: 2\n')).toEqual(['yaml-duplicate-key']);
    expect(codes('- a\n- b\n')).toEqual(['not-a-mapping']);
    expect(codes('a: *nothing\n')).toEqual(['yaml-unresolved-alias']);
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...'bcdefghij'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefghij'[i]}`).join(', ')}]`),
    ].join('\n');
    expect(codes(bomb)).toEqual(['yaml-alias-count']);
    const utf16 = readContent(new Uint8Array([0xff, 0xfe, 0x61, 0x00]));
    expect(utf16).toEqual({ problems: [expect.objectContaining({ code: 'encoding-utf16' })] });
  });

  it('reads a file with a byte-order mark, and says so', () => {
    const read = readContent(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('id: kakuu\n')]));
    expect(read.data).toEqual({ id: 'kakuu' });
    expect(read.problems.map((p) => p.code)).toEqual(['bom']);
  });

  it('reads from disk, nothing for a file that is not there', async () => {
    const file = join(tmp, 'municipality.yaml');
    writeFileSync(file, 'id: kakuu\n');
    expect((await readContentAt(file))?.data).toEqual({ id: 'kakuu' });
    expect(await readContentAt(join(tmp, 'missing.yaml'))).toBeUndefined();
  });

  it('reads any YAML value the same way, throwing where a file would have problems', () => {
    expect(readYamlValue('- a\n- b\n')).toEqual(['a', 'b']);
    expect(readYamlValue('a: &x [1]\nb: *x\n')).toEqual({ a: [1], b: [1] });
    expect(readYamlValue('# only a comment\n') ?? null).toBeNull();
    expect(() => readYamlValue('a: 1\na: 2\n')).toThrow();
    expect(() => readYamlValue('a: [')).toThrow();
  });
});
