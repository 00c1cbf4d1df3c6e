/**
 * The UI text a browser bundle may carry: the areas the 新旧対照表 shows (its own words, the fields'
 * names, the words for codes), in both languages. Modules that the comparison page's script loads
 * (compare/taishou*.ts, compare/align.ts and the view helpers they use) take `t` from here, not from
 * index.ts, whose `t` carries every string of the site; tests/unit/ui-keys.test.ts checks they do.
 */
import { codes as jaCodes } from './ja/codes.ts';
import { fields as jaFields } from './ja/fields.ts';
import { taishou as jaTaishou } from './ja/taishou.ts';
import { codes as enCodes } from './en/codes.ts';
import { fields as enFields } from './en/fields.ts';
import { taishou as enTaishou } from './en/taishou.ts';
import { translator } from './translate.ts';

const ja = { ...jaCodes, ...jaFields, ...jaTaishou } as const;
const en = { ...enCodes, ...enFields, ...enTaishou } satisfies Record<BrowserKey, string>;

/** The keys of the areas a browser bundle carries (a part of UiKey). */
export type BrowserKey = keyof typeof ja;

export const t = translator<BrowserKey>({ ja, en });

/** Whether the browser's dictionaries have a key (a field's name or a code made into a key at run time). */
export const isBrowserKey = (key: string): key is BrowserKey => key in ja;
