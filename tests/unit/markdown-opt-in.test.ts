/**
 * Prose is Markdown only when the plan says `markdown: true` (docs/authoring.md 2.4). A plan that says
 * nothing gets a warning — file:line:column, field and the one line to add — at prose that looks
 * written for Markdown; `markdown: false` confirms the text is meant as written. Warnings block nothing.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { PlanSchema, eachProse, type Plan } from '../../schemas/plan/index.ts';
import { validateContent } from '../../src/lib/validate/validate-content.ts';
import { alignPlans } from '../../src/lib/compare/align.ts';
import { markdownLike } from '../../src/lib/validate/check-markdown-like.ts';
import { formatGithub } from '../../src/lib/validate/diagnostic.ts';
import { CLI } from '../helpers/cli.ts';
import { projectRoot } from '../helpers/pages.ts';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

const PLAN = 'content/kakuu/soumu/2020.yaml';
/** A copy of the base fixture (fictional) whose policy body is `body` (a literal block) and whose plan has `flag` after fiscalYear. */
function tree(body: string, flag?: string): string {
  const root = mkdtempSync(join(tmpdir(), 'markdown-opt-in-'));
  roots.push(root);
  cpSync(join(projectRoot, 'tests/fixtures/base/content'), join(root, 'content'), { recursive: true });
  const file = join(root, PLAN);
  const text = readFileSync(file, 'utf8')
    .replace('fiscalYear: 2020\n', `fiscalYear: 2020\n${flag ? `${flag}\n` : ''}`)
    .replace('      body: 架空の本文です。\n', `      body: |\n${body.replace(/^/gm, '        ')}\n`);
  writeFileSync(file, text);
  return root;
}

describe('Markdown-like prose in a plan that says nothing about Markdown', () => {
  it('is published as written, with a warning at the mark that names the line to add', async () => {
    const root = tree('次の取組を進めます。\n\n- 防災訓練の実施\n- 防災出前講座の実施');
    const result = await validateContent(root);
    expect(result.diagnostics).toEqual([]);
    expect(result.content?.plans[0]?.plan.policies?.items[0]?.body).toEqual({
      ja: '次の取組を進めます。\n\n- 防災訓練の実施\n- 防災出前講座の実施',
    });
    const lines = readFileSync(join(root, PLAN), 'utf8').split('\n');
    const listLine = lines.findIndex((l) => l.includes('- 防災訓練の実施')) + 1;
    const fiscalYearLine = lines.findIndex((l) => l.startsWith('fiscalYear:')) + 1;
    expect(result.warnings).toHaveLength(1);
    const [warning] = result.warnings;
    expect(warning).toMatchObject({
      file: PLAN,
      line: listLine,
      column: 9,
      path: 'policies.items[0].body',
      code: 'markdown-like',
      severity: 'warning',
    });
    expect(warning!.ja).toContain(`${fiscalYearLine} 行目（fiscalYear）の次に 1 行「markdown: true」`);
    expect(warning!.en).toContain(`add the line "markdown: true" after line ${fiscalYearLine}`);
    expect(formatGithub(warning!)).toMatch(/^::warning file=/);
  });

  it('is a warning on the command line: printed, exit code 0, and listed under warnings in JSON', () => {
    const root = tree('詳しくは[市のページ](https://example.org/)を見てください。');
    const run = (...args: string[]) => spawnSync(process.execPath, [CLI, 'validate', ...args], { cwd: root, encoding: 'utf8' });
    const text = run();
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^content\/kakuu\/soumu\/2020\.yaml:\d+:\d+ {2}policies\.items\[0\]\.body {2}警告 \/ warning: /m);
    const json = JSON.parse(run('--format', 'json').stdout) as { ok: boolean; diagnostics: unknown[]; warnings: { code: string }[] };
    expect([json.ok, json.diagnostics, json.warnings.map((w) => w.code)]).toEqual([true, [], ['markdown-like']]);
    expect(run('--quiet').stdout).toBe('');
  });

  it('gets no warning once the plan says markdown: false, and stays as written', async () => {
    const result = await validateContent(tree('1. 番号も文書のとおり', 'markdown: false'));
    expect(result.warnings).toEqual([]);
    expect(result.content?.plans[0]?.plan.policies?.items[0]?.body).toEqual({ ja: '1. 番号も文書のとおり' });
  });

  it('is Markdown once the plan says markdown: true: every prose text is marked format: markdown, other texts are not', async () => {
    const result = await validateContent(tree('- 防災訓練の実施', 'markdown: true'));
    expect(result.warnings).toEqual([]);
    const plan = result.content!.plans[0]!.plan;
    expect(plan.policies?.items[0]?.body).toEqual({ ja: '- 防災訓練の実施', format: 'markdown' });
    expect(plan.statements?.blocks[1]?.paragraphs?.[0]?.format).toBe('markdown');
    expect(plan.policies?.items[0]?.title).toEqual({ ja: '架空の実施方針' });
    // The 新旧対照表 and diff compare the characters: the same text as Markdown or not is the same text.
    const literal = (await validateContent(tree('- 防災訓練の実施', 'markdown: false'))).content!.plans[0]!.plan;
    const fields = alignPlans(literal, plan);
    expect(fields.filter((f) => f.status !== 'same')).toEqual([]);
    expect(fields.find((f) => f.path === 'policies.kakuu-houshin.body')?.new).toEqual({ ja: '- 防災訓練の実施' });
  });
});

