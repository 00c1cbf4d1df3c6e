/**
 * Direction controls, invisible characters and control characters are refused in every text of every kind of file, at the
 * character, naming it (src/lib/validate/check-hidden-characters.ts); the variation selectors Japanese
 * text uses are not. The files are the fictional base tree (tests/fixtures/base), changed by each case.
 */
import { describe, expect, it } from 'vitest';
import { formatText } from '../../src/lib/validate/diagnostic.ts';
import { firstHiddenCharacter } from '../../src/lib/validate/check-hidden-characters.ts';
import { validateChanged } from '../helpers/validate-changed.ts';

describe('firstHiddenCharacter', () => {
  it.each([
    [0x202a, 'LEFT-TO-RIGHT EMBEDDING', 'bidi'],
    [0x202e, 'RIGHT-TO-LEFT OVERRIDE', 'bidi'],
    [0x2066, 'LEFT-TO-RIGHT ISOLATE', 'bidi'],
    [0x2069, 'POP DIRECTIONAL ISOLATE', 'bidi'],
    [0x200e, 'LEFT-TO-RIGHT MARK', 'bidi'],
    [0x200f, 'RIGHT-TO-LEFT MARK', 'bidi'],
    [0x061c, 'ARABIC LETTER MARK', 'bidi'],
    [0x200b, 'ZERO WIDTH SPACE', 'invisible'],
    [0x200c, 'ZERO WIDTH NON-JOINER', 'invisible'],
    [0x200d, 'ZERO WIDTH JOINER', 'invisible'],
    [0x2060, 'WORD JOINER', 'invisible'],
    [0xfeff, 'ZERO WIDTH NO-BREAK SPACE', 'invisible'],
    [0x180e, 'MONGOLIAN VOWEL SEPARATOR', 'invisible'],
    [0x00ad, 'SOFT HYPHEN', 'invisible'],
    [0xe0041, 'TAG CHARACTER', 'invisible'],
    [0x0001, 'CONTROL CHARACTER', 'control'],
    [0x0000, 'NULL', 'control'],
    [0x000b, 'LINE TABULATION', 'control'],
    [0x000c, 'FORM FEED', 'control'],
    [0x001b, 'ESCAPE', 'control'],
    [0x007f, 'DELETE', 'control'],
    [0x0085, 'NEXT LINE', 'control'],
    [0x009f, 'CONTROL CHARACTER', 'control'],
  ])('finds U+%s', (code, name, kind) => {
    const text = `総務部${String.fromCodePoint(code)}の計画`;
    expect(firstHiddenCharacter(text)).toEqual({ code, index: 3, name, kind });
  });

  it('leaves alone what Japanese text uses: variation selectors (IVS), spaces, line separators', () => {
    for (const text of [
      '葛\u{E0100}飾区', // an ideographic variation sequence
      '辻\u{E0101}',
      '神\uFE00', // a standardized variation sequence
      '☎\uFE0F',
      '総務部\u3000計画',
      '総務部\u00A0計画',
      '一行目\u2028二行目',
      'café', // a combining accent
      '一行目\n二行目\r\n\t三行目', // line breaks and a tab
    ])
      expect(firstHiddenCharacter(text), JSON.stringify(text)).toBeUndefined();
  });

  it('counts the index past characters outside the BMP', () => {
    expect(firstHiddenCharacter('𠮷\u200B')?.index).toBe(2);
  });
});

