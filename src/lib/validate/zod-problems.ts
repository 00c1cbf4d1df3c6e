import type { z } from 'astro/zod';
import type { Bilingual } from './diagnostic.ts';
import { warekiFiscalYear, warekiToIso } from './wareki.ts';
import { numberWithFullWidthSpace } from './full-width.ts';
import { cutTextMessage, type CutText } from './yaml-problems.ts';

type Issue = z.core.$ZodIssue;
type JsonSchema = { properties?: Record<string, JsonSchema>; items?: JsonSchema; anyOf?: JsonSchema[]; type?: string | string[] };

export interface Problem extends Bilingual {
  code: string;
  path: PropertyKey[];
  /** Point at the key itself (for unknown keys) rather than at its value. */
  atKey?: boolean;
}

interface Context {
  /** The value the file holds at a path (undefined when the path is absent). */
  valueAt(path: readonly PropertyKey[]): unknown;
  hasPath(path: readonly PropertyKey[]): boolean;
  /** The value as written in the file (so 042030 keeps its leading zero in a hint). */
  sourceAt(path: readonly PropertyKey[]): string | undefined;
  /** Texts in a flow mapping at a path that an unquoted comma cut into bare keys (see cutTexts). */
  cutTextsAt?(path: readonly PropertyKey[]): CutText[];
  /** JSON Schema of the file's type, for the keys allowed at a place. */
  schema: JsonSchema;
}

const TYPE_JA: Record<string, string> = {
  string: '文字列',
  number: '数値',
  int: '整数',
  boolean: 'true か false',
  array: 'リスト（- で始まる項目）',
  object: '「項目名: 値」の集まり',
  null: '空',
  undefined: 'なし',
  nonfinite: '数でない値（.nan や .inf）',
};
const TYPE_EN: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list (items starting with -)',
  object: 'a mapping of keys to values',
  null: 'empty',
  undefined: 'nothing',
  nonfinite: 'not a finite number (.nan or .inf)',
};

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'number' && !Number.isFinite(value)) return 'nonfinite';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Turns Zod's issues into messages a clerk can act on, one or more per issue. */
export function zodIssuesToProblems(issues: readonly Issue[], ctx: Context, base: PropertyKey[] = []): Problem[] {
  // A number past both the field's limit and JavaScript's safe-integer range needs one message: the field's.
  const tooBig = (i: Issue) => (i.code === 'too_big' ? JSON.stringify(i.path) : undefined);
  const kept = issues.filter(
    (i) =>
      !(i.code === 'too_big' && Number(i.maximum) === Number.MAX_SAFE_INTEGER && issues.some((o) => o !== i && tooBig(o) === tooBig(i))),
  );
  return kept.flatMap((issue) => issueToProblems(issue, ctx, [...base, ...issue.path]));
}

