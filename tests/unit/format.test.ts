import { describe, expect, it } from 'vitest';
import {
  formatAmount,
  formatDate,
  formatUnit,
  indicatorValueText,
  pickText,
  yenToEnglishUnits,
  yenToJapaneseUnits,
} from '../../src/lib/view/format.ts';
import { localGovernmentCheckDigit } from '../../schemas/prefectures.ts';

describe('yen', () => {
  it('uses 億 and 万 in Japanese, keeping every digit', () => {
    expect(yenToJapaneseUnits(13_510_540_000)).toBe('135億1,054万円');
    expect(yenToJapaneseUnits(4_207_416_000)).toBe('42億741万6,000円');
    expect(yenToJapaneseUnits(74_911_000)).toBe('7,491万1,000円');
    expect(yenToJapaneseUnits(1_200_000_000_000)).toBe('1兆2,000億円');
    expect(yenToJapaneseUnits(0)).toBe('0円');
  });
  it('uses billions in English', () => {
    expect(yenToEnglishUnits(13_510_540_000)).toBe('¥13.51 billion');
    expect(yenToEnglishUnits(74_911_000)).toBe('¥74.91 million');
  });
  it('prints the published figure exactly', () => {
    expect(formatAmount(13_510_540_000, 'yen', 'ja')).toBe('13,510,540,000円');
    expect(formatAmount(74_911, 'thousand-yen', 'ja')).toBe('74,911千円');
    expect(formatAmount(13_510_540_000, 'yen', 'en')).toBe('¥13,510,540,000');
  });
  it('keeps the printed unit of a budget printed without an amount (予算額 千円)', () => {
    expect([formatUnit('thousand-yen', 'ja'), formatUnit('yen', 'ja')]).toEqual(['千円', '円']);
    expect([formatUnit('thousand-yen', 'en'), formatUnit('yen', 'en')]).toEqual(['thousand yen', 'yen']);
  });
});

describe('dates and text', () => {
  it('formats dates per language', () => {
    expect(formatDate('2017-04-01', 'ja')).toBe('2017年4月1日');
    expect(formatDate('2017-04-01', 'en')).toBe('1 April 2017');
  });
  it('falls back to Japanese when English is missing', () => {
    expect(pickText({ ja: '総務部' }, 'en')).toEqual({ text: '総務部', lang: 'ja', fallback: true });
    expect(pickText({ ja: '総務部', en: 'General Affairs' }, 'en').fallback).toBe(false);
  });
});

describe('local government codes', () => {
  it.each([
    ['13204', 7],
    ['13114', 8],
    ['04203', 0],
  ])('check digit of %s is %i', (five, digit) => {
    expect(localGovernmentCheckDigit(five)).toBe(digit);
  });
});

describe('indicator values in words (fictional figures)', () => {
  it('writes a number with its unit and comparator, else the text', () => {
    expect(indicatorValueText({ value: 75, unit: { ja: '%' }, comparator: 'gte' }, 'ja')).toBe('75%以上');
    expect(indicatorValueText({ value: 75, unit: { ja: '%' }, comparator: 'gte' }, 'en')).toBe('at least 75 %');
    expect(indicatorValueText({ value: 1200, unit: { ja: '件', en: 'cases' } }, 'en')).toBe('1,200 cases');
    expect(indicatorValueText({ text: { ja: '限りなく100%に近づける' } }, 'ja')).toBe('限りなく100%に近づける');
    expect(indicatorValueText({}, 'ja')).toBeUndefined();
  });
});
