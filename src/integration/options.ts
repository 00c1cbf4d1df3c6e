/**
 * The options of the `gyosei-plans` integration, as a site writes them in astro.config.mjs:
 * `integrations: [plans({ title: { ja: '…', en: '…' }, publisher: { ja: '…', en: '…' } })]`.
 * Every option has a default, so `plans()` alone builds a site; a wrong option stops Astro with a
 * message that names it in Japanese and English.
 */
import { z } from 'astro/zod';

const Bilingual = (what: string) =>
  z.strictObject({
    ja: z.string().trim().min(1).describe(`${what}（日本語） / in Japanese`),
    en: z.string().trim().min(1).describe(`${what}（英語） / in English`),
  });

/** The open-data licences a site can choose by name; `{ name, url }` states any other terms. */
export const LICENCES = {
  // 公共データ利用規約（第1.0版）(PDL 1.0) replaced 政府標準利用規約（第2.0版） as the Government's recommended terms in July 2024.
  'pdl-1.0': {
    name: { ja: '公共データ利用規約（第1.0版）（PDL1.0）', en: 'Public Data License (Version 1.0) (PDL 1.0)' },
    url: 'https://www.digital.go.jp/resources/open_data/public_data_license_v1.0',
  },
  'gov-standard-2.0': {
    name: { ja: '政府標準利用規約（第2.0版）', en: 'Government of Japan Standard Terms of Use (Version 2.0)' },
    url: 'https://www.digital.go.jp/resources/open_data',
  },
  'cc-by-4.0': {
    name: { ja: 'クリエイティブ・コモンズ 表示 4.0 国際（CC BY 4.0）', en: 'Creative Commons Attribution 4.0 International (CC BY 4.0)' },
    url: 'https://creativecommons.org/licenses/by/4.0/deed.ja',
  },
} as const;

const URL_ERROR = { error: '絶対 URL（https://…）で書いてください / must be an absolute URL (https://…)' };

const LicenceSchema = z.union(
  [
    z.enum(Object.keys(LICENCES) as [keyof typeof LICENCES, ...(keyof typeof LICENCES)[]]),
    z.strictObject({ name: Bilingual('利用規約の名称 / name of the terms'), url: z.url(URL_ERROR).optional() }),
  ],
  {
    error: `${Object.keys(LICENCES)
      .map((k) => `'${k}'`)
      .join('、')} のどれか、または { name: { ja, en }, url } で書いてください / must be one of ${Object.keys(LICENCES)
      .map((k) => `'${k}'`)
      .join(', ')} or { name: { ja, en }, url }`,
  },
);

