/**
 * The GitHub Actions workflows cannot run here, so their shape is checked instead: what triggers them,
 * what their tokens may do, that every `npm run` they call exists, that validation annotates the pull
 * request, and that the Pages build gets the site's URL and base path from configure-pages.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { MARKER, NO_CHANGES_MARKER } from '../../src/lib/compare/pr-diff.ts';
import { projectRoot } from '../helpers/pages.ts';

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  'runs-on': string;
  needs?: string | string[];
  if?: string;
  permissions?: Record<string, string>;
  environment?: { name: string; url?: string };
  container?: { image: string };
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, Job>;
}

const read = (name: string) => parse(readFileSync(join(projectRoot, '.github/workflows', name), 'utf8')) as Workflow;
const pr = read('pr.yml');
const deploy = read('deploy.yml');
const scripts = Object.keys((JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps);
const stepRunning = (w: Workflow, command: RegExp) => steps(w).find((s) => s.run && command.test(s.run));

describe.each([['pr.yml', pr], ['deploy.yml', deploy]])('%s', (_, workflow) => {
  it('calls only npm scripts that package.json defines', () => {
    const called = steps(workflow).flatMap((s) => [...(s.run ?? '').matchAll(/\bnpm (?:run (?:--silent )?([\w:-]+)|(test)\b)/g)].map((m) => m[1] ?? m[2]));
    expect(called.length).toBeGreaterThan(0);
    expect(called.filter((name) => !scripts.includes(name!))).toEqual([]);
  });

  it('installs with npm install (npm ci fails against this registry), on Node 24', () => {
    expect(steps(workflow).some((s) => s.run && /\bnpm ci\b/.test(s.run))).toBe(false);
    for (const [name, job] of Object.entries(workflow.jobs)) {
      if (!job.steps.some((s) => s.run?.includes('npm run'))) continue;
      expect(job.steps.find((s) => s.uses?.startsWith('actions/setup-node@'))?.with?.['node-version'], name).toBe(24);
      expect(job.steps.some((s) => s.run?.startsWith('npm install')), name).toBe(true);
    }
  });

  it('checks out the full history, which the change history and the diffs need', () => {
    for (const job of Object.values(workflow.jobs)) {
      for (const s of job.steps.filter((x) => x.uses?.startsWith('actions/checkout@'))) expect(s.with?.['fetch-depth']).toBe(0);
    }
  });

  it('pins every action to a major version', () => {
    const uses = steps(workflow).flatMap((s) => (s.uses ? [s.uses] : []));
    expect(uses.filter((u) => !/^actions\/[\w-]+@v\d+$/.test(u))).toEqual([]);
  });
});

describe('the pull-request workflow', () => {
  it('runs on pull requests, one run per pull request at a time, with a read-only token by default', () => {
    expect(Object.keys(pr.on)).toEqual(['pull_request']);
    expect(pr.concurrency).toEqual({ group: 'pr-${{ github.event.pull_request.number }}', 'cancel-in-progress': true });
    expect(pr.permissions).toEqual({ contents: 'read' });
  });

  it('validates with GitHub annotations, problems on changed lines first, then builds and tests', () => {
    const check = pr.jobs.check!;
    const runs = check.steps.map((s) => s.run ?? '');
    const validate = runs.findIndex((r) => r.startsWith('npm run validate'));
    expect(runs[validate]).toMatch(/--format github/);
    expect(runs[validate]).toMatch(/--changed-since "\$BASE_SHA"/);
    expect(check.steps[validate]!.env?.BASE_SHA).toBe('${{ github.event.pull_request.base.sha }}');
    expect(validate).toBeLessThan(runs.indexOf('npm run build'));
    expect(runs.indexOf('npm run build')).toBeLessThan(runs.indexOf('npm test'));
    expect(runs.some((r) => /apt-get install .*\bchromium\b.*\bfonts-noto-cjk\b/.test(r))).toBe(true);
    expect(check.container?.image).toMatch(/bookworm/);
  });

  it('makes the diff comment without write access, and posts it from a job that runs no pull-request code', () => {
    const diff = stepRunning(pr, /npm run --silent pr:diff/)!;
    expect(diff.run).toContain('--base "$BASE_SHA" --head "$HEAD_SHA"');
    expect(diff.run).toContain('$GITHUB_STEP_SUMMARY');
    expect(pr.jobs.diff!.permissions).toBeUndefined();
    const comment = pr.jobs.comment!;
    expect(comment.needs).toBe('diff');
    expect(comment.permissions).toEqual({ 'pull-requests': 'write' });
    expect(comment.steps.every((s) => !s.run && !s.uses?.startsWith('actions/checkout'))).toBe(true);
    expect(comment.if).toContain('github.event.pull_request.head.repo.full_name == github.repository');
    // It finds its earlier comment, and skips a first comment about no content, by the script's markers.
    const script = String(comment.steps[0]!.with?.script);
    expect(script).toContain(`startsWith('${MARKER}')`);
    expect(script).toContain(`includes('${NO_CHANGES_MARKER}')`);
    expect(script).toContain('updateComment');
  });
});

describe('the deploy workflow', () => {
  it('runs on pushes to main and by hand, and may deploy Pages', () => {
    expect(deploy.on).toEqual({ push: { branches: ['main'] }, workflow_dispatch: null });
    expect(deploy.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
    expect(deploy.concurrency?.['cancel-in-progress']).toBe(false);
  });

  it('builds with the site URL and base path from configure-pages, then uploads dist/ and deploys it', () => {
    const build = deploy.jobs.build!;
    const pages = build.steps.find((s) => s.uses?.startsWith('actions/configure-pages@'))!;
    const step = stepRunning(deploy, /npm run build/)!;
    expect(build.steps.indexOf(pages)).toBeLessThan(build.steps.indexOf(step));
    expect(step.env?.SITE_URL).toBe(`\${{ steps.${pages.id}.outputs.origin }}`);
    expect(step.env?.PAGES_BASE_PATH).toBe(`\${{ steps.${pages.id}.outputs.base_path }}`);
    expect(step.run).toContain('BASE_PATH="${PAGES_BASE_PATH%/}/"');
    expect(build.steps.at(-1)).toMatchObject({ uses: expect.stringMatching(/^actions\/upload-pages-artifact@/), with: { path: 'dist/' } });
    const job = deploy.jobs.deploy!;
    expect(job.needs).toBe('build');
    expect(job.environment).toEqual({ name: 'github-pages', url: '${{ steps.deployment.outputs.page_url }}' });
    expect(job.steps.map((s) => s.uses?.split('@')[0])).toEqual(['actions/deploy-pages']);
  });

  it('turns any base_path configure-pages gives into the base Astro expects', () => {
    // The same parameter expansion as the workflow, run by sh.
    const step = stepRunning(deploy, /npm run build/)!;
    const expansion = /BASE_PATH="([^"]+)"/.exec(step.run!)![1]!;
    const shell = (value: string) => execFileSync('sh', ['-c', `printf %s "${expansion}"`], { env: { PAGES_BASE_PATH: value }, encoding: 'utf8' });
    expect(['', '/', '/repo', '/repo/'].map(shell)).toEqual(['/', '/', '/repo/', '/repo/']);
  });
});
