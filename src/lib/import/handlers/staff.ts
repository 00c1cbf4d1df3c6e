/** Staff figures under ① 職員数: 総務部職員55人(うち…), and the 職員比率 line, which refers to one of them. */
import { textToRatio, textToStaff } from '../figures.ts';
import type { LineHandler } from '../state.ts';

export const staffLine: LineHandler = (line, _next, state) => {
  if (state.mode.kind !== 'staff') return false;
  const staff = state.mode.staff;
  const items = (staff.items ??= []);
  const ratio = textToRatio(line.text);
  const counted = ratio && items.find((i) => i.count === ratio.staff);
  if (ratio && counted) {
    staff.ratio = {
      label: ratio.label,
      staff: counted.id,
      staffLabel: ratio.staffLabel,
      total: ratio.total,
      totalLabel: ratio.totalLabel,
      percent: ratio.percent,
      ...(ratio.approximate ? { approximate: true } : {}),
    };
    const basis = /[（(](.+)[）)]$/.exec(ratio.label)?.[1];
    if (basis) counted.basis ??= basis;
    return true;
  }
  const figure = textToStaff(line.text);
  if (!figure) return false;
  items.push({
    id: state.ids.staff.pick(figure.label, `staff-${items.length + 1}`),
    label: figure.label,
    count: figure.count,
    ...(figure.includes ? { includes: figure.includes } : {}),
  });
  return true;
};
