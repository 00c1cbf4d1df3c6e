/**
 * The validator: reads every file of a content tree, checks each on its own and then the rules
 * between files, and reports every problem, not just the first. Nothing half-valid is published.
 */
import { dirname, join, relative, sep } from 'node:path';
import { compareDiagnostics, formatPath, type Diagnostic, type Report } from './diagnostic.ts';
import { placeOf, unknownFileMessage } from '../content-tree/layout.ts';
import { readSource } from '../content-tree/read-source.ts';
import { readText } from '../content-tree/read.ts';
import { listTree, readAll } from '../content-tree/list-files.ts';
import { refusedLinkMessage } from './refused-link.ts';
import { checkSchemaComment } from './check-schema-comment.ts';
import { locateIn, type ParsedFile } from './parsed-file.ts';
import { checkSchema } from './check-schema.ts';
import { checkHiddenCharacters } from './check-hidden-characters.ts';
import { checkPlace } from './check-place.ts';
import { crossFileChecks } from './cross-file.ts';
import type { SiteContent } from './site-content.ts';
import { checkMarkdownLike } from './check-markdown-like.ts';
import { importGuesses } from './import-guesses.ts';
import type { Plan } from '../../../schemas/plan/index.ts';

export type { PlanRecord, SiteContent } from './site-content.ts';

export interface ValidationResult {
  diagnostics: Diagnostic[];
  /** Things published as written that may not be what the writer meant (severity warning); they block nothing. */
  warnings: Diagnostic[];
  /** Present only when there is no diagnostic: nothing half-valid is ever published. */
  content?: SiteContent;
  /**
   * The files that passed their own checks, even when other files have problems: for commands that
   * read only some files (npm run diff), never for publishing. Check the diagnostics of the files used.
   */
  usable: SiteContent;
  /**
   * The data of every file whose YAML could be read, as written (before any check), by file: for a
   * command that reads a file on its own when others have problems (npm run pr:diff), never for publishing.
   */
  data: ReadonlyMap<string, unknown>;
  fileCount: number;
  /**
   * With `only`: the files it named (each checked with the rules it shares with other files), and how
   * many other files there are, whose own problems are not reported.
   */
  selection?: { checked: string[]; notChecked: number };
}

/**
 * Validates every file under the content directory (or only `only`, paths relative to `projectRoot`,
 * while still reading the rest for cross-file rules) and reports every problem, not just the first.
 * `copyOf` is the folder `projectRoot` stands for when the tree is a copy (a commit or git's index
 * checked out elsewhere): the files' `$schema` paths are followed from there.
 */
export async function validateContent(
  projectRoot: string,
  options: { contentDir?: string; only?: string[]; copyOf?: string } = {},
): Promise<ValidationResult> {
  const contentDir = options.contentDir ?? join(projectRoot, 'content');
  const rel = (abs: string) => relative(projectRoot, abs).split(sep).join('/');
  /** The content folder as messages name it (content, or whatever the site calls it). */
  const folder = rel(contentDir) || '.';
  const real = (path: string) => (options.copyOf ? join(options.copyOf, relative(projectRoot, path)) : path);
  const diagnostics: Diagnostic[] = [];
  const report: Report = (file, line, column, path, code, msg) =>
    diagnostics.push({ file, line, column, path: formatPath(path), code, ja: msg.ja, en: msg.en });
  const warnings: Diagnostic[] = [];

  const listing = await listTree(contentDir);
  for (const link of listing.refused) report(rel(link.link), 1, 1, [], `symlink-${link.problem}`, refusedLinkMessage(link, rel, folder));
  const listed = listing.files.sort();
  const read = await readAll(listed);
  // A file deleted (or renamed) between the listing and the reading is not there: the next change says so.
  const files = listed.filter((_, i) => read[i] !== undefined);
  const contents = read.filter((bytes) => bytes !== undefined);
  const parsed: ParsedFile[] = [];
  const planFiles = new Map<string, string>();
  for (const [index, abs] of files.entries()) {
    const file = rel(abs);
    const place = placeOf(relative(contentDir, abs).split(sep));
    if (!place) {
      report(file, 1, 1, [], 'unknown-file', unknownFileMessage(abs, folder));
      continue;
    }
    if (place.kind === 'plan') {
      // One plan a year: its YAML file or its document, not both.
      const key = `${place.municipality}/${place.department}/${place.year}`;
      const other = planFiles.get(key);
      if (other) {
        report(file, 1, 1, [], 'plan-twice', {
          ja: `${place.year}年度の計画が ${other} にもあります。YAML（.yaml）か文書（.md）のどちらか1つにしてください。`,
          en: `The FY${place.year} plan is also in ${other}. Keep one file: the YAML (.yaml) or the document (.md).`,
        });
        continue;
      }
      planFiles.set(key, file);
    }
    const { text, problems } = readSource(contents[index]);
    for (const p of problems) report(file, p.line, p.column, [], p.code, p);
    if (text === undefined) continue;
    // A plan written as a document (<year>.md) has no $schema line: its frontmatter is checked as the YAML file's fields are.
    if (place.format !== 'md')
      checkSchemaComment(text, real(abs), real(dirname(contentDir)), place.kind, (msg) => report(file, 1, 1, [], 'schema-comment', msg));
    const read = readText(text, place.format);
    for (const p of read.problems) report(file, p.line, p.column, [], p.code, p);
    if (read.problems.length) continue;
    parsed.push({ file, text, kind: place.kind, pos: read.pos, data: read.data, place });
  }

  const valid = new Map<ParsedFile, unknown>();
  for (const f of parsed) {
    checkHiddenCharacters(f, report);
    const value = checkSchema(f, report);
    if (value !== undefined) valid.set(f, value);
    // A plan written as a document (.md) is literal by construction: there is nothing to opt in to.
    if (value !== undefined && f.kind === 'plan' && f.place.format !== 'md')
      checkMarkdownLike(f, value as Plan, (line, column, path, msg) =>
        warnings.push({
          file: f.file,
          line,
          column,
          path: formatPath(path),
          code: 'markdown-like',
          ja: msg.ja,
          en: msg.en,
          severity: 'warning',
        }),
      );
    // A field the import filled from weak evidence, until a clerk confirms it and removes the comment.
    if (f.kind === 'plan')
      for (const guess of importGuesses(f.text))
        warnings.push({
          file: f.file,
          line: guess.line,
          column: guess.column,
          path: '',
          code: 'import-guess',
          ...guess.message,
          severity: 'warning',
        });
    checkPlace(f, (path, msg) => {
      const { line, column } = locateIn(f, path);
      report(f.file, line, column, path, 'wrong-place', msg);
    });
  }

  const content = crossFileChecks(parsed, valid, report, folder);
  const selected = options.only?.map((p) => p.split(sep).join('/').replace(/^\.\//, ''));
  const inSelection = (file: string) => selected!.some((s) => file === s || file.startsWith(s.endsWith('/') ? s : `${s}/`));
  const shown = selected ? diagnostics.filter((d) => inSelection(d.file)) : diagnostics;
  shown.sort(compareDiagnostics);
  const shownWarnings = (selected ? warnings.filter((d) => inSelection(d.file)) : warnings).sort(compareDiagnostics);
  const checked = selected ? files.map(rel).filter(inSelection) : undefined;
  return {
    diagnostics: shown,
    warnings: shownWarnings,
    content: diagnostics.length === 0 ? content : undefined,
    usable: content,
    data: new Map(parsed.map((f) => [f.file, f.data])),
    fileCount: files.length,
    ...(checked && { selection: { checked, notChecked: files.length - checked.length } }),
  };
}
