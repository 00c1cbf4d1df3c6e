/**
 * The text units of a seed document (sentence line, list item, table cell, figure line), the unit of
 * the fidelity checks: the built site must show every one, and `npm run import` must keep every one.
 * Whitespace is ignored because PDF extraction inserts spaces inside Japanese text, and NFKC folds
 * full-width brackets and slashes.
 */
export const normalise = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/** Splits seed text into units: lines, tab-separated cells, and the <li>/<p> items inside cells. */
export function seedUnits(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line) => line.split('\t'))
    .flatMap((cell) => (/<li|<p/.test(cell) ? [...cell.matchAll(/<(li|p)\b[^>]*>(.*?)<\/\1>/g)].map((m) => m[2]) : [cell]))
    .map((unit) => unit.replace(/<[^>]+>/g, '').replace(/^[\s-]*/, '').replace(/^[◇・○]\s*/, ''))
    .map(normalise)
    .filter(Boolean);
}
