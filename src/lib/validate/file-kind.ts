/** Where each kind of file lives under content/, and what the parts of its path mean. */
import type { Bilingual } from './diagnostic.ts';

export type FileKind = 'glossary' | 'municipality' | 'department' | 'plan';

/** A file's kind and the ids its folders and name give. */
export interface FilePlace {
  kind: FileKind;
  municipality?: string;
  department?: string;
  year?: number;
}

/**
 * The place of a file from its path below content/, split into parts; undefined when it has none.
 * @example classify(['mitaka', 'soumu', '2017.yaml']) → { kind: 'plan', municipality: 'mitaka', department: 'soumu', year: 2017 }
 */
export function classify(parts: string[]): FilePlace | undefined {
  if (parts.length === 1 && parts[0] === 'glossary.yaml') return { kind: 'glossary' };
  if (parts.length === 2 && parts[1] === 'municipality.yaml') return { kind: 'municipality', municipality: parts[0] };
  if (parts.length === 3 && parts[2] === 'department.yaml') return { kind: 'department', municipality: parts[0], department: parts[1] };
  const year = parts.length === 3 ? parts[2].match(/^(\d{4})\.yaml$/) : null;
  if (year) return { kind: 'plan', municipality: parts[0], department: parts[1], year: Number(year[1]) };
  return undefined;
}

/** What to say of a file that has no place: a .yml file is most likely a .yaml one misnamed. */
/** `folder` is the content folder as messages name it (content, or whatever the site calls it). */
export function unknownFileMessage(abs: string, folder: string): Bilingual {
  const yml = abs.endsWith('.yml');
  return {
    ja: yml
      ? '拡張子は .yml ではなく .yaml にしてください。'
      : `${folder}/ のこの場所には置けないファイルです。置き場所は glossary.yaml、<団体>/municipality.yaml、<団体>/<部>/department.yaml、<団体>/<部>/<西暦年度>.yaml（例 yokohama/soumu/2017.yaml）です。`,
    en: yml
      ? 'Name the file .yaml, not .yml.'
      : `This file has no place in ${folder}/. Files go at glossary.yaml, <municipality>/municipality.yaml, <municipality>/<department>/department.yaml or <municipality>/<department>/<year>.yaml (e.g. yokohama/soumu/2017.yaml).`,
  };
}
