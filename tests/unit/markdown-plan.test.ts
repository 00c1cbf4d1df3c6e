/**
 * A plan written as a document (<year>.md: frontmatter and the body as printed, src/lib/content-tree/
 * read-markdown.ts) reads to the same plan as the same document written as YAML, keeps every character
 * of its text, nests its headings, places its typed blocks where they are printed, and has every problem
 * reported at the .md file's own line and column. Fictional plans (tests/fixtures/markdown-form).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validate/validate-content.ts';
import { readMarkdownPlan } from '../../src/lib/content-tree/read-markdown.ts';
import { statementBlocks } from '../../schemas/plan/outline-walk.ts';
import { projectRoot } from '../helpers/pages.ts';

const fixture = join(projectRoot, 'tests/fixtures/markdown-form/content');
const tmp = mkdtempSync(join(tmpdir(), 'markdown-plan-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const FRONT = `---
municipality: kakuu
department: kikaku-md
fiscalYear: 2024
documentType: 工程表
title: 架空企画課の工程表
source:
  title: 架空
  completeness: full
---
`;

/** The diagnostics of the fixture tree with kikaku-md/2024.md replaced by `md`, as file:line:column code. */
async function diagnosticsOf(md: string): Promise<string[]> {
  const dir = mkdtempSync(join(tmp, 'tree-'));
  cpSync(fixture, dir, { recursive: true });
  writeFileSync(join(dir, 'kakuu/kikaku-md/2024.md'), md);
  const { diagnostics } = await validateContent(tmp, { contentDir: dir });
  return diagnostics.filter((d) => d.file.endsWith('2024.md')).map((d) => `${d.line}:${d.column} ${d.code} ${d.path}`);
}

describe('a plan in Markdown and the same plan in YAML', () => {
  it('read to the same plan, but for the unit', async () => {
    const { content, diagnostics } = await validateContent(tmp, { contentDir: fixture });
    expect(diagnostics).toEqual([]);
    const plan = (department: string) => {
      const found = content!.plans.find((p) => p.plan.department === department)!.plan;
      return { ...found, department: 'same' };
    };
    expect(plan('kikaku-md')).toEqual(plan('kikaku-yaml'));
    // Typed sections are where every reader expects them; blocks written in place are statement blocks for comparisons.
    expect(plan('kikaku-md').indicators?.items[0]?.id).toBe('manzoku');
    expect(statementBlocks(plan('kikaku-md')).map(({ block }) => block.id ?? null)).toEqual([null, null, null, 'kotoshi', null]);
  });
});

describe('reading the Markdown form', () => {
  const read = (body: string) => readMarkdownPlan(`${FRONT}\n${body}`);

  it('keeps every character of a paragraph: no emphasis, strikethrough or escapes but those of structure', () => {
    const { data } = read('価格は*千円*～_2_ ~~円~~ [リンク](x) \\1. です\n\n\\- 行頭の記号\n');
    expect((data as { parts: unknown[] }).parts).toEqual([
      { content: [{ paragraphs: ['価格は*千円*～_2_ ~~円~~ [リンク](x) \\1. です', '- 行頭の記号'] }] },
    ]);
  });

  it('nests headings by level and keeps their printed numbering', () => {
    const { data } = read('# 1.章\n\n## (1)節\n\n本文\n\n### ●小見出し\n\n# 2.章\n\nなし\n');
    expect((data as { parts: unknown[] }).parts).toEqual([
      {
        heading: '1.章',
        content: [{ heading: '(1)節', content: [{ paragraphs: ['本文'] }, { heading: '●小見出し' }] }],
      },
      { heading: '2.章', content: [{ paragraphs: ['なし'] }] },
    ]);
  });

  it('reads a GFM table as a table without a caption, empty cells empty', () => {
    const { data } = read('| A | B |\n| --- | --- |\n|  | x\\|y |\n');
    expect((data as { parts: unknown[] }).parts).toEqual([{ content: [{ tables: [{ columns: ['A', 'B'], rows: [[null, 'x|y']] }] }] }]);
  });

  it('places a typed block where it is printed and its data at the top', () => {
    const { data } = read('# 2.測定指標\n\n```yaml indicators\nitems:\n  - { id: a, label: 架空 }\n```\n');
    expect(data).toMatchObject({
      indicators: { items: [{ id: 'a', label: '架空' }] },
      parts: [{ heading: '2.測定指標', content: ['indicators'] }],
    });
  });

  it('refuses what is not part of the dialect, at its line', () => {
    expect(read('本文\n\n---\n\n> 引用\n').problems.map((p) => `${p.line} ${p.code}`)).toEqual(['14 md-construct', '16 md-construct']);
    expect(read('```yaml unknown\na: 1\n```\n').problems.map((p) => `${p.line} ${p.code}`)).toEqual(['12 md-fence']);
    expect(readMarkdownPlan('本文だけ\n').problems.map((p) => p.code)).toEqual(['md-frontmatter']);
  });
});

describe('problems of a Markdown plan', () => {
  it('are reported at the .md file’s line and column: in the frontmatter, a typed block and the body', async () => {
    const md = readFileSync(join(fixture, 'kakuu/kikaku-md/2024.md'), 'utf8')
      .replace('fiscalYear: 2024', 'fiscalYear: 二千二十四')
      .replace('    number: 1\n', '    number: 0\n');
    const lines = md.split('\n');
    const yearLine = lines.findIndex((l) => l.startsWith('fiscalYear:')) + 1;
    const numberLine = lines.findIndex((l) => l === '    number: 0') + 1;
    expect(await diagnosticsOf(md)).toEqual([
      `${yearLine}:13 invalid-type fiscalYear`,
      `${numberLine}:13 too-small indicators.items[0].number`,
    ]);
  });

  it('names the problem of a typed block of the body at its line in the .md file', async () => {
    // Line 15 is the fence's first line of YAML (the frontmatter is lines 1–10).
    expect(await diagnosticsOf(`${FRONT}\n本文\n\n\`\`\`yaml block\nparagraphs: []\n\`\`\`\n`)).toEqual([
      '15:1 invalid-value parts[0].content[1]',
    ]);
  });

  it('refuses a year written both as YAML and as a document', async () => {
    const dir = mkdtempSync(join(tmp, 'twice-'));
    cpSync(fixture, dir, { recursive: true });
    mkdirSync(join(dir, 'kakuu/kikaku-md'), { recursive: true });
    writeFileSync(join(dir, 'kakuu/kikaku-md/2024.yaml'), readFileSync(join(fixture, 'kakuu/kikaku-yaml/2024.yaml'), 'utf8'));
    const { diagnostics } = await validateContent(tmp, { contentDir: dir });
    expect(diagnostics.map((d) => d.code)).toContain('plan-twice');
  });
});
