import { describe, expect, it } from 'vitest';
import { foldKey, katakanaVariants, toHiragana, toKatakana } from '../../src/lib/search/normalize.ts';
import { alternatives, parseQuery, takeYear, type Lexicon } from '../../src/lib/search/query.ts';

/** A lexicon as buildLexicon writes one, with a few words (the test's own, not from any site). */
const lexicon: Lexicon = {
  alt: { 特定健診: ['特定健康診査'], マイナンバー: ['個人番号~'], 申込: ['申し込み'], telework: ['テレワーク'], すべて: ['全て'] },
  read: {
    ボウハン: ['防犯'],
    キョウドウ: ['協働', '共同'],
    チイキ: ['地域'],
    チ: ['地'],
    ノウゼイ: ['納税'],
    ショウヒ: ['消費'],
    セン: ['線'],
  },
};
const terms = (word: string) => alternatives(word, lexicon).map((a) => a.term);
const weight = (word: string, term: string) => alternatives(word, lexicon).find((a) => a.term === term)?.weight;

describe('a year in the query', () => {
  it.each([
    ['令和元年度 防犯カメラ', 2019],
    ['令和1年度', 2019],
    ['R1', 2019],
    ['H31', 2019],
    ['平成31年度', 2019],
    ['2019年度', 2019],
    ['FY2019', 2019],
    ['fy 2019', 2019],
    ['昭和64年', 1989],
    ['防犯カメラ', undefined],
    ['LED照明', undefined],
    ['R100', undefined],
  ])('%s → %s', (query, year) => {
    expect(takeYear(query).year).toBe(year);
  });

  it('takes the year out of the words and drops question words', () => {
    expect(parseQuery('ふるさと納税は何年度?', lexicon)).toMatchObject({ parts: [{ word: 'ふるさと納税は' }] });
    expect(parseQuery('令和元年度　防犯カメラ', lexicon)).toMatchObject({ year: 2019, parts: [{ word: '防犯カメラ' }] });
    expect(parseQuery('which year telework', lexicon).parts.map((p) => p.word)).toEqual(['telework']);
  });
});

describe('alternatives of a word', () => {
  it('adds the same word in other spellings, and looser synonyms with less weight', () => {
    expect(terms('特定健診')).toEqual(['特定健診', '特定健康診査']);
    expect(weight('マイナンバー', '個人番号')).toBeLessThan(0.5);
    expect(terms('telework')).toContain('テレワーク');
  });

  it('replaces a word of the lexicon inside a longer query word', () => {
    expect(terms('すべて達成')).toContain('全て達成');
  });

  it('keeps a katakana word first, its readings after it', () => {
    expect(weight('キョウドウ', 'キョウドウ')).toBe(1);
    expect(weight('キョウドウ', '協働')).toBeLessThan(1);
  });

  it('folds okurigana as 公用文 allows (申し込み, 申込み and 申込 are one word)', () => {
    expect(foldKey('申し込み')).toBe('申込');
    expect(foldKey('打ち合わせ')).toBe(foldKey('打合せ'));
    expect(foldKey('防災を推進')).toBe('防災を推進');
    expect(foldKey('着実な取組')).toBe('着実な取組');
    expect(terms('申込み')).toContain('申し込み');
  });

  it('reads kana as the words the site writes in kanji, the kana themselves ranked last', () => {
    expect(terms('きょうどう')).toEqual(expect.arrayContaining(['協働', '共同']));
    expect(weight('きょうどう', 'きょうどう')).toBeLessThan(0.5);
    // Split into known readings and katakana or hiragana left as typed.
    expect(terms('ぼうはんかめら')).toContain('防犯カメラ');
    expect(terms('ふるさとのうぜい')).toContain('ふるさと納税');
    // A one-kana reading does not beat a longer one (チイキ, not チ + イキ).
    expect(terms('ちいきこみゅにてぃ')).toContain('地域コミュニティ');
    // A reading of one kanji (セン → 線) does not cut a loanword in two.
    expect(terms('しょうひせんたー')).toContain('消費センター');
    expect(terms('しょうひせんたー')).not.toContain('消費線ター');
  });

  it('reads romaji, trusting it less than the word as typed', () => {
    expect(terms('bouhan')).toContain('防犯');
    expect(weight('bouhan', '防犯')).toBeLessThan(1);
  });

  it('tries katakana for a word typed in hiragana, and its spelling variants', () => {
    expect(terms('てれわーく')).toContain('テレワーク');
    expect(toKatakana('わーくらいふ')).toBe('ワークライフ');
    expect(toHiragana('フルサト')).toBe('ふるさと');
    expect(katakanaVariants('コンピューター')).toContain('コンピュータ');
    expect(katakanaVariants('ヴァイオリン')).toContain('バイオリン');
    expect(katakanaVariants('ウェブ')).toContain('ウエブ');
    expect(parseQuery('テレワ-ク', lexicon).parts[0]?.word).toBe('テレワーク');
  });

  it('finds no reading where the lexicon has none', () => {
    expect(terms('ほげ')).toEqual(['ほげ', 'ホゲ']);
  });
});
