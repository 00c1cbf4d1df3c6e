/**
 * The integration's options: defaults that build a site with no option at all, the licences by name,
 * and one error naming every wrong option in Japanese and English.
 */
import { describe, expect, it } from 'vitest';
import { LICENCES, parseOptions, resolveLicence } from '../../src/integration/options.ts';

describe('plans() options', () => {
  it('has a default for every option a site needs', () => {
    const options = parseOptions(undefined);
    expect(options.contentDir).toBe('content');
    expect(options.title).toEqual({ ja: '自治体 部の運営方針', en: 'Japanese Local Government Department Plans' });
    expect(options.licence).toBe('pdl-1.0');
    expect(options.accessibility).toEqual({ level: 'AA' });
    expect(options.publisher).toBeUndefined();
  });

  it('expands a licence named by its key, and keeps terms of the site own', () => {
    expect(resolveLicence('pdl-1.0').name.ja).toBe('公共データ利用規約（第1.0版）（PDL1.0）');
    expect(resolveLicence('cc-by-4.0')).toBe(LICENCES['cc-by-4.0']);
    const own = { name: { ja: '〇〇市オープンデータ利用規約', en: 'Open data terms of the city' }, url: 'https://example.org/terms' };
    expect(resolveLicence(parseOptions({ licence: own }).licence)).toEqual(own);
  });

  it('names every wrong option, in Japanese and English', () => {
    let message = '';
    try {
      parseOptions({ titel: { ja: 'x', en: 'y' }, licence: 'cc0', site: 'not a url', title: { ja: '市' } });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('gyosei-plans の設定（astro.config.mjs の plans({...})）に誤りがあります');
    expect(message).toContain('The gyosei-plans options in astro.config.mjs are wrong');
    for (const path of ['(options)', 'licence', 'site', 'title.en']) expect(message).toContain(`  - ${path}: `);
    expect(message).toContain('「titel」という設定はありません / unknown option "titel"');
    expect(message).toContain('title.en: 必須です / required');
    expect(message).toContain("licence: 'pdl-1.0'、'gov-standard-2.0'、'cc-by-4.0' のどれか");
  });

  it('accepts a base path only when it starts with /', () => {
    expect(parseOptions({ base: '/plans/' }).base).toBe('/plans/');
    expect(() => parseOptions({ base: 'plans/' })).toThrow(/base: \/ で始めてください/);
  });

  it("takes the accessibility policy's level, date and period, and names a wrong one", () => {
    const period = { ja: '2027年3月31日まで', en: 'Until 31 March 2027' };
    expect(parseOptions({ accessibility: { level: 'A', since: '2026-04-01', period } }).accessibility).toEqual({
      level: 'A',
      since: '2026-04-01',
      period,
    });
    expect(() => parseOptions({ accessibility: { since: '2026/04/01' } })).toThrow(
      /accessibility\.since: YYYY-MM-DD の日付で書いてください/,
    );
    expect(() => parseOptions({ accessibility: { level: 'AAAA' } })).toThrow(/accessibility\.level: /);
    expect(() => parseOptions({ accessibility: { period: { ja: '来年度まで' } } })).toThrow(/accessibility\.period\.en: 必須です/);
  });
});
