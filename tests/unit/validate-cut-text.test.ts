/** An unquoted comma in a text inside `{ … }`: found once, with the text to quote (fictional texts). */
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { cutTextMessage, cutTexts } from '../../src/lib/validate/yaml-problems.ts';

const cuts = (text: string, path: (string | number)[]) => cutTexts(parseDocument(text), text, path);

describe('cutTexts', () => {
  it('finds the pieces after the commas and the whole text', () => {
    expect(cuts('name: { ja: 架空区, en: Kakuu, Ward }\n', ['name'])).toEqual([{ key: 'en', strays: ['Ward'], text: 'Kakuu, Ward' }]);
    expect(cuts('a:\n  - { ja: 架空, en: One, two, three }\n', ['a', 0])).toEqual([
      { key: 'en', strays: ['two', 'three'], text: 'One, two, three' },
    ]);
  });
  it('leaves quoted texts, block mappings and real keys alone', () => {
    expect(cuts('name: { ja: 架空区, en: "Kakuu, Ward" }\n', ['name'])).toEqual([]);
    expect(cuts('name:\n  ja: 架空区\n  en: Kakuu, Ward\n', ['name'])).toEqual([]);
    expect(cuts('name: { ja: 架空区, enn: Kakuu }\n', ['name'])).toEqual([]);
  });
  it('says once, in both languages, how to quote it', () => {
    const [cut] = cuts('name: { ja: 架空区, en: Kakuu, Ward }\n', ['name']);
    const msg = cutTextMessage(cut!);
    expect(msg.ja).toContain('en: "Kakuu, Ward"');
    expect(msg.en).toContain('Put the whole text in double quotes (e.g. en: "Kakuu, Ward")');
  });
});