export const PlansOptionsSchema = z
  .strictObject({
    /** Where the plan files are, relative to the site's root. */
    contentDir: z.string().trim().min(1).default('content').describe('計画ファイルのフォルダ / folder of the plan files'),
    /** The site's name, shown in every page's header, title and feed. */
    title: Bilingual('サイト名 / site name').default({ ja: '自治体 部の運営方針', en: 'Japanese Local Government Department Plans' }),
    /** Who publishes the site (the municipality or its office), shown in the footer and the policies. */
    publisher: Bilingual('発行者 / publisher').optional(),
    /** The site's absolute URL (Astro's `site`); SITE_URL overrides it at build time. */
    site: z.url(URL_ERROR).optional(),
    /** A sub-path to deploy under (Astro's `base`), e.g. /plans/; BASE_PATH overrides it at build time. */
    base: z.string().regex(/^\//, '/ で始めてください / must start with /').optional(),
    /** The terms of the open data and the site's text: a name from LICENCES, or `{ name, url }`. */
    licence: LicenceSchema.default('pdl-1.0'),
    /** Where readers send questions and reports about the site. */
    contact: z
      .strictObject({
        name: Bilingual('担当部署 / office').optional(),
        email: z.email().optional(),
        url: z.url(URL_ERROR).optional(),
        phone: z.string().trim().min(1).optional(),
      })
      .optional(),
    /** Facts of the accessibility policy (ウェブアクセシビリティ方針). */
    accessibility: z
      .strictObject({
        /** The target conformance level of JIS X 8341-3:2016. */
        level: z.enum(['A', 'AA', 'AAA']).default('AA'),
        /** When the policy was set (策定日), YYYY-MM-DD. */
        since: z.iso.date({ error: 'YYYY-MM-DD の日付で書いてください / must be a date, YYYY-MM-DD' }).optional(),
        /** The period in which the target is to be met, as text (e.g. 2027年3月31日まで); by default, continuously from publication. */
        period: Bilingual('対応期間 / period').optional(),
      })
      .default({ level: 'AA' }),
    /**
     * Each plan's 変更履歴, its last-changed date and the Atom feeds, from git. On (the default), a build
     * stops unless the whole history is there (not a shallow clone); `false` publishes none of them.
     * PLANS_HISTORY=off|on overrides it at build time.
     */
    history: z
      .boolean({ error: 'true か false で書いてください / must be true or false' })
      .default(true)
      .describe('変更履歴を git から作る / change history from git'),
  })
  .describe('gyosei-plans integration options');

export type PlansOptions = z.input<typeof PlansOptionsSchema>;
export type ResolvedOptions = z.output<typeof PlansOptionsSchema>;

/** What pages and the content loader read, through the virtual module `virtual:gyosei-plans/config`. */
export interface SiteSettings {
  /** Absolute path of the content tree. */
  contentDir: string;
  title: { ja: string; en: string };
  publisher?: { ja: string; en: string };
  licence: { name: { ja: string; en: string }; url?: string };
  contact?: ResolvedOptions['contact'];
  accessibility: ResolvedOptions['accessibility'];
  /**
   * The change history from git: `git` when it is whole, `off` when the site turned it off, and
   * `unavailable` (in `astro dev` and `astro sync`; a build stops instead) with the bilingual reason.
   * Pages show no history, last-changed date or feed unless it is `git`.
   */
  history: { mode: 'git' | 'off' } | { mode: 'unavailable'; problem: string };
  /** True for `astro build`: a problem with the history stops it rather than leaving history out. */
  historyRequired: boolean;
  /** Absolute path of the accessibility results file (a11y/results.json; PLANS_A11Y_RESULTS overrides it), which may not exist. */
  accessibilityResults: string;
}

/**
 * Validates the options, or throws one error that lists every wrong option with its path.
 * @example parseOptions({ licence: 'cc-by-4.0' }).licence → 'cc-by-4.0'
 */
export function parseOptions(input: unknown): ResolvedOptions {
  const result = PlansOptionsSchema.safeParse(input ?? {}, { reportInput: true });
  if (result.success) return result.data;
  const explain = (i: z.core.$ZodIssue): string => {
    if (i.code === 'unrecognized_keys')
      return `${i.keys.map((k) => `「${k}」`).join('')}という設定はありません / unknown option ${i.keys.map((k) => `"${k}"`).join(', ')}`;
    if (i.code === 'invalid_type' && i.input === undefined) return '必須です / required';
    return i.message;
  };
  const lines = result.error.issues.map((i) => `  - ${i.path.length ? i.path.join('.') : '(options)'}: ${explain(i)}`);
  const error = new Error(
    `gyosei-plans の設定（astro.config.mjs の plans({...})）に誤りがあります / The gyosei-plans options in astro.config.mjs are wrong:\n${lines.join('\n')}`,
  );
  // The message says all there is; a stack of the package's code would only hide it.
  error.stack = error.message;
  throw error;
}

/** The licence as shown on pages: a named one expanded, or the site's own terms. */
export function resolveLicence(licence: ResolvedOptions['licence']): SiteSettings['licence'] {
  return typeof licence === 'string' ? LICENCES[licence] : licence;
}
