import type { LocalizedText } from '../../../schemas/localized-text.ts';
import type { Plan, SectionKey } from '../../../schemas/plan/index.ts';
import type { Lang } from '../../i18n/index.ts';
import { uiText } from './site.ts';

/** What every plan-section component receives. */
export interface SectionProps<K extends SectionKey> {
  section: NonNullable<Plan[K]>;
  /** Heading level of the section's own heading. */
  level: number;
  /** Inside one of the document's numbered parts, a section without its own heading needs none. */
  inPart: boolean;
  lang: Lang;
}

/**
 * The heading a section shows (the document's own, else the dictionary's unless a part already
 * heads it) and the level of the headings inside it.
 */
export function sectionHeading(key: SectionKey, own: LocalizedText | undefined, inPart: boolean, level: number) {
  const heading = own ?? (inPart ? undefined : uiText(`section.${key}`));
  return { heading, inner: heading ? level + 1 : level };
}
