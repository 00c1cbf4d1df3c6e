/**
 * The layout of a content tree, in both directions: what a file's path below content/ says (its kind
 * and ids), where the file of given ids goes, and which years of a unit are on disk. The one id rule
 * is the schemas' (schemas/ids.ts). Paths are relative to the content folder, with forward slashes.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { IdSchema } from '../../../schemas/ids.ts';
import type { Bilingual } from '../validate/diagnostic.ts';

export type FileKind = 'glossary' | 'municipality' | 'department' | 'plan';

/** A file's kind and the ids its folders and name give. */
export interface FilePlace {
  kind: FileKind;
  municipality?: string;
  department?: string;
  year?: number;
  /** A plan written as a document (<year>.md, read-markdown.ts); a YAML file (<year>.yaml) when not given. */
  format?: PlanFormat;
}

/** The two forms of a plan file: <year>.yaml, or <year>.md written as the document (read-markdown.ts). */
export type PlanFormat = 'yaml' | 'md';

const GLOSSARY = 'glossary.yaml';
const MUNICIPALITY = 'municipality.yaml';
const DEPARTMENT = 'department.yaml';
const YEAR_FILE = /^(\d{4})\.(yaml|md)$/;

/**
 * The YAML files of each kind as globs below content/, for tools that match paths themselves (the
 * editor's schema mapping): the same places `placeOf` gives. A plan may also be written as a document,
 * PLAN_MARKDOWN_GLOB, whose frontmatter and typed blocks the validator checks against the same schema.
 */
export const KIND_GLOBS: Readonly<Record<FileKind, string>> = {
  municipality: `*/${MUNICIPALITY}`,
  department: `*/*/${DEPARTMENT}`,
  plan: '*/*/[0-9][0-9][0-9][0-9].yaml',
  glossary: GLOSSARY,
};

/** Plans written as documents (<year>.md): Markdown with YAML frontmatter (read-markdown.ts). */
export const PLAN_MARKDOWN_GLOB = '*/*/[0-9][0-9][0-9][0-9].md';

/**
 * Whether `value` is an id as the schemas take it: lowercase ASCII words joined by hyphens, at most 64 characters.
 * @example isId('mitaka') === true; isId('Mitaka') === false; isId('a--b') === false
 */
export function isId(value: string | undefined): value is string {
  return IdSchema.safeParse(value).success;
}

/**
 * The place of a file from its path below content/ (a string with / or its parts); undefined when it
 * has none. Only the shape of the path counts: the ids themselves are checked against the files' own.
 * @example placeOf('mitaka/soumu/2017.yaml') → { kind: 'plan', municipality: 'mitaka', department: 'soumu', year: 2017 }
 */
export function placeOf(path: string | readonly string[]): FilePlace | undefined {
  const parts = typeof path === 'string' ? path.split('/') : path;
  if (parts.length === 1 && parts[0] === GLOSSARY) return { kind: 'glossary' };
  if (parts.length === 2 && parts[1] === MUNICIPALITY) return { kind: 'municipality', municipality: parts[0] };
  if (parts.length === 3 && parts[2] === DEPARTMENT) return { kind: 'department', municipality: parts[0], department: parts[1] };
  const year = parts.length === 3 ? YEAR_FILE.exec(parts[2]!) : null;
  if (year)
    return {
      kind: 'plan',
      municipality: parts[0],
      department: parts[1],
      year: Number(year[1]),
      ...(year[2] === 'md' && { format: 'md' as const }),
    };
  return undefined;
}

/**
 * Where the file of a place goes, below content/ (a plan in its `format`, YAML unless told). Throws when an id breaks the id rule or the year is
 * not a four-digit year: check what a user typed with `isId` first.
 * @example pathOf({ kind: 'plan', municipality: 'mitaka', department: 'soumu', year: 2017 }) → 'mitaka/soumu/2017.yaml'
 */
export function pathOf(place: FilePlace): string {
  const id = (value: string | undefined, what: string) => {
    if (!isId(value)) throw new Error(`Not a valid ${what} id: ${JSON.stringify(value)}`);
    return value;
  };
  switch (place.kind) {
    case 'glossary':
      return GLOSSARY;
    case 'municipality':
      return `${id(place.municipality, 'municipality')}/${MUNICIPALITY}`;
    case 'department':
      return `${unitPath(place.municipality, place.department)}/${DEPARTMENT}`;
    case 'plan': {
      const { year } = place;
      if (year === undefined || !Number.isInteger(year) || year < 0 || year > 9999)
        throw new Error(`Not a four-digit year: ${String(year)}`);
      return `${unitPath(place.municipality, place.department)}/${String(year).padStart(4, '0')}.${place.format ?? 'yaml'}`;
    }
  }

  function unitPath(municipality: string | undefined, department: string | undefined) {
    return `${id(municipality, 'municipality')}/${id(department, 'department')}`;
  }
}

/**
 * The years of the unit's plans present in the content tree at `contentDir`, oldest first; none when
 * the unit has no folder.
 */
export function yearsOf(contentDir: string, municipality: string, department: string): number[] {
  // The folders as given, valid ids or not: a misnamed folder still holds the years it holds.
  const dir = join(contentDir, municipality, department);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => placeOf([municipality, department, name]))
    .flatMap((place) => (place?.kind === 'plan' ? [place.year!] : []))
    .sort((a, b) => a - b);
}

/**
 * The path below content/ of the unit's plan for `year` as it is on disk: its document (<year>.md)
 * when there is one, else its YAML file (which may not exist yet).
 */
export function planPathIn(contentDir: string, municipality: string, department: string, year: number): string {
  const md = pathOf({ kind: 'plan', municipality, department, year, format: 'md' });
  return existsSync(join(contentDir, md)) ? md : pathOf({ kind: 'plan', municipality, department, year });
}

/** What to say of a file that has no place: a .yml file is most likely a .yaml one misnamed. */
/** `folder` is the content folder as messages name it (content, or whatever the site calls it). */
export function unknownFileMessage(abs: string, folder: string): Bilingual {
  const yml = abs.endsWith('.yml');
  return {
    ja: yml
      ? '拡張子は .yml ではなく .yaml にしてください。'
      : `${folder}/ のこの場所には置けないファイルです。置き場所は glossary.yaml、<団体>/municipality.yaml、<団体>/<部>/department.yaml、<団体>/<部>/<西暦年度>.yaml または .md（例 yokohama/soumu/2017.yaml）です。`,
    en: yml
      ? 'Name the file .yaml, not .yml.'
      : `This file has no place in ${folder}/. Files go at glossary.yaml, <municipality>/municipality.yaml, <municipality>/<department>/department.yaml or <municipality>/<department>/<year>.yaml or .md (e.g. yokohama/soumu/2017.yaml).`,
  };
}
