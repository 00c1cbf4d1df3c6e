/** A content file once its YAML is read: what the checks after parsing work on. */
import type { Bilingual } from './diagnostic.ts';
import type { FileKind, FilePlace } from '../content-tree/layout.ts';
import type { Positions } from '../content-tree/read.ts';
import { locate } from './locate.ts';

export interface ParsedFile {
  file: string;
  text: string;
  kind: FileKind;
  pos: Positions;
  data: unknown;
  place: FilePlace;
}

/** Reports a problem at a field of a parsed file. */
export type ReportAt = (f: ParsedFile, path: PropertyKey[], code: string, msg: Bilingual) => void;

/** The line and column of a field of a parsed file (see locate). */
export function locateIn(f: ParsedFile, path: readonly PropertyKey[], atKey = false): { line: number; column: number } {
  return locate(f.pos().doc, f.pos().lines, path, atKey);
}
