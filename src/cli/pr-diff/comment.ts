/**
 * The pull-request comment: for each plan file a pull request changes, a field-level diff against its
 * previous version. A modified (or moved) file is compared with its version where the branch forked;
 * a new year with the department's latest earlier year in the pull request; a deletion is stated.
 * Both versions are read from git, never from the working tree, so the comment describes the commits.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PlanSchema, type Plan } from '../../../schemas/index.ts';
import { validateContent, type ValidationResult } from '../../lib/validate/validate-content.ts';
import type { Bilingual } from '../../lib/validate/diagnostic.ts';
import { alignPlans } from '../../lib/compare/align.ts';
import { BILINGUAL_DIFF_LABELS, diffToMarkdown } from '../../lib/compare/format-diff.ts';
import { isId, placeOf, planPathIn, yearsOf, type FilePlace } from '../../lib/content-tree/layout.ts';
import {
  changedContentFiles,
  checkoutCommitContent,
  contentTree,
  git,
  inContentTree,
  mergeBase,
  type ChangedFile,
  type ContentTree,
} from '../../lib/git/git-content.ts';

/** Lets the workflow find and update its own earlier comment instead of adding one per push. */
export const MARKER = '<!-- plan-diff -->';
/** Added when the content tree is untouched, so the workflow posts nothing new (but still updates an old comment). */
export const NO_CHANGES_MARKER = '<!-- plan-diff: no content changes -->';
/** GitHub refuses comments over 65,536 characters; the margin leaves room for GitHub's own additions. */
export const DEFAULT_MAX_CHARS = 60_000;

/** The plan a path of the repository holds, when it is a plan file of the content tree (see layout.ts). */
function planAt(tree: ContentTree, path: string | undefined): FilePlace | undefined {
  const prefix = inContentTree(tree, '');
  const place = path?.startsWith(prefix) ? placeOf(path.slice(prefix.length)) : undefined;
  return place?.kind === 'plan' ? place : undefined;
}
/** How many of a version's problems to quote; the validate check lists them all. */
const PROBLEMS_SHOWN = 5;

export interface PrDiffOptions {
  /** The site's content directory, anywhere in its repository. */
  contentDir: string;
  /** The branch or commit the pull request merges into. */
  base: string;
  /** The pull request's commit; HEAD when omitted. */
  head?: string;
  /** Longest comment to print; 0 for no limit. */
  maxChars?: number;
}

interface Tree {
  /** The folder the commit's content tree was checked out into, at its path in the repository. */
  root: string;
  /** Where the content tree sits in the repository. */
  content: ContentTree;
  result: ValidationResult;
  /** Plans by file (the repository's path) as published; empty unless the whole tree is valid. */
  validated: Map<string, Plan>;
}

type Side = { plan: Plan; raw: boolean } | { problems: string[] };

interface Section {
  /** The file, for the list of what a shortened comment leaves out. */
  name: string;
  text: string;
}

const both = (m: Bilingual) => `${m.ja} / ${m.en}`;
/** A sentence in each language: GitHub comments keep single line breaks, so each gets its own line. */
const lines = (m: Bilingual) => `${m.ja}\n${m.en}`;
const yearLabel = (year: string | number) => `${year}年度 / FY${year}`;

/**
 * Every content file of `commit`, checked out into `dir` and validated as `npm run validate` would,
 * its problems and plans named by the repository's paths.
 */
async function loadTree(content: ContentTree, commit: string, dir: string): Promise<Tree> {
  checkoutCommitContent(content, commit, dir);
  const result = await validateContent(dir, { contentDir: join(dir, content.path), copyOf: content.root });
  const validated = new Map((result.content?.plans ?? []).map((p) => [p.file, p.plan]));
  return { root: dir, content, result, validated };
}

/**
 * One version of a plan. From a valid tree it is the plan as the site publishes it (glossary English
 * filled in); otherwise the file alone, as the validator read it, is checked against the plan schema,
 * so a problem elsewhere does not hide this file's changes (`raw`, which both sides of a comparison must share).
 */
