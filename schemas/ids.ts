import { z } from 'astro/zod';

/** Stable ids match items across years, so they are lowercase ASCII words joined by hyphens. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(64)
  .describe('英小文字・数字・ハイフンの ID（年度をまたいで同じ項目に同じ ID） / Lowercase id, kept the same across years');

/** Calendar date written as YYYY-MM-DD. Checked to be a real date by the validator's rules. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  // A text that is not YYYY-MM-DD at all gets one message (the pattern's), not a second about the calendar.
  .refine((v) => !/^\d{4}-\d{2}-\d{2}$/.test(v) || isRealDate(v), { message: 'Not a calendar date' })
  .describe('日付 YYYY-MM-DD（例 2017-04-01） / Date as YYYY-MM-DD (e.g. 2017-04-01)');

/** @example isRealDate('2021-02-29') === false */
export function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A web address (http or https). */
export const UrlSchema = z.url({ protocol: /^https?$/ }).describe('URL（http または https） / Web address (http or https)');
