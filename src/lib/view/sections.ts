import type { LocalizedText } from '../../../schemas/localized-text.ts';
import type { Plan, SectionKey } from '../../../schemas/plan/index.ts';
import type { Lang } from '../../i18n/index.ts';

/** What every plan-section component receives. */
export interface SectionProps<K extends SectionKey> {
  section: NonNullable<Plan[K]>;
  /** Heading level of the section's own heading. */
  level: number;
  lang: Lang;
}

/**
 * The heading a section shows, the document's own or none (the site adds no heading inside the
 * document's body), and the level of the headings inside it.
 */
export function sectionHeading(own: LocalizedText | undefined, level: number) {
  return { heading: own, inner: own ? level + 1 : level };
}
