/**
 * Budget figures under ② 予算規模: 一般会計 4,207,416,000円（人件費 … を含む。）, each named by the label
 * line above it when there is one (平成29年度総務部予算額).
 */
import { textToBudget } from '../figures.ts';
import { isHeading } from '../line-shapes.ts';
import { ja } from '../references.ts';
import type { LineHandler } from '../state.ts';
import type { BudgetItemDraft } from '../draft.ts';

export const budgetLine: LineHandler = (line, _next, state) => {
  const mode = state.mode;
  if (mode.kind !== 'budget') return false;
  const figure = textToBudget(line.text);
  if (!figure) {
    // A label line (平成29年度総務部予算額) names the figure on the next line.
    if (mode.label || !isHeading(line.text, 40) || /\d[\d,]*\s*円/.test(line.text)) return false;
    mode.label = line;
    return false;
  }
  const items = (mode.budget.items ??= []);
  const label = mode.label?.text ?? figure.account;
  if (mode.label) state.source.use(mode.label);
  mode.label = undefined;
  const id = state.ids.budget.pick(label, `budget-${items.length + 1}`);
  const item: BudgetItemDraft = { id, label, account: figure.account, amount: figure.amount, unit: figure.unit };
  if (figure.includes)
    item.includes = figure.includes.map((p, i) => ({ id: p.label === '人件費' ? 'personnel' : `${id}-part-${i + 1}`, ...p }));
  // 事業費 = 一般会計 − 人件費: say so when the figures show it, and the validator checks it.
  for (const earlier of items)
    for (const part of earlier.includes ?? [])
      if (earlier.account === item.account && earlier.amount - part.amount === figure.amount && label.includes(ja(part.label)))
        item.derivedFrom = { item: earlier.id, minus: [part.id] };
  items.push(item);
  return true;
};
