/**
 * `astro dev` following the content tree (src/lib/content/follow.ts), with a stand-in for Astro's
 * watcher and store: a reload that fails shows its problem as the problems entry (the error overlay)
 * and the next one that succeeds clears it; later changes still reload (issue 20: one failed reload
 * used to end live preview for good, with an unhandled rejection); the content folder moved away and
 * put back is read again and watched again. Vitest fails a run that leaves an unhandled rejection.
 */
import { EventEmitter } from 'node:events';
import { cpSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { followContent, type FollowContext } from '../../src/lib/content/follow.ts';
import { PROBLEMS_ID } from '../../src/lib/content/collection-ids.ts';
import { listTree } from '../../src/lib/content-tree/list-files.ts';
import { projectRoot } from '../helpers/pages.ts';

const tmp = mkdtempSync(join(tmpdir(), 'content-follow-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

class FakeWatcher extends EventEmitter {
  added: string[] = [];
  unwatched: string[] = [];
  add(path: string) {
    this.added.push(path);
  }
  unwatch(path: string) {
    this.unwatched.push(path);
  }
}

let trees = 0;
/** A copy of the base fixture's content, followed with a loader that lists it into a store (as the real one does, less the validation). */
async function followed(failNext: { error?: Error } = {}) {
  const content = join(tmp, `tree-${++trees}`, 'content');
  cpSync(join(projectRoot, 'tests/fixtures/base/content'), content, { recursive: true });
  const entries = new Map<string, Record<string, unknown>>();
  const errors: string[] = [];
  const watcher = new FakeWatcher();
  const context: FollowContext = {
    store: { set: ({ id, data }) => entries.set(id, data) },
    logger: { info: () => undefined, error: (message) => errors.push(message) },
    watcher,
  };
  let loads = 0;
  const load = async () => {
    loads++;
    if (failNext.error) {
      const { error } = failNext;
      failNext.error = undefined;
      throw error;
    }
    const { files } = await listTree(content);
    entries.clear();
    for (const file of files) entries.set(file.slice(content.length + 1), {});
  };
  await followContent(context, content, load);
  return { content, entries, errors, watcher, loads: () => loads };
}

const problems = (entries: Map<string, Record<string, unknown>>) =>
  entries.get(PROBLEMS_ID) as { report: string; loc: { file: string } } | undefined;

describe('a reload that fails', () => {
  it('shows the problem, clears it on the next reload that succeeds, and keeps following', async () => {
    const failNext: { error?: Error } = {};
    const tree = await followed(failNext);
    expect(tree.entries.has('kakuu/soumu/2020.yaml')).toBe(true);
    const plan = join(tree.content, 'kakuu/soumu/2020.yaml');

    failNext.error = Object.assign(new Error(`EACCES: permission denied, open '${plan}'`), { code: 'EACCES', path: plan });
    tree.watcher.emit('all', 'change', plan);
    await vi.waitFor(() => expect(problems(tree.entries)).toBeDefined());
    expect(problems(tree.entries)).toEqual({
      report:
        '計画ファイルを読めませんでした（EACCES: content/kakuu/soumu/2020.yaml）。ファイルを保存し直すと、もう一度読みます / The plan files could not be read (EACCES: content/kakuu/soumu/2020.yaml). Save the file again and it is read again.',
      loc: { file: plan, line: 1, column: 1 },
    });
    expect(tree.errors).toHaveLength(1);

    writeFileSync(join(tree.content, 'kakuu/soumu/2021.yaml'), 'new');
    tree.watcher.emit('all', 'add', join(tree.content, 'kakuu/soumu/2021.yaml'));
    await vi.waitFor(() => expect(tree.entries.has('kakuu/soumu/2021.yaml')).toBe(true));
    expect(problems(tree.entries)).toBeUndefined();

    // And the one after that still reloads: the chain of reloads did not end with the failure.
    rmSync(join(tree.content, 'kakuu/soumu/2021.yaml'));
    tree.watcher.emit('all', 'unlink', join(tree.content, 'kakuu/soumu/2021.yaml'));
    await vi.waitFor(() => expect(tree.entries.has('kakuu/soumu/2021.yaml')).toBe(false));
  });

  it('reloads once for a burst of events, and not for files that are not YAML or not in the tree', async () => {
    const tree = await followed();
    const before = tree.loads();
    for (let i = 0; i < 5; i++) tree.watcher.emit('all', 'change', join(tree.content, 'kakuu/soumu/2020.yaml'));
    tree.watcher.emit('all', 'change', join(tree.content, 'kakuu/soumu/notes.txt'));
    tree.watcher.emit('all', 'change', join(tmp, 'elsewhere.yaml'));
    tree.watcher.emit('all', 'change', `${tree.content}-other/kakuu/municipality.yaml`);
    await vi.waitFor(() => expect(tree.loads()).toBe(before + 1));
    await new Promise((r) => setTimeout(r, 100));
    expect(tree.loads()).toBe(before + 1);
  });
});

describe('the content folder moved away and put back', () => {
  it('says the folder is missing, then reads it again and watches it again once it is back', async () => {
    const tree = await followed();
    const away = `${tree.content}.away`;
    // Moving the folder is seen by the watch on its parent, whatever the watcher of the folder reports.
    renameSync(tree.content, away);
    await vi.waitFor(() => expect(problems(tree.entries)?.report).toContain('is missing'));
    expect(problems(tree.entries)).toEqual({
      report:
        '計画ファイルのフォルダ content/ がありません。フォルダを元に戻すと、すぐに読み直します / The content folder content/ is missing. Put it back and it is read again at once.',
      loc: { file: tree.content, line: 1, column: 1 },
    });

    renameSync(away, tree.content);
    await vi.waitFor(() => expect(problems(tree.entries)).toBeUndefined());
    expect(tree.entries.has('kakuu/soumu/2020.yaml')).toBe(true);
    // The watcher dropped the folder when it went: it is watched afresh.
    expect(tree.watcher.unwatched).toEqual([tree.content]);
    expect(tree.watcher.added).toEqual([tree.content, tree.content]);
  });

  it('starts without the folder, and reads it once it appears', async () => {
    const tree = await followed();
    const away = `${tree.content}.away`;
    renameSync(tree.content, away);
    await vi.waitFor(() => expect(problems(tree.entries)).toBeDefined());
    const late = await (async () => {
      const entries = new Map<string, Record<string, unknown>>();
      const watcher = new FakeWatcher();
      const context: FollowContext = {
        store: { set: ({ id, data }) => entries.set(id, data) },
        logger: { info: () => undefined, error: () => undefined },
        watcher,
      };
      await followContent(context, tree.content, async () => {
        const { files } = await listTree(tree.content);
        entries.clear();
        for (const file of files) entries.set(file, {});
      });
      return entries;
    })();
    expect(problems(late)?.report).toContain('is missing');
    renameSync(away, tree.content);
    await vi.waitFor(() => expect(problems(late)).toBeUndefined());
    expect(late.size).toBe(4);
  });
});
