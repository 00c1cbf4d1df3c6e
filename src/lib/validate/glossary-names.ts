/** The glossary fixes the English of department and division names: fill it in, and report an English that contradicts it. */
import type { Glossary } from '../../../schemas/index.ts';
import type { LocalizedText } from '../../../schemas/localized-text.ts';
import type { ParsedFile, ReportAt } from './parsed-file.ts';

/** A function that fills a name's English from `glossary` (in place), reporting a contradicting one at `path`. */
export function glossaryNames(glossary: Glossary, at: ReportAt): (f: ParsedFile, path: PropertyKey[], name: LocalizedText) => void {
  const english = new Map(glossary.terms.map((t) => [t.ja, t.en]));
  return (f, path, name) => {
    const fixed = english.get(name.ja);
    if (!fixed) return;
    if (name.en && name.en !== fixed) {
      at(f, [...path, 'en'], 'glossary-mismatch', {
        ja: `「${name.ja}」の英訳は用語集で「${fixed}」と決まっています。en を消すか「${fixed}」にしてください。`,
        en: `The glossary fixes the English of "${name.ja}" as "${fixed}". Remove en or write "${fixed}".`,
      });
    }
    name.en = fixed;
  };
}
