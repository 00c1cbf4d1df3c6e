/**
 * UI text, Japanese (the source language): one module per area of the site under ja/, English the same
 * keys per area under en/. Modules that run in the browser import only the areas they show (browser.ts).
 */
import { site } from './ja/site.ts';
import { plan } from './ja/plan.ts';
import { directory } from './ja/directory.ts';
import { codes } from './ja/codes.ts';
import { fields } from './ja/fields.ts';
import { compare } from './ja/compare.ts';
import { taishou } from './ja/taishou.ts';
import { data } from './ja/data.ts';
import { accessibility } from './ja/accessibility.ts';
import { search } from './ja/search.ts';
import { policy } from './ja/policy.ts';

export const ja = {
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
} as const;

/** Every key of every area. */
export type UiKey = keyof typeof ja;
