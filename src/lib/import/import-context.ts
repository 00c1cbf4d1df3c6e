/**
 * What `npm run import` knows besides the text, read from a content tree: the municipality's name
 * (the source's publisher), the department's registered name, and the department's other plans,
 * whose ids the draft reuses for matching items. Files are read leniently: one that does not parse
 * simply lends nothing.
 */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { load } from 'js-yaml';

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

async function readYaml(path: string): Promise<Data | undefined> {
  try {
    const data = load(await readFile(path, 'utf8'));
    return data && typeof data === 'object' ? (data as Data) : undefined;
  } catch {
    return undefined;
  }
}

const ja = (value: unknown) => (typeof value === 'string' ? value : (value as { ja?: string } | undefined)?.ja);

/**
 * The context for importing a plan of `municipality`/`department`. `near` is the fiscal year being
 * imported, when known: its own file is left out, and the other years are taken nearest first
 * (an earlier year before a later one at the same distance); without it, newest first.
 */
export async function importContext(content: string, municipality: string, department: string, near?: number): Promise<ImportContext> {
  const dir = join(content, municipality, department);
  const years = existsSync(dir) ? (await readdir(dir)).map((f) => /^(\d{4})\.yaml$/.exec(f)?.[1]).filter((y): y is string => !!y).map(Number) : [];
  const distance = (y: number) => (near === undefined ? -y : Math.abs(y - near) + (y > near ? 0.5 : 0));
  const nearest = years.filter((y) => y !== near).sort((a, b) => distance(a) - distance(b));
  const references = (await Promise.all(nearest.map((y) => readYaml(join(dir, `${y}.yaml`))))).filter((p): p is Data => !!p);
  const [municipalityFile, departmentFile] = await Promise.all([readYaml(join(content, municipality, 'municipality.yaml')), readYaml(join(dir, 'department.yaml'))]);
  return { municipality, department, publisher: ja(municipalityFile?.name), departmentName: ja(departmentFile?.name), references };
}
