/**
 * A numbered part: 1 部の使命・目標に関する認識. Inside the projects list, the next project number
 * wins. The part on resources (2 部の経営資源（平成29年4月1日現在）) gives their date.
 */
import { textToAsOf } from '../figures.ts';
import { isHeading } from '../line-shapes.ts';
import { nextProjectNumber, section, type LineHandler } from '../state.ts';

export const partHeading: LineHandler = (line, _next, state) => {
  const m = /^(\d{1,2})\s+(.+)$/.exec(line.text);
  if (!m || Number(m[1]) !== state.parts.length + 1 || !isHeading(line.text, 40)) return false;
  if (state.mode.kind === 'projects' && Number(m[1]) === nextProjectNumber(state)) return false;
  state.parts.push({ heading: line.text, sections: [], line });
  const date = textToAsOf(line.text);
  if (date && /資源/.test(line.text)) {
    section(state, 'resources').asOf = date;
    state.asOf ??= date;
  }
  state.mode = { kind: 'other' };
  return true;
};
