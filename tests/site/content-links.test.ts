/**
 * Symbolic links in a real build (issue 20): a municipality folder that is a link to a folder inside
 * the content tree is published; one that leads outside stops the build, naming the link, with nothing
 * written — never a site that builds with its plans missing. Copies of the fictional base fixture.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildContentTree } from '../helpers/build-site.ts';
import { projectRoot } from '../helpers/pages.ts';

const tmp = mkdtempSync(join(tmpdir(), 'plans-links-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A copy of the base fixture's content whose kakuu/ folder is moved to `to` and linked back in its place. */
function linkedTree(name: string, to: (content: string) => string): string {
  const content = join(tmp, name, 'content');
  cpSync(join(projectRoot, 'tests/fixtures/base/content'), content, { recursive: true });
  const target = to(content);
  mkdirSync(join(target, '..'), { recursive: true });
  renameSync(join(content, 'kakuu'), target);
  symlinkSync(target, join(content, 'kakuu'), 'dir');
  return content;
}

describe('a municipality folder that is a symbolic link', () => {
  it('is published when it leads inside the content folder', () => {
    const content = linkedTree('inside', (c) => join(c, '.store/kakuu'));
    const out = join(tmp, 'inside/dist');
    const run = buildContentTree(content, out, { PLANS_HISTORY: 'off' }); // a folder outside git
    expect(run.status, run.output).toBe(0);
    const page = readFileSync(join(out, 'ja/kakuu/soumu/2020/index.html'), 'utf8');
    expect(page).toContain('総務部の運営方針と目標（架空）');
  }, 300_000);

  it('stops the build, naming the link, when it leads outside', () => {
    const content = linkedTree('outside', (c) => join(c, '../elsewhere/kakuu'));
    const out = join(tmp, 'outside/dist');
    const run = buildContentTree(content, out, { PLANS_HISTORY: 'off' }); // a folder outside git
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('content/kakuu:1:1');
    // The target is named as the validator names files: from the folder that holds content/.
    expect(run.output).toContain('This symbolic link leads outside content/, to elsewhere/kakuu, so it is not read.');
    expect(existsSync(join(out, 'ja'))).toBe(false);
  }, 300_000);
});