describe('the validator refuses hidden characters in every kind of file', () => {
  it('in a plan title written literally: at the character, naming it, in both languages', async () => {
    const { diagnostics, content } = await validateChanged('kakuu/soumu/2020.yaml', (t) =>
      t.replace('title: { ja: 総務部の運営方針と目標', 'title: { ja: 総務部の\u202E運営方針と目標'),
    );
    expect(content).toBeUndefined();
    expect(diagnostics.map((d) => [d.file, d.line, d.column, d.path, d.code])).toEqual([
      ['content/kakuu/soumu/2020.yaml', 7, 18, 'title.ja', 'bidi-control'],
    ]);
    expect(formatText(diagnostics[0])).toContain(
      '「ja」に、文字の並ぶ向きを変える見えない制御文字 U+202E RIGHT-TO-LEFT OVERRIDE があります',
    );
    expect(diagnostics[0].en).toContain('"ja" holds U+202E RIGHT-TO-LEFT OVERRIDE');
  });

  it('in a plan text written as an escape: at the escape', async () => {
    const { diagnostics } = await validateChanged('kakuu/soumu/2020.yaml', (t) =>
      t.replace('- 架空市の市民サービスを支えます。', '- "架空市の\\u200B市民サービスを支えます。"'),
    );
    expect(diagnostics.map((d) => [d.line, d.column, d.path, d.code])).toEqual([
      [18, 16, 'statements.blocks[0].items[0]', 'invisible-character'],
    ]);
    expect(diagnostics[0].en).toContain('U+200B ZERO WIDTH SPACE');
  });

  it('in municipality.yaml, department.yaml and glossary.yaml', async () => {
    const municipality = await validateChanged('kakuu/municipality.yaml', (t) =>
      t.replace('en: Kakuu City (fictional)', 'en: "Kakuu\\u2066 City (fictional)"'),
    );
    expect(municipality.diagnostics.map((d) => [d.file, d.path, d.code])).toContainEqual([
      'content/kakuu/municipality.yaml',
      'name.en',
      'bidi-control',
    ]);
    const department = await validateChanged('kakuu/soumu/department.yaml', (t) => t.replace('name: 総務部', 'name: 総\u00AD務部'));
    expect(department.diagnostics.map((d) => [d.file, d.line, d.column, d.path, d.code])).toContainEqual([
      'content/kakuu/soumu/department.yaml',
      5,
      8,
      'name',
      'invisible-character',
    ]);
    const glossary = await validateChanged('glossary.yaml', (t) => t.replace('en: Records Division', 'en: "Records\\uFEFF Division"'));
    expect(glossary.diagnostics.map((d) => [d.file, d.path, d.code])).toContainEqual([
      'content/glossary.yaml',
      'terms[1].en',
      'invisible-character',
    ]);
  });

  it('a control character written as a YAML escape: at the escape, naming it', async () => {
    const { diagnostics, content } = await validateChanged('kakuu/soumu/2020.yaml', (t) =>
      t.replace('- 架空市の市民サービスを支えます。', '- "架空市の\\e[31m市民サービスを支えます。"'),
    );
    expect(content).toBeUndefined();
    expect(diagnostics.map((d) => [d.line, d.column, d.path, d.code])).toEqual([
      [18, 16, 'statements.blocks[0].items[0]', 'control-character'],
    ]);
    expect(formatText(diagnostics[0])).toContain('制御文字 U+001B ESCAPE');
    expect(diagnostics[0].en).toContain('U+001B ESCAPE, a control character');
  });

  it("a PDF's page break (form feed) copied into a text: says what it is", async () => {
    const { diagnostics } = await validateChanged('kakuu/soumu/2020.yaml', (t) =>
      t.replace('- 架空市の市民サービスを支えます。', '- 架空市の\f市民サービスを支えます。'),
    );
    expect(diagnostics.map((d) => [d.line, d.column, d.path, d.code])).toEqual([
      [18, 15, 'statements.blocks[0].items[0]', 'control-character'],
    ]);
    expect(diagnostics[0].ja).toContain('改ページの制御文字 U+000C FORM FEED');
    expect(diagnostics[0].en).toContain('a page break that comes along with text copied from a PDF');
  });

  it('accepts a kanji with its variation selector', async () => {
    const { diagnostics, content } = await validateChanged('kakuu/soumu/2020.yaml', (t) =>
      t.replace('- 架空市の市民サービスを支えます。', '- 葛\u{E0100}飾の架空市の市民サービスを支えます。'),
    );
    expect(diagnostics).toEqual([]);
    expect(content).toBeDefined();
  });
});