function planIn(tree: Tree, file: string, raw: boolean): Side {
  const validated = raw ? undefined : tree.validated.get(file);
  if (validated) return { plan: validated, raw: false };
  const problems = tree.result.diagnostics
    .filter((d) => d.file === file)
    .map((d) => `\`${d.line}:${d.column}\`${d.path ? ` \`${d.path}\`` : ''} ${d.ja} / ${d.en}`);
  if (!tree.result.data.has(file)) return { problems };
  const parsed = PlanSchema.safeParse(tree.result.data.get(file));
  return parsed.success ? { plan: parsed.data, raw: true } : { problems };
}

/** The latest year before `year` that the department has in `tree`, as its file path (none for folders that are not ids). */
function previousYear(tree: Tree, municipality: string, department: string, year: number): string | undefined {
  if (!isId(municipality) || !isId(department)) return undefined;
  const latest = yearsOf(join(tree.root, tree.content.path), municipality, department)
    .filter((y) => y < year)
    .at(-1);
  return latest === undefined
    ? undefined
    : inContentTree(tree.content, planPathIn(join(tree.root, tree.content.path), municipality, department, latest));
}

function describeProblems(which: Bilingual, file: string, problems: string[]): string {
  const shown = problems.slice(0, PROBLEMS_SHOWN).map((p) => `- ${p}`);
  const more =
    problems.length > PROBLEMS_SHOWN ? [`- …ほか ${problems.length - PROBLEMS_SHOWN} 件 / ${problems.length - PROBLEMS_SHOWN} more`] : [];
  return [
    `**比較できません / Cannot compare:** ${which.ja}（\`${file}\`）は計画として読めません。 / ${which.en} (\`${file}\`) cannot be read as a plan.`,
    ...(problems.length ? ['', ...shown, ...more] : []),
  ].join('\n');
}

const BASE_VERSION: Bilingual = { ja: '基準ブランチの版', en: 'The base branch’s version' };
const HEAD_VERSION: Bilingual = { ja: 'この PR の版', en: 'This pull request’s version' };
const RAW_NOTE = lines({
  ja: '_検証で問題が見つかった版があるため、このファイルだけを読んで比べています（部・課の英語名は用語集から補っていません）。_',
  en: '_Some content has validation problems, so this file was read on its own (department and division English names are not filled in from the glossary)._',
});

/** A section: heading, what is compared with what, then the table or why there is none. */
function compareSection(
  title: string,
  description: string,
  older: { tree: Tree; file: string; which: Bilingual },
  newer: { tree: Tree; file: string; which: Bilingual },
): string {
  const raw = !older.tree.result.content || !newer.tree.result.content;
  const a = planIn(older.tree, older.file, raw);
  const b = planIn(newer.tree, newer.file, raw);
  if (!('plan' in a) || !('plan' in b)) {
    const notes = [
      ...('plan' in a ? [] : [describeProblems(older.which, older.file, a.problems)]),
      ...('plan' in b ? [] : [describeProblems(newer.which, newer.file, b.problems)]),
    ];
    return [`### ${title}`, '', description, '', ...notes, ''].join('\n');
  }
  const [heading = '', ...table] = diffToMarkdown(alignPlans(a.plan, b.plan), title, BILINGUAL_DIFF_LABELS).split('\n');
  return [heading, '', description, ...(a.raw ? ['', RAW_NOTE] : []), ...table].join('\n');
}