function issueToProblems(issue: Issue, ctx: Context, path: PropertyKey[]): Problem[] {
  const key = String(path.at(-1) ?? '');
  const value = ctx.valueAt(path);
  // Whatever the schema expected (text, a choice, a number), an absent field is simply missing.
  if (['invalid_type', 'invalid_union', 'invalid_value'].includes(issue.code) && !ctx.hasPath(path)) return [missing(ctx, path, key)];
  switch (issue.code) {
    case 'invalid_union': {
      // A text field is "string | {ja, en}": report the branch that matches the shape the clerk wrote.
      const branch = issue.errors.find((errs) => !errs.every((e) => e.code === 'invalid_type' && e.path.length === 0));
      if (branch) return zodIssuesToProblems(branch, ctx, path);
      return [
        {
          code: 'invalid-type',
          path,
          ja: `「${key}」には文字列（日本語）か {ja: 日本語, en: 英語} を書いてください（今は${TYPE_JA[kindOf(value)] ?? kindOf(value)}）。`,
          en: `"${key}" must be text (Japanese) or {ja: Japanese, en: English} (found ${TYPE_EN[kindOf(value)] ?? kindOf(value)}).`,
        },
      ];
    }
    case 'invalid_type': {
      const expected = issue.expected;
      const found = kindOf(value);
      const problem: Problem = {
        code: 'invalid-type',
        path,
        ja: `「${key}」は${TYPE_JA[expected] ?? expected}で書いてください（今は${TYPE_JA[found] ?? found}）。`,
        en: `"${key}" must be ${TYPE_EN[expected] ?? expected} (found ${TYPE_EN[found] ?? found}).`,
      };
      if ((expected === 'number' || expected === 'int') && typeof value === 'string') {
        const half = value.normalize('NFKC');
        const spaced = numberWithFullWidthSpace(value);
        const wareki = /year$|^(?:from|until)$/i.test(key) ? warekiFiscalYear(value) : undefined;
        if (wareki) {
          problem.code = 'wareki-year';
          problem.ja += `「${value}」は ${wareki.year} 年度${wareki.actually ? `（${wareki.actually}）` : ''}です。西暦で ${wareki.year} と書いてください。`;
          problem.en += ` "${value}" means ${wareki.year}${wareki.actually ? ` (${wareki.actually})` : ''}: write ${wareki.year}, the Western year the fiscal year starts in.`;
        } else if (spaced && !/[０-９]/.test(value)) {
          // The digits are ASCII: only the space is full-width. Name it and where it is.
          problem.code = 'full-width-space';
          problem.ja += `値の ${spaced.index} 文字目に全角スペース（U+3000 IDEOGRAPHIC SPACE）があります。消して ${spaced.digits} と書いてください。`;
          problem.en += ` Character ${spaced.index} of the value is a full-width space (U+3000 IDEOGRAPHIC SPACE): delete it and write ${spaced.digits}.`;
        } else if (half !== value && /^[\d,.\s-]+$/.test(half)) {
          problem.code = 'full-width-digits';
          problem.ja += `全角数字は使えません。半角で ${half.replace(/[,\s]/g, '')} と書いてください。`;
          problem.en += ` Full-width digits are not numbers: write ${half.replace(/[,\s]/g, '')} in ASCII digits.`;
        } else if (/^\d+$/.test(value)) {
          problem.ja += `引用符を外して ${value} と書いてください。`;
          problem.en += ` Remove the quotes: ${value}.`;
        } else if (/^\d{1,3}(,\d{3})+$/.test(value)) {
          problem.ja += `桁区切りのカンマを除いて ${value.replace(/,/g, '')} と書いてください。`;
          problem.en += ` Leave out the thousands separators: ${value.replace(/,/g, '')}.`;
        }
      }
      if (expected === 'string' && typeof value === 'number') {
        const written = ctx.sourceAt(path) ?? String(value);
        problem.ja += `数字だけの値は引用符で囲んでください（例 "${written}"）。`;
        problem.en += ` Put a value made of digits in quotes (e.g. "${written}").`;
      }
      return [problem];
    }
    case 'unrecognized_keys': {
      // `{ ja: …, en: City, Ward }`: the bare keys after an unquoted comma are one slip, said once.
      const cuts = ctx.cutTextsAt?.(path) ?? [];
      const cutProblems: Problem[] = cuts
        .filter((c) => c.strays.some((s) => issue.keys.includes(s)))
        .map((c) => ({ code: 'unquoted-comma', path: [...path, c.key], ...cutTextMessage(c) }));
      const strays = new Set(cuts.flatMap((c) => c.strays));
      return [
        ...cutProblems,
        ...issue.keys
          .filter((k) => !strays.has(k))
          .map((unknown) => {
            // A key after full-width spaces is an indentation typed with the input method on.
            const indent = /^[\s\u3000]*\u3000[\s\u3000]*/.exec(unknown)?.[0];
            if (indent) {
              const column = indent.indexOf('\u3000') + 1;
              return {
                code: 'full-width-indent',
                path: [...path, unknown],
                atKey: true,
                ja: `項目「${unknown.slice(indent.length)}」の字下げ（${column} 文字目）に全角スペース（U+3000）が使われています。YAML の字下げは半角スペースにしてください。`,
                en: `The indentation of the key "${unknown.slice(indent.length)}" has a full-width space (U+3000 IDEOGRAPHIC SPACE, column ${column}). Indent YAML with ordinary spaces.`,
              };
            }
            const allowed = allowedKeys(ctx.schema, path);
            const guess = allowed && closest(unknown, allowed);
            const list = allowed?.join(', ');
            return {
              code: 'unknown-key',
              path: [...path, unknown],
              atKey: true,
              ja: `不明な項目「${unknown}」です。${guess ? `「${guess}」の誤りではありませんか。` : ''}綴りを直すか削除してください${list ? `（使える項目: ${list}）` : ''}。`,
              en: `Unknown key "${unknown}".${guess ? ` Did you mean "${guess}"?` : ''} Correct or remove it${list ? ` (allowed: ${list})` : ''}.`,
            };
          }),
      ];
    }
    case 'invalid_value': {
      const list = issue.values.map((v) => String(v)).join(', ');
      // A list or mapping where a choice belongs is described by its kind, not printed.
      const isScalar = value === null || typeof value !== 'object';
      const [ja, en] = isScalar ? [`「${String(value)}」`, `"${String(value)}"`] : [TYPE_JA[kindOf(value)], TYPE_EN[kindOf(value)]];
      return [
        {
          code: 'invalid-value',
          path,
          ja: `${ja}は「${key}」に使えません。次のどれかを書いてください: ${list}`,
          en: `${en} is not allowed for "${key}". Use one of: ${list}`,
        },
      ];
    }
    case 'too_small':
      if (issue.origin === 'string') {
        return [
          {
            code: 'empty',
            path,
            ja: `「${key}」が空です。文字を書くか、項目ごと削除してください。`,
            en: `"${key}" is empty. Write the text or remove the field.`,
          },
        ];
      }
      if (issue.origin === 'array') {
        return [
          {
            code: 'empty-list',
            path,
            ja: `「${key}」のリストが空です。項目を書くか、「${key}」ごと削除してください。`,
            en: `The list "${key}" is empty. Add items or remove "${key}".`,
          },
        ];
      }
      return [
        {
          code: 'too-small',
          path,
          ja: `「${key}」は ${String(issue.minimum)} 以上にしてください（今は ${String(value)}）。${key === 'fiscalYear' ? '年度は西暦で書きます（令和3年度 → 2021）。' : ''}`,
          en: `"${key}" must be at least ${String(issue.minimum)} (found ${String(value)}).${key === 'fiscalYear' ? ' Write the Western year the fiscal year starts in (令和3年度 → 2021).' : ''}`,
        },
      ];
    case 'too_big':
      return [
        {
          code: 'too-big',
          path,
          ja: `「${key}」の値 ${String(value)} は大きすぎます（上限 ${String(issue.maximum)}）。桁を確認してください。`,
          en: `"${key}" is too large: ${String(value)} (the limit is ${String(issue.maximum)}). Check the digits.`,
        },
      ];
    case 'invalid_format':
      return [formatProblem(issue, key, value, path)];
    case 'custom': {
      const params = issue.params as Partial<Bilingual> | undefined;
      if (params?.ja && params.en) return [{ code: 'rule', path, ja: params.ja, en: params.en }];
      if (issue.message === 'Not a calendar date') {
        return [
          {
            code: 'impossible-date',
            path,
            ja: `${String(value)} は存在しない日付です。月と日を確認してください。`,
            en: `${String(value)} is not a calendar date. Check the month and day.`,
          },
        ];
      }
      return [{ code: 'rule', path, ja: issue.message, en: issue.message }];
    }
    default:
      return [
        {
          code: issue.code,
          path,
          ja: `「${key}」の値が正しくありません（${issue.message}）。`,
          en: `"${key}" is invalid (${issue.message}).`,
        },
      ];
  }
}

