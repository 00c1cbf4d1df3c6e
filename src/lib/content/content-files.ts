/**
 * Writing new content files for `npm run new` and `npm run import`: never over an existing file, and
 * with the municipality and department files a new plan needs, their unknown fields marked 要入力.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { TO_FILL } from '../validate/to-fill.ts';
import { schemaComment, type SchemaKind } from '../validate/schema-comment.ts';
import { pathOf } from '../content-tree/layout.ts';

/** The `$schema` first line of the content file `file` in the tree `content`, with its line break. */
export const schemaHeader = (file: string, kind: SchemaKind, content: string) => `${schemaComment(file, kind, dirname(content))}\n`;

/** A path as the clerk typed it: relative to the current folder. */
export const show = (path: string) => relative(process.cwd(), path) || path;

/** The bilingual refusal for a file that exists. */
export const existsMessage = (path: string) => `${show(path)} はすでにあります。上書きしません / ${show(path)} already exists; it is not overwritten.`;

/** Writes a new file; false if one is already there (the `wx` flag also closes the race with another writer). */
export async function createFile(path: string, text: string): Promise<boolean> {
  if (existsSync(path)) return false;
  try {
    await writeFile(path, text, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Creates <content>/<municipality>/<department>/ and, when they are missing, municipality.yaml and
 * department.yaml with what is known (the department's printed name) and 要入力 for the rest.
 * @returns the files created
 */
export async function ensureDepartment(content: string, municipality: string, department: string, known: { departmentName?: string } = {}): Promise<string[]> {
  const municipalityFile = join(content, pathOf({ kind: 'municipality', municipality }));
  const departmentFile = join(content, pathOf({ kind: 'department', municipality, department }));
  await mkdir(dirname(departmentFile), { recursive: true });
  const created: string[] = [];
  const text = `${schemaHeader(municipalityFile, 'municipality', content)}id: ${municipality}\nname: ${TO_FILL}\nkind: city\ncode: "${TO_FILL}"\nprefecture: ${TO_FILL}\n`;
  if (!existsSync(municipalityFile) && (await createFile(municipalityFile, text))) created.push(municipalityFile);
  const name = known.departmentName && /^[^\s:#'"{}[\],&*!|>%@`]+$/.test(known.departmentName) ? known.departmentName : TO_FILL;
  if (!existsSync(departmentFile) && (await createFile(departmentFile, `${schemaHeader(departmentFile, 'department', content)}id: ${department}\nmunicipality: ${municipality}\nname: ${name}\n`))) created.push(departmentFile);
  return created;
}
