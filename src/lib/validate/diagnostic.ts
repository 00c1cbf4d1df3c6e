/** One problem in one content file, in both languages, located precisely enough to jump to. */
export interface Diagnostic {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  line: number;
  column: number;
  /** The field, as `projects.items[2].title`; empty for the whole file. */
  path: string;
  /** A stable code for tests and tools, e.g. `missing-field`, `yaml-syntax`. */
  code: string;
  ja: string;
  en: string;
  /** A warning is published as it is: the text may not say what its writer meant. Absent for a problem. */
  severity?: 'warning';
}

/** A message in both languages. */
export interface Bilingual {
  ja: string;
  en: string;
}

/** Adds one diagnostic: the file, the line and column, the field, a stable code and the message. */
export type Report = (file: string, line: number, column: number, path: readonly PropertyKey[], code: string, msg: Bilingual) => void;

/** @example formatPath(['projects', 'items', 2, 'title']) → 'projects.items[2].title' */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, seg) => {
    if (typeof seg === 'number') return `${acc}[${seg}]`;
    return acc ? `${acc}.${String(seg)}` : String(seg);
  }, '');
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.path.localeCompare(b.path);
}

/** `file:line:column  field.path  日本語 / English`: one line per problem, as compilers print them. */
export function formatText(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}  ${d.path || '-'}  ${d.severity ? '警告 / warning: ' : ''}${d.ja} / ${d.en}`;
}

/** A GitHub Actions workflow command, which shows the message on the line in the pull request. */
export function formatGithub(d: Diagnostic): string {
  const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProp = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const title = escapeProp(d.path || d.code);
  return `::${d.severity ?? 'error'} file=${escapeProp(d.file)},line=${d.line},col=${d.column},title=${title}::${escapeData(`${d.ja}\n${d.en}`)}`;
}
