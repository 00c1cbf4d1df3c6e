import { site } from './en/site.ts';
import { plan } from './en/plan.ts';
import { directory } from './en/directory.ts';
import { codes } from './en/codes.ts';
import { fields } from './en/fields.ts';
import { compare } from './en/compare.ts';
import { taishou } from './en/taishou.ts';
import { data } from './en/data.ts';
import { accessibility } from './en/accessibility.ts';
import { search } from './en/search.ts';
import { policy } from './en/policy.ts';
import type { UiKey } from './ja.ts';

/** UI text, English: each area under en/ has its Japanese area's keys (checked per area and here). */
export const en = {
  ...site,
  ...plan,
  ...directory,
  ...codes,
  ...fields,
  ...compare,
  ...taishou,
  ...data,
  ...accessibility,
  ...search,
  ...policy,
} satisfies Record<UiKey, string>;
