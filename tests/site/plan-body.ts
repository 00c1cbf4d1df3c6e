/** The document's body on a plan page (the element marked data-plan-body) and its headings, for the tests that read them. */
import { pageText } from './page-text.ts';
import { normalise } from './plan-texts.ts';

/** The element marked data-plan-body, with everything inside it. */
export function planBody(html: string): string | undefined {
  const start = html.search(/<div\b[^>]*\bdata-plan-body\b[^>]*>/);
  if (start < 0) return undefined;
  const tags = /<\/?div\b[^>]*>/g;
  tags.lastIndex = start;
  let depth = 0;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[0].startsWith('</') ? -1 : 1;
    if (depth === 0) return html.slice(start, m.index + m[0].length);
  }
  return undefined;
}

/** The texts of the headings h2–h6 of `html`, without the site's "Japanese only" badges. */
export function headingTexts(html: string): string[] {
  return [...html.matchAll(/<h([2-6])\b[^>]*>([\s\S]*?)<\/h\1>/g)].map((m) =>
    normalise(pageText(m[2]!.replace(/<small class="fallback-badge"[\s\S]*?<\/small>/g, ''))),
  );
}
