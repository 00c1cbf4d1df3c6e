/**
 * Phones: a table of a few columns must be readable at 375 px without scrolling sideways (issue 23).
 * `narrowTableProblems` runs in the page (Playwright sends its source, so it is kept free of closures
 * over test code, like `measure` in tests/e2e/layout.test.ts):
 *
 *   const problems = await page.evaluate(narrowTableProblems, { maxColumns: 3, minCellEm: 5 });
 *
 * For every visible table of at most `maxColumns` columns (colspans counted) it reports
 * - a scroll region (the nearest ancestor that scrolls or clips sideways) whose content is wider than it;
 * - a cell narrower than `minCellEm` times its font size whose content would be wider on one line, i.e.
 *   squeezed: a heading broken a character a line, a column that a scrolling table pushed out of view.
 *   A cell that is narrow because its content is short (a number, 「—」) is fine, and so is one hidden
 *   visually for screen readers (clipped to a pixel).
 */
export interface NarrowTableOptions {
  maxColumns: number;
  minCellEm: number;
}

export function narrowTableProblems({ maxColumns, minCellEm }: NarrowTableOptions): string[] {
  const problems: string[] = [];
  const name = (el: Element) => {
    const id = el.id ? `#${el.id}` : '';
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return `<${el.tagName.toLowerCase()}${id}> "${text}"`;
  };
  for (const table of document.querySelectorAll('table')) {
    if (!table.checkVisibility()) continue;
    const columns = Math.max(0, ...[...table.rows].map((row) => [...row.cells].reduce((n, cell) => n + cell.colSpan, 0)));
    if (columns > maxColumns) continue;
    let region: HTMLElement | null = table.parentElement;
    while (region && region !== document.body && getComputedStyle(region).overflowX === 'visible') region = region.parentElement;
    if (region && region !== document.body && region.scrollWidth > region.clientWidth + 1) {
      problems.push(`${name(table)} (${columns} columns) scrolls sideways: ${region.scrollWidth}px in ${region.clientWidth}px`);
    }
    for (const cell of table.querySelectorAll<HTMLTableCellElement>('th, td')) {
      if (!cell.textContent?.trim() || !cell.checkVisibility()) continue;
      // Hidden visually but kept for screen readers (a stacked table's head row): a box of a pixel.
      let hidden = false;
      for (let el: Element | null = cell; el && el !== table; el = el.parentElement) hidden ||= el.getBoundingClientRect().width <= 1;
      if (hidden) continue;
      const style = getComputedStyle(cell);
      const fontSize = parseFloat(style.fontSize);
      const inner = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      if (inner >= minCellEm * fontSize) continue;
      // The content's width on one line: a copy of it in a box of its own, as wide as it wants.
      const probe = document.createElement('div');
      probe.style.cssText = `position:absolute;visibility:hidden;width:max-content;font:${style.font};white-space:nowrap`;
      probe.append(...[...cell.childNodes].map((node) => node.cloneNode(true)));
      document.body.append(probe);
      const natural = probe.getBoundingClientRect().width;
      probe.remove();
      if (natural > inner + 1) {
        problems.push(
          `${name(cell)} in ${name(table)} is squeezed to ${Math.round(inner)}px (< ${minCellEm}em); its text needs ${Math.round(natural)}px`,
        );
      }
    }
  }
  return problems;
}
