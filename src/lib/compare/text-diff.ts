import { diffArrays } from 'diff';
import { titleSimilarity } from './similarity.ts';
import { Lru } from '../lru.ts';

export interface DiffPart {
  type: 'same' | 'added' | 'removed';
  text: string;
}

/**
 * The units a text is compared in: each kanji on its own (a redline at character level, where
 * Japanese changes happen), runs of hiragana, of katakana, of letters and digits, of spaces, and any
 * other character alone. A regular expression rather than Intl.Segmenter, whose dictionary-based
 * Japanese word breaks differ between ICU versions: the build (Node) and the browser (which assembles
 * the pairs without a static page) must split the same text the same way.
 */
const TOKEN =
  /\p{Script=Han}|\p{Script=Hiragana}+|[\p{Script=Katakana}ー]+|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}_])+|\s+|./gsu;

/**
 * Marks what changed between two texts. An unchanged single character between two changes is folded
 * into them, so a rewritten phrase reads as one replacement rather than as a confetti of marks.
 * @example textDiff('年間80回以上', '年間85回以上') → [same 年間, removed 80, added 85, same 回以上]
 */
export function textDiff(older: string, newer: string): DiffPart[] {
  // Both languages' pages of a pair usually compare the same texts (English falls back to Japanese).
  const key = `${older}\u0000${newer}`;
  let parts = memo.get(key);
  parts ??= memo.set(key, computeDiff(older, newer));
  return parts;
}

// The two languages' pages of a pair are built one after the other: recent diffs are enough to share.
const memo = new Lru<string, DiffPart[]>(4096);

function computeDiff(older: string, newer: string): DiffPart[] {
  if (older === newer) return [{ type: 'same', text: older }];
  return older.includes('\n') || newer.includes('\n') ? lineDiff(older, newer) : charDiff(older, newer);
}

/**
 * Texts of several lines (paragraphs, a line each) are matched line by line first, so an unchanged
 * line (a slogan before a new paragraph) stays unmarked; the changed lines that take each other's
 * place are then compared unit by unit, and the rest are added or removed whole.
 */
function lineDiff(older: string, newer: string): DiffPart[] {
  const lines = (text: string) => text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const out: DiffPart[] = [];
  const push = (part: DiffPart) => {
    if (!part.text) return;
    const last = out.at(-1);
    if (last?.type === part.type) last.text += part.text;
    else out.push({ ...part });
  };
  const body = (line: string) => (line.endsWith('\n') ? line.slice(0, -1) : line);
  const pair = (o: string, n: string) => {
    charDiff(body(o), body(n)).forEach(push);
    const [oEnd, nEnd] = [o.endsWith('\n'), n.endsWith('\n')];
    if (oEnd && nEnd) push({ type: 'same', text: '\n' });
    else if (oEnd) push({ type: 'removed', text: '\n' });
    else if (nEnd) push({ type: 'added', text: '\n' });
  };
  let removed: string[] = [];
  const flush = () => {
    removed.forEach((text) => push({ type: 'removed', text }));
    removed = [];
  };
  for (const c of diffArrays(lines(older), lines(newer))) {
    if (c.removed) removed.push(...c.value);
    else if (c.added) {
      c.value.forEach((line, i) => (removed[i] === undefined ? push({ type: 'added', text: line }) : pair(removed[i]!, line)));
      removed = removed.slice(c.value.length);
      flush();
    } else {
      flush();
      push({ type: 'same', text: c.value.join('') });
    }
  }
  flush();
  return out;
}

/** Two texts compared unit by unit (see TOKEN). */
function charDiff(older: string, newer: string): DiffPart[] {
  if (older === newer) return older ? [{ type: 'same', text: older }] : [];
  const replaced: DiffPart[] = [
    { type: 'removed', text: older },
    { type: 'added', text: newer },
  ];
  // Long texts with little in common are shown as replaced: cheaper, and easier to read than a confetti of marks.
  if (older.length + newer.length > 80 && titleSimilarity(older, newer) < REPLACED_BELOW) return replaced;
  const changes = diffArrays(older.match(TOKEN) ?? [], newer.match(TOKEN) ?? [], { maxEditLength: MAX_EDITS });
  // Past the cap the texts have little in common: showing all of one replaced by all of the other is
  // both truer to the reader and far cheaper than an exhaustive search.
  if (!changes) return replaced;
  // Runs of changes, each with what it removed and added, between the unchanged texts.
  type Run = { same: string } | { removed: string; added: string };
  const runs: Run[] = [];
  for (const c of changes) {
    const text = c.value.join('');
    const last = runs.at(-1);
    if (!c.added && !c.removed) runs.push({ same: text });
    else if (last && !('same' in last)) last[c.added ? 'added' : 'removed'] += text;
    else runs.push(c.added ? { removed: '', added: text } : { removed: text, added: '' });
  }
  const folded: Run[] = [];
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    const [before, after] = [folded.at(-1), runs[i + 1]];
    if ('same' in run && [...run.same].length <= 1 && before && after && !('same' in before) && !('same' in after)) {
      before.removed += run.same + after.removed;
      before.added += run.same + after.added;
      i++;
    } else folded.push(run);
  }
  return folded.flatMap((run): DiffPart[] =>
    'same' in run
      ? [{ type: 'same', text: run.same }]
      : [
          ...(run.removed ? [{ type: 'removed' as const, text: run.removed }] : []),
          ...(run.added ? [{ type: 'added' as const, text: run.added }] : []),
        ],
  );
}

/** Edits beyond which two texts are shown as replaced rather than compared unit by unit. */
export const MAX_EDITS = 100;

/** Below this bigram similarity two texts are shown as replaced without a unit-by-unit search. */
export const REPLACED_BELOW = 0.4;
