export const LANGS = ['ja', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * A `t` over some areas' dictionaries: UI text in a language, with {name} placeholders filled. index.ts
 * makes the one over every area; browser.ts one over only the areas a browser bundle shows.
 */
export function translator<K extends string>(dictionaries: Record<Lang, Record<K, string>>) {
  return (lang: Lang, key: K, params: Record<string, string | number> = {}): string => {
    const text = dictionaries[lang][key];
    // Most strings have no placeholder: skip the regular expression for them (t runs thousands of times per page set).
    return text.includes('{') ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`)) : text;
  };
}
