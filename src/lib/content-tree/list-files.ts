/** The files of a content tree, and their bytes. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Every file under `dir`, hidden ones (.DS_Store, .gitkeep) left out. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && !e.name.startsWith('.')).map((e) => join(e.parentPath, e.name));
}

/** Reads the files a few dozen at a time: reading one after another leaves the disk idle. */
export async function readAll(files: string[], concurrency = 32): Promise<Uint8Array[]> {
  const out: Uint8Array[] = new Array(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      out[i] = await readFile(files[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
  return out;
}
