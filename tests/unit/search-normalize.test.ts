import { describe, expect, it } from 'vitest';
import { normalizeForSearch } from '../../src/lib/search/normalize.ts';

describe('search normalisation', () => {
  it.each([
    ['ＵＤフォント', 'UDフォント'],
    ['２０２４年度', '2024年度'],
    ['ｶﾒﾗ', 'カメラ'],
    ['ﾃﾞｼﾞﾀﾙ', 'デジタル'],
    ['か\u3099ん', 'がん'],
    ['ワーク・ライフ・バランス', 'ワークライフバランス'],
    ['国土強靭化', '国土強靱化'],
    ['葛\u{E0100}飾', '葛飾'],
    ['ＬＥＤ照明', 'LED照明'],
  ])('%s → %s', (input, output) => {
    expect(normalizeForSearch(input)).toBe(output);
  });

  it('keeps Japanese punctuation as published, so excerpts read naturally', () => {
    expect(normalizeForSearch('（防災課）「安全安心」、①条例')).toBe('（防災課）「安全安心」、①条例');
  });

  it('is idempotent', () => {
    const text = 'ＵＤフォント・国土強靭化（２か所）';
    expect(normalizeForSearch(normalizeForSearch(text))).toBe(normalizeForSearch(text));
  });
});
