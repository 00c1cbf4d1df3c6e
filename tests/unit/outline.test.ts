/**
 * The document's outline (schemas/plan/outline.ts): chapters nest with optional headings and hold, in
 * printed order, sections by name, blocks by id, blocks written in place and sub-chapters; each
 * section and block is placed once; every block is found wherever it sits. On the fictional base plan.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PlanSchema, type Plan } from '../../schemas/plan/index.ts';
import { statementBlocks } from '../../schemas/plan/outline-walk.ts';
import { outlineOf } from '../../src/lib/view/outline.ts';
import { readVersion } from '../../src/lib/translations/history.ts';

const dir = fileURLToPath(new URL('../fixtures/base/content/kakuu/soumu/', import.meta.url));
const base = () => parse(readFileSync(`${dir}2020.yaml`, 'utf8')) as Record<string, any>;
const problems = (value: unknown) => {
  const result = PlanSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
};
const ids = (plan: Record<string, any>) => plan.statements.blocks.map((b: { id?: string }) => b.id);

/** The base plan with an outline that places its sections and blocks in `content`, with a nested chapter. */
function outlined() {
  const plan = base();
  plan.statements.blocks.forEach((b: { id?: string }, i: number) => (b.id = `block-${i + 1}`));
  const [first, ...rest] = ids(plan) as string[];
  plan.parts = [
    { content: [{ paragraphs: ['架空の前書き（見出しなし）'] }] },
    {
      heading: '1.架空の章',
      content: [{ block: first }, ...rest.map((id) => ({ block: id })), { heading: '(1)架空の節', content: ['divisions', 'resources'] }],
    },
    { heading: '2.架空の章', content: ['policies', 'projects', { paragraphs: ['測定指標なし'] }] },
  ];
  return plan;
}

describe('the outline', () => {
  it('takes chapters that nest, with or without a heading, holding any content in printed order', () => {
    expect(problems(outlined())).toEqual([]);
  });

  it('shows the outline in printed order and every block wherever it sits', () => {
    const plan = PlanSchema.parse(outlined()) as Plan;
    const nodes = outlineOf(plan);
    expect(nodes.map((n) => (n.type === 'chapter' ? (n.heading?.ja ?? '(none)') : n.type))).toEqual(['(none)', '1.架空の章', '2.架空の章']);
    const second = nodes[1]!;
    expect(second.type === 'chapter' && second.children.at(-1)).toMatchObject({ type: 'chapter', heading: { ja: '(1)架空の節' } });
    const blocks = statementBlocks(plan).map(({ block, path }) => [block.id ?? block.paragraphs?.[0]?.ja, path.join('.')]);
    expect(blocks[0]).toEqual(['架空の前書き（見出しなし）', 'parts.0.content.0']);
    expect(blocks.at(-1)).toEqual(['測定指標なし', 'parts.2.content.2']);
    expect(blocks).toHaveLength(ids(base()).length + 2);
  });

  it('places each section and block once, and every section of the file', () => {
    const twice = outlined();
    twice.parts[2].content.push('policies');
    expect(problems(twice)).toEqual(['parts.2.content.3']);
    const unknown = outlined();
    unknown.parts[1].content[0] = { block: 'no-such-block' };
    expect(problems(unknown)).toEqual(['parts.1.content.0.block', `statements.blocks.0.id`]);
    const missing = outlined();
    missing.parts[2].content = ['policies'];
    expect(problems(missing)).toEqual(['parts']);
  });

  it('refuses a chapter with both content and sections, and one with neither heading nor content', () => {
    const both = outlined();
    both.parts[2].sections = ['indicators'];
    expect(problems(both)).toContain('parts.2');
    const empty = outlined();
    empty.parts.push({});
    expect(problems(empty)).toEqual(['parts.3']);
  });
});

describe('an old version of a plan written as a document', () => {
  it('reads as the validator reads it', () => {
    const text = '---\nmunicipality: kakuu\nfiscalYear: 2020\ntitle: 架空\n---\n\n# 1.架空\n\n本文\n';
    expect(readVersion(text)).toEqual({
      municipality: 'kakuu',
      fiscalYear: 2020,
      title: '架空',
      parts: [{ heading: '1.架空', content: [{ paragraphs: ['本文'] }] }],
    });
  });
});

describe('a figure printed in a table cell', () => {
  /** A fictional 工程表: the 職員数 is a column of the organisation table, and the staff figure points at it. */
  const plan = (cell: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    municipality: 'kakuu',
    department: 'kikaku',
    fiscalYear: 2013,
    documentType: '工程表',
    title: '架空課の工程表',
    resources: { staff: { items: [{ id: 'total', label: '職員数', cell, ...extra }] } },
    parts: [
      {
        heading: '所管組織、所管責任者',
        content: [
          {
            tables: [
              {
                id: 'soshiki',
                columns: ['所属名', '職員数'],
                rows: [
                  ['架空課', '１２'],
                  ['架空係', '—'],
                ],
              },
            ],
          },
        ],
      },
    ],
    source: { title: '架空', completeness: 'full' },
  });

  it('is read from the cell (by the table’s id or number) rather than copied, and needs no place of its own', () => {
    for (const table of ['soshiki', 1]) {
      const parsed = PlanSchema.safeParse(plan({ table, row: 1, column: 2 }));
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      expect(parsed.data!.resources!.staff!.items[0]!.count).toBe(12);
      expect(outlineOf(parsed.data as Plan).map((n) => n.type)).toEqual(['chapter']);
    }
  });

  it('refuses a cell that is not there or holds no number, and a count that differs from it', () => {
    expect(problems(plan({ table: 'soshiki', row: 3, column: 2 }))).toEqual(['resources.staff.items.0.cell']);
    expect(problems(plan({ table: 2, row: 1, column: 2 }))).toEqual(['resources.staff.items.0.cell']);
    expect(problems(plan({ table: 'soshiki', row: 2, column: 2 }))).toEqual(['resources.staff.items.0.cell']);
    expect(problems(plan({ table: 'soshiki', row: 1, column: 2 }, { count: 13 }))).toEqual(['resources.staff.items.0.count']);
  });
});
