/** A content file once its YAML is read: what the checks after parsing work on. */
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { Bilingual } from './diagnostic.ts';
import type { FileKind, FilePlace } from './file-kind.ts';
import { locate } from './locate.ts';

/** The YAML document with source positions, parsed only when a problem needs a line and column. */
export type Positions = () => { doc: Document; lines: LineCounter };

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

/** The positional parse of `text`, made the first time it is asked for and kept. */
export function positional(text: string): Positions {
  let cached: { doc: Document; lines: LineCounter } | undefined;
  return () => {
    if (!cached) {
      const lines = new LineCounter();
      cached = { doc: parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true }), lines };
    }
    return cached;
  };
}

/** The line and column of a field of a parsed file (see locate). */
export function locateIn(f: ParsedFile, path: readonly PropertyKey[], atKey = false): { line: number; column: number } {
  return locate(f.pos().doc, f.pos().lines, path, atKey);
}
