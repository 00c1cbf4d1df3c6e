/**
 * 測定指標 as a table per indicator (Tottori's 工程表): 指標1, then rows
 *   指標名 | 指標の分類 /  <label> | <classification>
 *   | 基準値 | 年度当初値 | 今年度目標値 | 今年度実績値 | 長期的目標値 |
 *   数値 | … /  時点 | …
 *   根拠となる計画等 | その他計画の名称 | 計画指標の選定理由 /  <basis> | <other plan> | <rationale>
 * Each value takes its role from its column label, its point in time from the 時点 row, and a number
 * with its unit, or its text as printed.
 */
import { pipeCells } from '../line-shapes.ts';
import { origin, section, type LineHandler } from '../state.ts';
import type { IndicatorDraft } from '../draft.ts';
import { adoptHeading } from './generic.ts';

type Value = NonNullable<IndicatorDraft['values']>[number];

/** The role of a value from its column label; undefined for a label that is no value's. */
export function valueRole(label: string): Value['role'] | undefined {
  if (/長期/.test(label) && /目標/.test(label)) return 'long-term-target';
  if (/基準/.test(label)) return 'baseline';
  if (/当初|現状/.test(label)) return 'initial';
  if (/実績/.test(label)) return 'actual';
  if (/目標/.test(label)) return 'target';
  return /値$/.test(label) ? 'other' : undefined;
}

/** A cell's value: a number with its unit (70.3%, 1,200件, 100 回以上 is text), or its text. */
export function cellValue(cell: string): Pick<Value, 'value' | 'unit' | 'text'> {
  const m = /^([+-]?[\d,]*\.?\d+)\s*([^\d\s,.]{0,4})$/.exec(cell.normalize('NFKC'));
  if (m && !/[以上下超未満]/.test(m[2] ?? '')) return { value: Number(m[1]!.replace(/,/g, '')), ...(m[2] ? { unit: m[2] } : {}) };
  return { text: cell };
}

/** A row's cells with a leading empty cell kept (`| 基準値 | …` has an empty corner), the closing pipe dropped. */
const cellsOf = (text: string) =>
  pipeCells(text)
    ? text
        .trim()
        .replace(/\s*[|｜]$/, '')
        .split(/\s*[|｜]\s*/)
        .map((c) => c.trim())
    : undefined;

export const indicatorLine: LineHandler = (line, next, state) => {
  const m = /^指標\s*(\d{1,3})$/.exec(line.text);
  if (m && (state.mode.kind === 'indicators' || (next && /指標名|基準値|[|｜]/.test(next.text)))) {
    const s = section(state, 'indicators');
    if (!state.indicators.length) {
      const heading = adoptHeading(state);
      if (heading) s.heading = heading;
      s.itemLabel = '指標';
      origin(state, s, line);
    }
    const indicator: IndicatorDraft = { id: `indicator-${m[1]}`, number: Number(m[1]) };
    for (let n = 2; state.indicators.some((d) => d.id === indicator.id); n++) indicator.id = `indicator-${m[1]}-${n}`;
    state.indicators.push(indicator);
    state.mode = { kind: 'indicators', indicator };
    return true;
  }
  const mode = state.mode;
  if (mode.kind !== 'indicators' || !mode.indicator) return false;
  const cells = line.cells?.map((c) => c.trim()) ?? cellsOf(line.text);
  if (!cells) return false;
  const indicator = mode.indicator;
  const [first = '', ...rest] = cells;
  if (mode.expect) {
    const { kind, columns } = mode.expect;
    mode.expect = undefined;
    const at = (re: RegExp) => cells[columns.findIndex((c) => re.test(c))]?.trim();
    if (kind === 'label') {
      const label = at(/指標名/);
      const classification = at(/分類/);
      if (label) indicator.label = label;
      if (classification) indicator.classification = classification;
    } else {
      const basis = at(/根拠/);
      const other = at(/その他計画/);
      const rationale = at(/理由/);
      if (basis) indicator.basis = basis;
      if (other) indicator.otherPlan = other;
      if (rationale) indicator.rationale = rationale;
    }
    return true;
  }
  // Header rows and the 数値 / 時点 rows are read into the fields, but their labels have no field: they stay for the clerk.
  if (cells.some((c) => /指標名/.test(c))) return ((mode.expect = { kind: 'label', columns: cells, line }), 'read');
  if (cells.some((c) => /根拠となる計画/.test(c))) return ((mode.expect = { kind: 'basis', columns: cells, line }), 'read');
  if (first === '' && rest.some((c) => valueRole(c))) {
    mode.columns = cells;
    mode.values = {};
    return 'read';
  }
  if (mode.columns && /^(数値|値|時点)$/.test(first)) {
    const values = (mode.values ??= {});
    cells.forEach((cell, i) => {
      const label = mode.columns![i];
      if (i === 0 || !label || !cell) return;
      const v = (values[i] ??= { label });
      if (first === '時点') v.at = cell;
      else v.value = cell;
    });
    indicator.values = Object.values(values)
      .filter((v) => v.value !== undefined || v.at !== undefined)
      .map((v) => ({
        role: valueRole(v.label) ?? 'other',
        label: v.label,
        ...(v.at ? { at: v.at } : {}),
        ...(v.value !== undefined ? cellValue(v.value) : {}),
      }))
      .filter((v) => v.value !== undefined || v.text !== undefined);
    if (!indicator.values.length) delete indicator.values;
    return 'read';
  }
  return false;
};
