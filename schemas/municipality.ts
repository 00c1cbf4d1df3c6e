import { z } from 'astro/zod';
import { IdSchema, UrlSchema } from './ids.ts';
import { LocalizedTextSchema } from './localized-text.ts';
import { PREFECTURES, localGovernmentCheckDigit } from './prefectures.ts';
import { addRuleIssue, whenWellTyped } from './issue.ts';

/** A municipality (市区町村) or prefecture that publishes plans: content/<id>/municipality.yaml. */
export const MunicipalitySchema = z
  .strictObject({
    id: IdSchema.describe('URL に使う ID（フォルダ名と同じ、例 rei-shi） / Id used in URLs, same as the folder name'),
    name: LocalizedTextSchema.describe('団体名（例 例市 / Rei City） / Name of the local government'),
    kind: z
      .enum(['prefecture', 'designated-city', 'city', 'special-ward', 'town', 'village'])
      .describe(
        '種別: prefecture 都道府県, designated-city 政令指定都市, city 市, special-ward 特別区, town 町, village 村。政令指定都市の区（行政区）は団体ではなく、市の組織（department.yaml の kind: ward）として書く / Kind of local government; a ward of a designated city is a unit of the city (department.yaml, kind: ward), not a body',
      ),
    code: z
      .string()
      .regex(/^\d{6}$/)
      .describe('全国地方公共団体コード（6桁、検査数字を含む。例 123455） / Six-digit local government code with check digit'),
    prefecture: LocalizedTextSchema.describe('都道府県名（例 東京都） / Prefecture, as in the code'),
    website: UrlSchema.optional().describe('公式サイト / Official website'),
  })
  .superRefine((m, ctx) => {
    if (!/^\d{6}$/.test(m.code)) return;
    const expected = localGovernmentCheckDigit(m.code.slice(0, 5));
    if (Number(m.code[5]) !== expected) {
      addRuleIssue(ctx, ['code'], {
        ja: `団体コード ${m.code} の検査数字が合いません（正しくは ${m.code.slice(0, 5)}${expected}）。総務省の一覧で確認してください。`,
        en: `The check digit of code ${m.code} is wrong (expected ${m.code.slice(0, 5)}${expected}). Check the code against the ministry's list.`,
      });
    }
    const pref = PREFECTURES[m.code.slice(0, 2)];
    if (!pref) {
      addRuleIssue(ctx, ['code'], {
        ja: `団体コード ${m.code} の先頭2桁は都道府県コード（01〜47）である必要があります。`,
        en: `Code ${m.code} must start with a prefecture code from 01 to 47.`,
      });
    } else if (pref.ja !== m.prefecture.ja) {
      addRuleIssue(ctx, ['prefecture'], {
        ja: `団体コード ${m.code} は ${pref.ja} のコードです。prefecture を「${pref.ja}」にするか、コードを直してください。`,
        en: `Code ${m.code} belongs to ${pref.ja} (${pref.en}). Set prefecture to "${pref.ja}" or correct the code.`,
      });
    }
  }, whenWellTyped)
  .describe('団体（市区町村・都道府県） / A local government');

export type Municipality = z.infer<typeof MunicipalitySchema>;
export type MunicipalityInput = z.input<typeof MunicipalitySchema>;