describe('what looks like Markdown', () => {
  it.each([
    ['[市のページ](https://example.org/)', 'a link'],
    ['前文\n- 項目', 'a list line'],
    ['1. 番号', 'a numbered line'],
    ['**重要**な点', 'emphasis'],
    ['# 見出し', 'a heading line'],
    ['\\~住んで良し\\~', 'a backslash escape'],
  ])('%s: %s', (text, kind) => {
    expect(markdownLike(text)?.en).toContain(kind);
  });
  it.each(['~住んで良し、働いて良し、訪れて良し~', '※ 注記', '・防災訓練', '１．全角の番号', '5 * 3 = 15', 'snake_case_name', '2017年度'])(
    'not %s',
    (text) => {
      expect(markdownLike(text)).toBeUndefined();
    },
  );
});

describe('markdown: true', () => {
  /** Every place the plan's JSON Schema has a prose text (one that takes format: markdown), as `a.b[].c`. */
  function prosePlaces(): string[] {
    const places: string[] = [];
    const walk = (node: Record<string, unknown>, path: string) => {
      const properties = node.properties as Record<string, Record<string, unknown>> | undefined;
      if ((properties?.format as { const?: string } | undefined)?.const === 'markdown') return void places.push(path);
      for (const [key, child] of Object.entries(properties ?? {})) walk(child, path ? `${path}.${key}` : key);
      if (node.items) walk(node.items as Record<string, unknown>, `${path}[]`);
      for (const branch of [...((node.anyOf as []) ?? []), ...((node.oneOf as []) ?? [])]) walk(branch, path);
    };
    walk(z.toJSONSchema(PlanSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>, '');
    return [...new Set(places)].sort();
  }

  it('reaches every prose field of the schema (eachProse knows them all)', () => {
    const places = prosePlaces();
    expect(places.length).toBeGreaterThanOrEqual(9);
    // A plan with one text at each place, and the places eachProse visits in it.
    const plan: Record<string, unknown> = {};
    for (const place of places) {
      const keys = place.split('.').flatMap((k) => (k.endsWith('[]') ? [k.slice(0, -2), 0] : [k]));
      let node: Record<string | number, unknown> = plan;
      keys.forEach((key, i) => {
        const last = i === keys.length - 1;
        node[key] ??= last ? { ja: place } : typeof keys[i + 1] === 'number' ? [] : {};
        node = node[key] as Record<string | number, unknown>;
      });
    }
    const visited: string[] = [];
    eachProse(plan as unknown as Plan, (_, path) =>
      visited.push(
        path
          .map((k) => (typeof k === 'number' ? '[]' : `.${k}`))
          .join('')
          .replace(/^\./, '')
          .replace(/\.\[\]/g, '[]'),
      ),
    );
    expect(visited.sort()).toEqual(places);
  });
});
