/**
 * A tab-separated table of divisions (Nakano's 部の経営戦略): its header row, then one row per division
 * or per 担当 of a division: 課の名称 [(担当)] | ミッション | 重点取組み事項.
 */
import { BULLET } from '../line-shapes.ts';
import { htmlItems, htmlText, type SourceLine } from '../source-lines.ts';
import { divisionNamed, origin, section, type ImportState, type LineHandler } from '../state.ts';
import type { DivisionRowDraft, DivisionsSectionDraft } from '../draft.ts';

/**
 * A tab-separated line: inside the table, its next row; otherwise a header row, which begins the table
 * when every column is one the schema knows and a row follows it.
 */
export const tableLine: LineHandler = (line, next, state) => {
  if (!line.cells) return false;
  if (state.mode.kind === 'table') return tableRow(line, state.mode.columns, state.mode.section, state);
  const columns = line.cells.map((cell) => htmlText(cell));
  const roles = columns.map((c) =>
    /名称|課名|^課$/.test(c)
      ? 'name'
      : /ミッション|使命/.test(c)
        ? 'mission'
        : /取組|事項|事業/.test(c)
          ? 'initiatives'
          : /役割/.test(c)
            ? 'role'
            : '',
  );
  if (!roles.includes('name') || roles.includes('') || !next?.cells) return false;
  const s = section(state, 'divisions');
  origin(state, s, line);
  s.columns = Object.fromEntries(roles.flatMap((r, i) => (r === 'role' ? [] : [[r, columns[i]]])));
  // The schema names no header for a role column: its header goes to the clerk rather than away.
  roles.forEach((r, i) => r === 'role' && state.source.leave(line.number, columns[i]!));
  state.mode = { kind: 'table', columns: roles, section: s };
  return true;
};

/** One row of the table; a name with a 担当 in brackets is a row of that division. */
function tableRow(line: SourceLine, columns: string[], s: DivisionsSectionDraft, state: ImportState): boolean {
  const cells = line.cells!;
  if (cells.length > columns.length) return false;
  const cell = (role: string) => {
    const i = columns.indexOf(role);
    return i >= 0 ? (cells[i] ?? '') : '';
  };
  const nameCell = htmlText(cell('name'));
  const m = /^(.+?)\s*[（(](.+)[）)]$/.exec(nameCell);
  if (!nameCell) return false;
  const mission = htmlText(cell('mission'));
  const role = htmlText(cell('role'));
  const initiatives =
    htmlItems(cell('initiatives'))?.map((i) => i.replace(BULLET, '')) ??
    (htmlText(cell('initiatives')) ? [htmlText(cell('initiatives'))] : undefined);
  const fields: Pick<DivisionRowDraft, 'role' | 'initiatives'> = {};
  if (role) fields.role = role;
  if (initiatives) fields.initiatives = initiatives;
  if (!m) {
    const division = divisionNamed(state, nameCell);
    Object.assign(division, mission ? { mission } : {}, fields);
  } else {
    const division = divisionNamed(state, m[1]!);
    const rows = (division.sections ??= []);
    const row: DivisionRowDraft = { id: `${division.id}-${rows.length + 1}`, name: m[2] };
    const previous = rows.at(-1);
    if (mission) row.mission = mission;
    else if (previous) row.sharesMissionWith = previous.id;
    rows.push(Object.assign(row, fields));
  }
  s.items = state.divisions;
  return true;
}
