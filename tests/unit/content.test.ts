/**
 * The demo site's content/, whatever plans it holds: valid, every plan file read as a plan, and the
 * JSON Schemas in schemas/ up to date.
 */
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validate/validate-content.ts';
import { jsonSchemas } from '../../src/lib/export/json-schema.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('content/', () => {
  it('is valid, and every <municipality>/<department>/<year>.yaml or .md in it is a plan of the site', async () => {
    const { diagnostics, content } = await validateContent(root);
    expect(diagnostics).toEqual([]);
    const onDisk = readdirSync(join(root, 'content'), { recursive: true, encoding: 'utf8' })
      .map((f) => f.split('\\').join('/'))
      .filter((f) => /^[^/]+\/[^/]+\/\d{4}\.(yaml|md)$/.test(f))
      .map((f) => `content/${f}`)
      .sort();
    expect(onDisk.length).toBeGreaterThan(0);
    expect(content?.plans.map((p) => p.file)).toEqual(onDisk);
  });

  it('fills division English from the glossary (中野区 総務部 2021, a seed plan)', async () => {
    const { content } = await validateContent(root);
    const nakano = content!.plans.find((p) => p.file === 'content/nakano/soumu/2021.yaml')!.plan;
    expect(nakano.divisions!.items.map((d) => d.name.en)).not.toContain(undefined);
  });

  it('holds the real excerpts (Tottori 工程表, Osaka 部局運営方針, Minamiashigara 組織目標表), each an excerpt that says where it breaks off', async () => {
    const { diagnostics, content } = await validateContent(root);
    expect(diagnostics).toEqual([]);
    const plans = content!.plans.map((p) => p.plan);
    const files = content!.plans.map((p) => p.file);
    for (const year of [2013, 2014, 2015, 2019, 2020]) expect(files).toContain(`content/tottori-pref/kikaku/${year}.yaml`);
    expect(files).toEqual(
      expect.arrayContaining([
        'content/osaka-pref/fuminbunka/2012.yaml',
        'content/osaka-pref/fuminbunka/2020.yaml',
        'content/minamiashigara/hishokoho/2015.yaml',
      ]),
    );
    const excerpts = plans.filter((p) => ['tottori-pref', 'osaka-pref', 'minamiashigara'].includes(p.municipality));
    expect(excerpts.every((p) => p.source.completeness === 'excerpt' && p.source.url && p.source.note)).toBe(true);
    const tottori2013 = plans.find((p) => p.municipality === 'tottori-pref' && p.fiscalYear === 2013)!;
    expect(tottori2013.organisation?.units.map((u) => [u.name.ja, u.leader?.title.ja, u.leader?.name?.ja])).toEqual([
      ['未来づくり推進局', '部局長', '田中規靖'],
      ['企画課', '所属長', '西尾浩一'],
    ]);
    expect(tottori2013.indicators?.items[0]?.values?.map((v) => v.at?.ja)).toEqual(['23年度当初', '24年度当初', '25年度末']);
    expect(tottori2013.projects).toMatchObject({ items: [], breaksOff: true, columns: { body: { ja: '事業概' } } });
    const kikaku = content!.departments.find((d) => d.municipality === 'tottori-pref' && d.id === 'kikaku')!;
    expect(kikaku.names?.map((n) => n.name.ja)).toEqual(['企画課', 'とっとり元気戦略課', '新時代創造課', '新時代・SDGs推進課']);
  });

  it('has up-to-date JSON Schemas in schemas/ (run npm run schema after changing a schema)', async () => {
    for (const [name, text] of Object.entries(jsonSchemas())) {
      expect(await readFile(`${root}schemas/${name}.schema.json`, 'utf8'), `schemas/${name}.schema.json`).toBe(text);
    }
  });
});
