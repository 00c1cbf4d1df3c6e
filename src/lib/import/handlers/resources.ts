/**
 * Resource headings: ① 職員数, ② 予算規模, and the table titles under them (職員数, 予算規模). Each
 * begins the staff or budget figures that follow (see staff.ts, budget.ts).
 */
import { isHeading } from '../line-shapes.ts';
import { origin, section, type LineHandler } from '../state.ts';

export const resourceHeading: LineHandler = (line, _next, state) => {
  const m = /^([①-⑳]\s*)?(職員数|予算規模|予算)/.exec(line.text);
  if (!m || !isHeading(line.text, 20)) return false;
  const kind = m[2] === '職員数' ? 'staff' : 'budget';
  const resources = section(state, 'resources');
  const part = (resources[kind] ??= {});
  if (m[1] && !part.heading) part.heading = line.text;
  else if (!m[1] && !part.caption) part.caption = line.text;
  else return false;
  origin(state, part, line);
  state.mode = kind === 'staff' ? { kind: 'staff', staff: part } : { kind: 'budget', budget: part };
  return true;
};
