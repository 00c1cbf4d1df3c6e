/**
 * What every GitHub workflow may hold and run, read from the files themselves (this repository's and
 * those `gyosei-plans init` writes into a new site, with the package's own defaults):
 * - only a job named `deploy` may write Pages or mint OIDC tokens (`pages: write`, `id-token: write`),
 *   and no workflow grants them to all its jobs;
 * - every action comes from a full commit, its version in a comment beside it (`@<40 hex> # v5.1.0`),
 *   the same commit wherever the action is used; tags can be moved, commits cannot. The one exception
 *   is a new site's calls of the gyosei-plans reusable workflows, which are at the tag of the very
 *   version the site installs (init cannot know the commit of a tag made at release; they come from the
 *   publisher of the package the site runs anyway);
 * - every container image names an exact version, not a floating major.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPair, isScalar, parse, parseDocument, visit } from 'yaml';
import { DEFAULT_WORKFLOWS_FROM, repositorySlug, siteFiles, type PackageFacts } from '../../src/init/site-files.ts';
import { testedTree, type LockFile } from '../../src/init/site-lock.ts';
import { projectRoot } from '../helpers/pages.ts';

const workflowsDir = join(projectRoot, '.github/workflows');
const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as PackageFacts;
const lock = JSON.parse(readFileSync(join(projectRoot, 'package-lock.json'), 'utf8')) as LockFile;
// As `gyosei-plans init` calls it with no --workflows-from.
const tag = `v${pkg.version}`;
const slug = repositorySlug(pkg.repository) ?? DEFAULT_WORKFLOWS_FROM;
const site = siteFiles(pkg, { name: 'new-site', workflowsFrom: `${slug}@${tag}`, testedTree: testedTree(lock) });

const files: [string, string][] = [
  ...readdirSync(workflowsDir).map(
    (name) => [`.github/workflows/${name}`, readFileSync(join(workflowsDir, name), 'utf8')] as [string, string],
  ),
  ...[...site]
    .filter(([path]) => path.startsWith('.github/workflows/'))
    .map(([path, text]) => [`a new site: ${path}`, text] as [string, string]),
];

interface Job {
  permissions?: Record<string, string> | string;
  container?: string | { image: string };
  services?: Record<string, { image: string }>;
}

/** Every `uses:` of a file, with the comment on its line. */
function uses(text: string): { value: string; comment: string }[] {
  const found: { value: string; comment: string }[] = [];
  visit(parseDocument(text), {
    Pair(_, pair) {
      if (isPair(pair) && isScalar(pair.key) && pair.key.value === 'uses' && isScalar(pair.value))
        found.push({ value: String(pair.value.value), comment: (pair.value.comment ?? '').trim() });
    },
  });
  return found;
}

const WRITES_DEPLOYMENT = (permissions: Job['permissions']) =>
  typeof permissions === 'string'
    ? permissions === 'write-all'
    : Object.entries(permissions ?? {}).some(([scope, level]) => (scope === 'pages' || scope === 'id-token') && level === 'write');

describe.each(files)('%s', (_, text) => {
  const workflow = parse(text) as { permissions?: Job['permissions']; jobs: Record<string, Job> };

  it('grants Pages and OIDC writes to no workflow as a whole, and to no job but one named deploy', () => {
    // Permissions not stated are GitHub's defaults, which may write: every workflow states its own.
    expect(workflow.permissions).toBeDefined();
    expect(WRITES_DEPLOYMENT(workflow.permissions)).toBe(false);
    expect(workflow.permissions).not.toBe('write-all');
    const writing = Object.entries(workflow.jobs)
      .filter(([, job]) => WRITES_DEPLOYMENT(job.permissions))
      .map(([name]) => name);
    expect(writing.filter((name) => name !== 'deploy')).toEqual([]);
  });

  it('takes every action from a full commit, with its version in a comment', () => {
    for (const { value, comment } of uses(text)) {
      if (value.startsWith('./')) continue; // this repository's own reusable workflows
      if (value.startsWith(`${slug}/.github/workflows/`)) {
        expect(value).toMatch(new RegExp(`^${slug}/\\.github/workflows/plans-[a-z-]+\\.yml@${tag.replaceAll('.', '\\.')}$`));
        continue;
      }
      expect(value).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
      expect(comment, value).toMatch(/^v\d+\.\d+\.\d+$/);
    }
  });

  it('runs in containers of an exact version', () => {
    for (const [name, job] of Object.entries(workflow.jobs)) {
      const images = [
        ...(job.container ? [typeof job.container === 'string' ? job.container : job.container.image] : []),
        ...Object.values(job.services ?? {}).map((s) => s.image),
      ];
      for (const image of images) expect(image, name).toMatch(/^[\w./-]+:\d+\.\d+\.\d+(-[\w.]+)?(@sha256:[0-9a-f]{64})?$/);
    }
  });
});

describe('the actions of all the workflows', () => {
  it('are each at one commit and one version wherever they are used', () => {
    const seen = new Map<string, Set<string>>();
    for (const [, text] of files)
      for (const { value, comment } of uses(text).filter((u) => /@[0-9a-f]{40}$/.test(u.value))) {
        const [action, commit] = value.split('@');
        seen.set(action!, (seen.get(action!) ?? new Set()).add(`${commit} ${comment}`));
      }
    expect(seen.size).toBeGreaterThan(5);
    expect([...seen].filter(([, pins]) => pins.size > 1)).toEqual([]);
  });

  it('include the deploy job of the Pages workflow, which alone holds the writes and runs no code of the site', () => {
    const deploy = parse(readFileSync(join(workflowsDir, 'plans-deploy.yml'), 'utf8')) as {
      jobs: Record<string, { permissions?: Record<string, string>; steps?: { run?: string; uses?: string }[] }>;
    };
    expect(deploy.jobs.deploy?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy.jobs.deploy?.steps?.every((s) => !s.run && !s.uses?.startsWith('actions/checkout@'))).toBe(true);
  });
});
