/** Which tables stack on a phone, and the column header each data cell is labelled with (src/lib/view/stacked-table.ts). */
import { describe, expect, it } from 'vitest';
import { STACK_MAX_COLUMNS, stackTable } from '../../src/lib/view/stacked-table.ts';

const head = (...cells: string[]) => `<thead><tr>${cells.map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead>`;
const labels = (html: string) => [...html.matchAll(/<(td|th)\b[^>]*?(?: data-label="([^"]*)")?>/g)].map((m) => `${m[1]}:${m[2] ?? ''}`);

describe('stackTable', () => {
  it('labels each data cell with its column header and leaves the header row and row headers unlabelled', () => {
    const { stack, html } = stackTable(
      `${head('課の名称', 'ミッション', '重点取組み事項')}<tbody><tr><th scope="row">総務課</th><td>支援する。</td><td><ul><li>調整</li></ul></td></tr></tbody>`,
    );
    expect(stack).toBe(true);
    expect(labels(html)).toEqual(['th:', 'th:', 'th:', 'th:', 'td:ミッション', 'td:重点取組み事項']);
  });

  it(`leaves a table of more than ${STACK_MAX_COLUMNS} columns as it was, counting colspans`, () => {
    const wide = `${head('区分', '会計', '金額', '備考')}<tbody><tr><td>a</td><td>b</td><td>c</td><td>d</td></tr></tbody>`;
    expect(stackTable(wide)).toEqual({ stack: false, html: wide });
    const spanned = `<tbody><tr><td colspan="3">a</td><td>b</td></tr></tbody>`;
    expect(stackTable(spanned).stack).toBe(false);
  });

  it('counts a column that a rowspan above holds, and labels the cells beside it by their own column', () => {
    // Nakano's 部の経営戦略: a mission shared by two sub-sections spans their rows.
    const { stack, html } = stackTable(
      `${head('課', 'ミッション', '取組')}<tbody><tr><th scope="row">A担当</th><td rowspan="2">共通の使命</td><td>a</td></tr><tr><th scope="row">B担当</th><td>b</td></tr></tbody>`,
    );
    expect(stack).toBe(true);
    expect(labels(html).slice(3)).toEqual(['th:', 'td:ミッション', 'td:取組', 'th:', 'td:取組']);
  });

  it('takes the header as a reader sees it: no "Japanese only" badge, no text for screen readers only, line breaks as spaces', () => {
    const { html } = stackTable(
      `${head('<span lang="ja">番号</span> <small class="fallback-badge">Japanese only</small>', '金額<br>（千円）<span class="visually-hidden">注</span>')}<tbody><tr><td>1</td><td>2</td></tr></tbody>`,
    );
    expect(labels(html).slice(2)).toEqual(['td:番号', 'td:金額 （千円）']);
  });

  it('escapes a header that holds quotes or markup characters', () => {
    const { html } = stackTable(`${head('a &quot;b&quot; &lt;c&gt;')}<tbody><tr><td>x</td></tr></tbody>`);
    // Named references, as Astro writes its own markup.
    expect(html).toContain('<td data-label="a &quot;b&quot; <c>">x</td>');
  });

  it('stacks a table without a header row, its cells unlabelled; a cell spanning columns gets no label', () => {
    expect(stackTable('<tbody><tr><td>a</td><td>b</td></tr></tbody>')).toEqual({
      stack: true,
      html: '<tbody><tr><td>a</td><td>b</td></tr></tbody>',
    });
    expect(labels(stackTable(`${head('新', '旧')}<tbody><tr><td colspan="2">同じ</td></tr></tbody>`).html).slice(2)).toEqual(['td:']);
  });
});
