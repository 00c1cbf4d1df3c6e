/**
 * Settings a publisher of this site sets for their own deployment.
 *
 * The licence below is only a default: whoever publishes the site must state the terms under which
 * they offer the data (and check that they may offer it under those terms). The download page
 * (/ja/data/, /en/data/) shows this text as it is.
 */
import type { LocalizedText } from '../schemas/localized-text.ts';

export interface SiteConfig {
  /** The terms of use of the open data (/data/…) and of the site's text. */
  licence: {
    name: Required<LocalizedText>;
    /** Where the full terms are published; leave out if there is no page. */
    url?: string;
  };
}

export const siteConfig: SiteConfig = {
  licence: {
    name: {
      ja: '政府標準利用規約（第2.0版）に準拠（CC BY 4.0 互換）',
      en: 'Government of Japan Standard Terms of Use (Version 2.0), compatible with CC BY 4.0',
    },
    // デジタル庁「オープンデータ」: the Government's open-data terms and their successor, 公共データ利用規約.
    url: 'https://www.digital.go.jp/resources/open_data',
  },
};
