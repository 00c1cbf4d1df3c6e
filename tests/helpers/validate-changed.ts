/**
 * The validator on the fictional base tree (tests/fixtures/base) with one file changed: for tests of what
 * it says about a slip, at which line and column. The tree is copied to a temporary folder; the change
 * must change the file (a test whose change no longer applies fails instead of passing vacuously).
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { validateContent } from '../../src/lib/validate/validate-content.ts';
import { projectRoot } from './pages.ts';

const BASE = join(projectRoot, 'tests/fixtures/base');

/** Validates the base tree with `file` (relative to content/) changed by `change`. */
export async function validateChanged(file: string, change: (text: string) => string | Uint8Array) {
  const root = await mkdtemp(join(tmpdir(), 'validate-changed-'));
  try {
    await cp(BASE, root, { recursive: true });
    const path = join(root, 'content', file);
    const before = await readFile(path, 'utf8');
    const after = change(before);
    expect(after, 'the change applies').not.toBe(before);
    await writeFile(path, after);
    return await validateContent(root, { contentDir: join(root, 'content') });
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