function planSection(change: ChangedFile, content: ContentTree, base: Tree | undefined, head: Tree | undefined): Section {
  const now = planAt(content, change.path);
  const before = planAt(content, change.oldPath);
  const { municipality = '', department = '', year = '' } = now ?? before ?? {};
  const dept = `${municipality}/${department}`;
  const name = `\`${change.path}\``;
  const isPlan = now !== undefined;
  const wasPlan = change.oldPath ? before !== undefined : change.status !== 'added';

  if (change.status === 'deleted' || !isPlan) {
    const text = [
      `### ${dept} ${yearLabel(year)}: 削除 / deleted`,
      '',
      lines({
        ja: `この PR は \`${change.oldPath ?? change.path}\` を削除します。`,
        en: `This pull request deletes \`${change.oldPath ?? change.path}\`.`,
      }),
      '',
    ].join('\n');
    return { name, text };
  }
  if ((change.status === 'modified' || change.status === 'renamed') && wasPlan && base && head) {
    const older = change.oldPath ?? change.path;
    const moved = older !== change.path;
    const title = `${dept} ${yearLabel(year)}: ${moved ? '移動 / moved' : '変更 / modified'}`;
    const description = moved
      ? lines({
          ja: `基準ブランチの \`${older}\` → この PR の \`${change.path}\``,
          en: `\`${older}\` on the base branch → \`${change.path}\` in this pull request`,
        })
      : `\`${change.path}\`: ${both({ ja: '基準ブランチの版 → この PR の版', en: 'the base branch’s version → this pull request’s' })}`;
    return {
      name,
      text: compareSection(
        title,
        description,
        { tree: base, file: older, which: BASE_VERSION },
        { tree: head, file: change.path, which: HEAD_VERSION },
      ),
    };
  }
  // A new year (or a file moved in from elsewhere): its predecessor is the department's previous year.
  const previous = head && previousYear(head, municipality, department, Number(year));
  if (!head || !previous) {
    const text = [
      `### ${dept} ${yearLabel(year)}: 新規 / new`,
      '',
      lines({
        ja: `\`${change.path}\` は新しい計画です。比べる前の年度の計画はありません。`,
        en: `\`${change.path}\` is a new plan; there is no earlier year to compare it with.`,
      }),
      '',
    ].join('\n');
    return { name, text };
  }
  const previousYearNumber = planAt(content, previous)?.year ?? '';
  const description = lines({
    ja: `新しい年度です。この PR の ${previousYearNumber}年度の計画（\`${previous}\`）と比べています。`,
    en: `A new year, compared with the FY${previousYearNumber} plan in this pull request (\`${previous}\`).`,
  });
  const previousVersion: Bilingual = { ja: `${previousYearNumber}年度の計画`, en: `The FY${previousYearNumber} plan` };
  return {
    name,
    text: compareSection(
      `${dept} ${yearLabel(year)}: 新規 / new`,
      description,
      { tree: head, file: previous, which: previousVersion },
      { tree: head, file: change.path, which: HEAD_VERSION },
    ),
  };
}

const STATUS: Record<ChangedFile['status'], string> = {
  added: '追加 / added',
  modified: '変更 / modified',
  deleted: '削除 / deleted',
  renamed: '移動 / moved',
};

/** How many omitted files a shortened comment names before it only counts them. */
const OMITTED_NAMED = 20;

function omissionNote(omitted: string[], rerun: string): string {
  const named = omitted.slice(0, OMITTED_NAMED).join('、');
  const more = omitted.length > OMITTED_NAMED ? ` …ほか ${omitted.length - OMITTED_NAMED} 件 / ${omitted.length - OMITTED_NAMED} more` : '';
  return [
    '---',
    '',
    '**一部を省略しました / Shortened:** コメント1件に収まりません / too long for one comment.',
    ...(omitted.length ? [`省略したファイル / Left out: ${named}${more}`] : []),
    lines({ ja: `全文は手元で \`${rerun}\` を実行すると見られます。`, en: `Run \`${rerun}\` locally to see everything.` }),
    '',
  ].join('\n');
}

/** Cuts a section's table to fit `room` characters, saying how many rows were left out. */
function cutSection(text: string, room: number): string | undefined {
  const all = text.split('\n');
  const headerEnd = all.findIndex((l) => l.startsWith('| ---'));
  if (headerEnd < 0) return undefined;
  const rows = all.slice(headerEnd + 1).filter((l) => l.startsWith('| '));
  let used = all.slice(0, headerEnd + 1).join('\n').length;
  let kept = 0;
  const note = (left: number) => `\n\n_…残り ${left} 行を省略 / ${left} more rows left out_\n`;
  while (kept < rows.length && used + 1 + rows[kept]!.length + note(rows.length - kept - 1).length <= room)
    used += 1 + rows[kept++]!.length;
  // A heading without a single row says nothing: leave the whole section to the list of omissions.
  if (!kept) return undefined;
  return [...all.slice(0, headerEnd + 1), ...rows.slice(0, kept)].join('\n') + note(rows.length - kept);
}

/**
 * Joins the comment, shortened to `max` characters when needed: whole sections while they fit, then
 * as many rows of the next as fit, then the names of the rest and how to see everything.
 */
