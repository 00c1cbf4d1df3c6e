/**
 * What `npm run import` knows besides the text, read from a content tree: the municipality's name
 * (the source's publisher), the department's registered name, and the department's other plans,
 * whose ids the draft reuses for matching items. Files are read as the validator reads them, but
 * leniently: one that cannot be read simply lends nothing.
 */
import { join } from 'node:path';
import { pathOf, planPathIn, yearsOf, type FilePlace } from '../content-tree/layout.ts';
import { readContentAt } from '../content-tree/read.ts';

type Data = Record<string, unknown>;

/** What the importer knows besides the text. */
export interface ImportContext {
  municipality: string;
  department: string;
  /** The fiscal year, when the caller knows it; otherwise it is read from the text. */
  fiscalYear?: number;
  /** The municipality's Japanese name, for the source's publisher. */
  publisher?: string;
  /** The department's registered Japanese name (department.yaml), if there is one. */
  departmentName?: string;
  /** The address of the published document, for the source. */
  url?: string;
  /** The text is an excerpt of the document (source.completeness: excerpt). */
  excerpt?: boolean;
  /** The document's title, when the caller gives it (otherwise a line that looks like one). */
  title?: string;
  /** Other plans of the department (parsed YAML), nearest year first: their ids are reused for matching items. */
  references?: Data[];
}

/** The data of the file at `place` in the tree `content`, if it can be read. */
async function readData(content: string, place: FilePlace): Promise<Data | undefined> {
  // A plan is read in the form it is written in (its YAML file or its document).
  const path = place.kind === 'plan' ? planPathIn(content, place.municipality!, place.department!, place.year!) : pathOf(place);
  return (await readContentAt(join(content, path)))?.data as Data | undefined;
}

const ja = (value: unknown) => (typeof value === 'string' ? value : (value as { ja?: string } | undefined)?.ja);

/**
 * The context for importing a plan of `municipality`/`department`. `near` is the fiscal year being
 * imported, when known: its own file is left out, and the other years are taken nearest first
 * (an earlier year before a later one at the same distance); without it, newest first.
 */
export async function importContext(content: string, municipality: string, department: string, near?: number): Promise<ImportContext> {
  const years = yearsOf(content, municipality, department);
  const distance = (y: number) => (near === undefined ? -y : Math.abs(y - near) + (y > near ? 0.5 : 0));
  const nearest = years.filter((y) => y !== near).sort((a, b) => distance(a) - distance(b));
  const references = (await Promise.all(nearest.map((year) => readData(content, { kind: 'plan', municipality, department, year })))).filter(
    (p): p is Data => !!p,
  );
  const [municipalityFile, departmentFile] = await Promise.all([
    readData(content, { kind: 'municipality', municipality }),
    readData(content, { kind: 'department', municipality, department }),
  ]);
  return { municipality, department, publisher: ja(municipalityFile?.name), departmentName: ja(departmentFile?.name), references };
}