function missing(ctx: Context, path: PropertyKey[], key: string): Problem {
  if (key === 'ja' && ctx.hasPath([...path.slice(0, -1), 'en'])) {
    return {
      code: 'english-without-japanese',
      path: path.slice(0, -1),
      ja: `英語（en）だけがあり、日本語（ja）がありません。日本語は必須です。ja: に文書どおりの日本語を書いてください。`,
      en: `There is English (en) but no Japanese (ja). Japanese is required: add ja: with the text as published.`,
    };
  }
  return {
    code: 'missing-field',
    path,
    ja: `必須の項目「${key}」がありません。追加してください。`,
    en: `The required field "${key}" is missing. Add it.`,
  };
}

function formatProblem(issue: Extract<Issue, { code: 'invalid_format' }>, key: string, value: unknown, path: PropertyKey[]): Problem {
  const text = String(value);
  if (issue.format === 'url') {
    return {
      code: 'invalid-url',
      path,
      ja: `「${text}」は URL として正しくありません。http:// か https:// で始まる完全な URL を書いてください。`,
      en: `"${text}" is not a valid URL. Write a full address starting with http:// or https://.`,
    };
  }
  const pattern = 'pattern' in issue ? String(issue.pattern) : '';
  if (pattern.includes('\\d{4}-\\d{2}-\\d{2}')) {
    const iso = warekiToIso(text);
    return {
      code: 'invalid-date',
      path,
      ja: `日付は YYYY-MM-DD（例 2017-04-01）で書いてください（今は「${text}」）。${iso ? `「${text}」なら ${iso} です。` : ''}`,
      en: `Write the date as YYYY-MM-DD (e.g. 2017-04-01), not "${text}".${iso ? ` "${text}" is ${iso}.` : ''}`,
    };
  }
  if (pattern.includes('[a-z0-9]+(?:-')) {
    const hint = text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    return {
      code: 'invalid-id',
      path,
      ja: `ID「${text}」に使えない文字があります。英小文字・数字とハイフンだけで書いてください${hint ? `（例 ${hint}）` : ''}。`,
      en: `The id "${text}" has characters ids cannot use. Use lowercase letters, digits and hyphens only${hint ? ` (e.g. ${hint})` : ''}.`,
    };
  }
  if (pattern.includes('\\d{6}')) {
    return {
      code: 'invalid-code',
      path,
      ja: `団体コードは半角数字6桁で、引用符で囲んで書いてください（例 "132047"）。`,
      en: `The local government code is six ASCII digits in quotes (e.g. "132047").`,
    };
  }
  return {
    code: 'invalid-format',
    path,
    ja: `「${key}」の書式が正しくありません（「${text}」）。`,
    en: `"${key}" has the wrong format ("${text}").`,
  };
}

/** The keys the JSON Schema allows at a path, following object properties, list items and unions. */
function allowedKeys(schema: JsonSchema, path: readonly PropertyKey[]): string[] | undefined {
  let node: JsonSchema | undefined = schema;
  const objectBranch = (s: JsonSchema | undefined) => s?.anyOf?.find((b) => b.properties) ?? s;
  for (const seg of path) {
    node = objectBranch(node);
    if (typeof seg === 'number') node = node?.items ?? node?.anyOf?.find((b) => b.items)?.items;
    else node = node?.properties?.[String(seg)];
  }
  const props = objectBranch(node)?.properties;
  return props && Object.keys(props);
}

/** The allowed key nearest to a misspelt one, if it is close (edit distance ≤ 2). */
function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}
