/**
 * Symbolic links in a content tree (issue 20): followed when they lead to a place inside the tree, so
 * a plan or a municipality folder reached through a link is published; refused with a message naming
 * the link and where it leads when they lead outside, nowhere or in a loop, so a build fails rather
 * than publish a site with plans missing. And a file deleted between the listing and the reading is
 * simply not there. On copies of the fictional base fixture in temp folders.
 */
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { listTree, readAll } from '../../src/lib/content-tree/list-files.ts';
import { validateContent } from '../../src/lib/validate/validate-content.ts';
import { historyPath } from '../../src/lib/git/file-history.ts';
import { projectRoot } from '../helpers/pages.ts';

/** Runs before each file the validator reads: a test deletes a file there, between listing and reading. */
let beforeRead: ((path: string) => void) | undefined;
vi.mock('node:fs/promises', async (original) => {
  const actual = await original<typeof import('node:fs/promises')>();
  const readFile = (async (path: Parameters<typeof actual.readFile>[0], ...rest: unknown[]) => {
    beforeRead?.(String(path));
    return (actual.readFile as (...args: unknown[]) => Promise<unknown>)(path, ...rest);
  }) as typeof actual.readFile;
  return { ...actual, readFile, default: { ...actual, readFile } };
});

const tmp = mkdtempSync(join(tmpdir(), 'content-links-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let sites = 0;
/** A site folder holding a copy of the base fixture's content/, changed by `arrange`. */
function siteWith(arrange: (content: string) => void): { root: string; content: string } {
  const root = join(tmp, `site-${++sites}`);
  const content = join(root, 'content');
  cpSync(join(projectRoot, 'tests/fixtures/base/content'), content, { recursive: true });
  arrange(content);
  return { root, content };
}

const PLAN = 'content/kakuu/soumu/2020.yaml';

describe('a link that leads inside the content folder is followed', () => {
  it('publishes a plan file that is a link', async () => {
    const { root, content } = siteWith((c) => {
      mkdirSync(join(c, '.store'));
      renameSync(join(c, 'kakuu/soumu/2020.yaml'), join(c, '.store/2020.yaml'));
      symlinkSync('../../.store/2020.yaml', join(c, 'kakuu/soumu/2020.yaml'));
    });
    const listing = await listTree(content);
    expect(listing.refused).toEqual([]);
    expect(listing.files).toContain(join(content, 'kakuu/soumu/2020.yaml'));
    const { diagnostics, content: site } = await validateContent(root);
    expect(diagnostics).toEqual([]);
    expect(site?.plans.map((p) => p.file)).toEqual([PLAN]);
  });

  it('publishes the plans of a municipality folder that is a link, at the link’s place', async () => {
    const { root, content } = siteWith((c) => {
      mkdirSync(join(c, '.store'));
      renameSync(join(c, 'kakuu'), join(c, '.store/kakuu'));
      symlinkSync('.store/kakuu', join(c, 'kakuu'), 'dir');
    });
    const { files, refused } = await listTree(content);
    expect(refused).toEqual([]);
    expect(files.map((f) => f.slice(content.length + 1)).sort()).toEqual([
      'glossary.yaml',
      'kakuu/municipality.yaml',
      'kakuu/soumu/2020.yaml',
      'kakuu/soumu/department.yaml',
    ]);
    const { diagnostics, content: site } = await validateContent(root);
    expect(diagnostics).toEqual([]);
    expect(site?.municipalities.map((m) => m.id)).toEqual(['kakuu']);
    expect(site?.plans.map((p) => p.file)).toEqual([PLAN]);
    // The history of a file reached through a link is that of the file it leads to.
    expect(historyPath(content, 'kakuu/soumu/2020.yaml')).toBe('.store/kakuu/soumu/2020.yaml');
    expect(historyPath(content, 'glossary.yaml')).toBe('glossary.yaml');
  });
});

describe('a link that leads elsewhere is refused, by name, never skipped', () => {
  it('refuses a plan file that links outside the content folder, naming the link and its target', async () => {
    const outside = join(tmp, 'outside-2020.yaml');
    const { root, content } = siteWith((c) => {
      renameSync(join(c, 'kakuu/soumu/2020.yaml'), outside);
      symlinkSync(outside, join(c, 'kakuu/soumu/2020.yaml'));
    });
    const { refused } = await listTree(content);
    expect(refused).toEqual([{ link: join(content, 'kakuu/soumu/2020.yaml'), target: outside, problem: 'outside' }]);
    const { diagnostics, content: site } = await validateContent(root);
    expect(site).toBeUndefined();
    expect(diagnostics).toEqual([
      expect.objectContaining({
        file: PLAN,
        line: 1,
        column: 1,
        code: 'symlink-outside',
        ja: `このシンボリックリンクは content/ の外（${outside}）を指しているため、読み込みません。リンクではなく、ファイルそのものを content/ の中に置いてください（コピーか移動）。`,
        en: `This symbolic link leads outside content/, to ${outside}, so it is not read. Put the file itself inside content/ (copy or move it) instead of a link.`,
      }),
    ]);
  });

  it('refuses a municipality folder that links outside, and reads none of its files', async () => {
    const outside = join(tmp, 'outside-kakuu');
    const { root, content } = siteWith((c) => {
      renameSync(join(c, 'kakuu'), outside);
      symlinkSync(outside, join(c, 'kakuu'), 'dir');
    });
    const { files, refused } = await listTree(content);
    expect(files).toEqual([join(content, 'glossary.yaml')]);
    expect(refused).toEqual([{ link: join(content, 'kakuu'), target: outside, problem: 'outside' }]);
    const { diagnostics } = await validateContent(root);
    expect(diagnostics.map((d) => `${d.file} ${d.code}`)).toEqual(['content/kakuu symlink-outside']);
  });

  it('refuses a link that leads nowhere, naming what it says', async () => {
    const { root, content } = siteWith((c) => symlinkSync('2019.yaml', join(c, 'kakuu/soumu/2021.yaml')));
    expect((await listTree(content)).refused).toEqual([
      { link: join(content, 'kakuu/soumu/2021.yaml'), target: '2019.yaml', problem: 'dangling' },
    ]);
    const { diagnostics } = await validateContent(root);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        file: 'content/kakuu/soumu/2021.yaml',
        code: 'symlink-dangling',
        ja: 'このシンボリックリンクの先（2019.yaml）がありません。リンクを消すか、リンク先のファイルを元に戻してください。',
        en: 'This symbolic link leads to 2019.yaml, which does not exist. Remove the link or restore what it points to.',
      }),
    ]);
  });

  it('refuses links in a loop: a link to itself, and a folder that links to a folder above it', async () => {
    const { root, content } = siteWith((c) => {
      symlinkSync('2022.yaml', join(c, 'kakuu/soumu/2022.yaml'));
      symlinkSync('..', join(c, 'kakuu/soumu/up'), 'dir');
    });
    const { refused } = await listTree(content);
    expect(refused.map((r) => [r.link.slice(content.length + 1), r.problem]).sort()).toEqual([
      ['kakuu/soumu/2022.yaml', 'loop'],
      ['kakuu/soumu/up', 'loop'],
    ]);
    const { diagnostics, content: site } = await validateContent(root);
    expect(site).toBeUndefined();
    expect(diagnostics.map((d) => d.code).sort()).toEqual(['symlink-loop', 'symlink-loop']);
  });
});

describe('a file deleted while the tree is read', () => {
  it('is not there: no error, the rest is read', async () => {
    const { content } = siteWith(() => undefined);
    const gone = join(content, 'kakuu/soumu/2020.yaml');
    const files = [join(content, 'glossary.yaml'), gone];
    rmSync(gone);
    const bytes = await readAll(files);
    expect(bytes[0]).toBeInstanceOf(Uint8Array);
    expect(bytes[1]).toBeUndefined();
  });

  it('leaves the validator with the files that remain, as if it had been deleted before', async () => {
    const { root, content } = siteWith((c) => writeFileSync(join(c, 'kakuu/soumu/2019.yaml'), 'temporary'));
    const temporary = join(content, 'kakuu/soumu/2019.yaml');
    // The editor's temporary file goes after the listing, just before it is read (an atomic save).
    beforeRead = (path) => {
      if (path === temporary) rmSync(temporary);
    };
    try {
      const { diagnostics, content: site, fileCount } = await validateContent(root);
      expect(diagnostics).toEqual([]);
      expect(fileCount).toBe(4);
      expect(site?.plans.map((p) => p.file)).toEqual([PLAN]);
    } finally {
      beforeRead = undefined;
    }
  });
});
