/**
 * The editor files come from one function: a new site gets them with the schemas of the installed
 * package (node_modules/gyosei-plans/schemas), and this repository's own copies are the same files
 * for the package root. Each kind of content file is mapped to exactly its own schema.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, matchesGlob, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editorFiles, editorSettings, SITE_SCHEMAS_DIR } from '../../src/lib/content/editor-settings.ts';
import { projectRoot } from '../helpers/pages.ts';

const schemasOf = (settings: Record<string, unknown>) => settings['yaml.schemas'] as Record<string, string[]>;

describe('editor settings', () => {
  it('are, in this repository, the files the function gives for the package root', () => {
    for (const [path, text] of Object.entries(editorFiles({ schemasDir: './schemas' }))) {
      expect(readFileSync(join(projectRoot, path), 'utf8'), path).toBe(text);
    }
  });

  it('point a site at the installed package’s schemas, under the content folder it names', () => {
    expect(SITE_SCHEMAS_DIR).toBe('./node_modules/gyosei-plans/schemas');
    expect(schemasOf(editorSettings())).toEqual({
      './node_modules/gyosei-plans/schemas/municipality.schema.json': ['content/*/municipality.yaml'],
      './node_modules/gyosei-plans/schemas/department.schema.json': ['content/*/*/department.yaml'],
      './node_modules/gyosei-plans/schemas/plan.schema.json': ['content/*/*/[0-9][0-9][0-9][0-9].yaml'],
      './node_modules/gyosei-plans/schemas/glossary.schema.json': ['content/glossary.yaml'],
    });
    expect(Object.values(schemasOf(editorSettings({ contentDir: './data/plans/' }))).flat()).toEqual([
      'data/plans/*/municipality.yaml',
      'data/plans/*/*/department.yaml',
      'data/plans/*/*/[0-9][0-9][0-9][0-9].yaml',
      'data/plans/glossary.yaml',
    ]);
    expect(editorSettings()).toMatchObject({ 'files.encoding': 'utf8', 'files.eol': '\n', 'editor.insertSpaces': true });
    expect(JSON.parse(editorFiles()['.vscode/extensions.json']!)).toEqual({ recommendations: ['redhat.vscode-yaml'] });
    expect(editorFiles()['.gitattributes']).toContain('*.yaml text eol=lf');
  });

  it('map every content file to the schema of its kind, and only that one', () => {
    const mapping = Object.entries(schemasOf(editorSettings({ schemasDir: './schemas' })));
    for (const [schema] of mapping) expect(existsSync(join(projectRoot, schema)), schema).toBe(true);
    const tree = join(projectRoot, 'tests/fixtures/base');
    const files = readdirSync(join(tree, 'content'), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.yaml'))
      .map((e) => relative(tree, join(e.parentPath, e.name)).split(sep).join('/'));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const kind = file.endsWith('/glossary.yaml')
        ? 'glossary'
        : file.endsWith('/municipality.yaml')
          ? 'municipality'
          : file.endsWith('/department.yaml')
            ? 'department'
            : 'plan';
      const schemas = mapping.filter(([, globs]) => globs.some((g) => matchesGlob(file, g))).map(([schema]) => schema);
      expect(schemas, file).toEqual([`./schemas/${kind}.schema.json`]);
    }
  });
});