export function assembleComment(head: string, sections: Section[], tail: string, max: number, rerun: string): string {
  const full = [head, ...sections.map((s) => s.text), tail].join('\n');
  if (!max || full.length <= max) return full;
  // The longest the closing note can be, whichever files it ends up naming.
  const longestNames = sections.map((s) => s.name).sort((a, b) => b.length - a.length);
  const reserve = omissionNote(longestNames, rerun).length + tail.length + 2;
  const parts = [head];
  let used = head.length;
  let next = 0;
  while (next < sections.length && used + 1 + sections[next]!.text.length + reserve <= max) used += 1 + sections[next++]!.text.length;
  parts.push(...sections.slice(0, next).map((s) => s.text));
  const cut = next < sections.length ? cutSection(sections[next]!.text, max - used - reserve - 1) : undefined;
  if (cut) parts.push(cut);
  const omitted = sections.slice(next + (cut ? 1 : 0)).map((s) => s.name);
  // The reserve makes this fit; the cut only guards against a list of other files too long to fit.
  return [...parts, tail, omissionNote(omitted, rerun)].join('\n').slice(0, max);
}

/** The whole comment for the pull request `head` (default HEAD) into `base`. */
export async function prDiffComment(options: PrDiffOptions): Promise<string> {
  const content = contentTree(options.contentDir);
  const { root } = content;
  const head = git(root, ['rev-parse', '--verify', `${options.head ?? 'HEAD'}^{commit}`]).trim();
  const base = mergeBase(root, options.base, head);
  const changes = changedContentFiles(content, base, head);
  const folder = `${content.path || '.'}/`;
  const short = (sha: string) => sha.slice(0, 7);
  const intro = [MARKER, ...(changes.length ? [] : [NO_CHANGES_MARKER]), '## 計画の変更 / Plan changes', ''];
  if (!changes.length) {
    return [
      ...intro,
      lines({
        ja: `この PR は ${folder} のファイルを変更していません（基準 \`${short(base)}\` → \`${short(head)}\`）。`,
        en: `This pull request changes no file in ${folder} (base \`${short(base)}\` → \`${short(head)}\`).`,
      }),
      '',
    ].join('\n');
  }
  const isPlanChange = (c: ChangedFile) => planAt(content, c.path) !== undefined || planAt(content, c.oldPath) !== undefined;
  const plans = changes.filter(isPlanChange);
  const others = changes.filter((c) => !isPlanChange(c));

  const tmp = mkdtempSync(join(tmpdir(), 'plan-diff-'));
  let sections: Section[];
  try {
    const needsBase = plans.some((c) => c.status === 'modified' || c.status === 'renamed');
    const needsHead = plans.some((c) => c.status !== 'deleted');
    const baseTree = needsBase ? await loadTree(content, base, join(tmp, 'base')) : undefined;
    const headTree = needsHead ? await loadTree(content, head, join(tmp, 'head')) : undefined;
    sections = plans.map((c) => planSection(c, content, baseTree, headTree));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }

  const count = (status: ChangedFile['status'][]) => plans.filter((c) => status.includes(c.status)).length;
  const [modified, added, deleted] = [count(['modified', 'renamed']), count(['added']), count(['deleted'])];
  const opening = [
    ...intro,
    lines({
      ja: `この PR が変える計画ファイルの、項目ごとの差分です（基準 \`${short(base)}\` → \`${short(head)}\`）。変更 ${modified} 件・新規 ${added} 件・削除 ${deleted} 件。`,
      en: `Field by field, what this pull request changes in each plan file (base \`${short(base)}\` → \`${short(head)}\`): ${modified} modified, ${added} new, ${deleted} deleted.`,
    }),
    '',
  ].join('\n');
  const tail = others.length
    ? [
        '### その他の変更 / Other changes',
        '',
        ...others.map((c) => `- \`${c.oldPath ? `${c.oldPath} → ` : ''}${c.path}\`: ${STATUS[c.status]}`),
        '',
      ].join('\n')
    : '';
  const rerun = `npm run pr:diff -- --base ${base} --head ${head} --max-chars 0`;
  return assembleComment(opening, sections, tail, options.maxChars ?? DEFAULT_MAX_CHARS, rerun);
}
