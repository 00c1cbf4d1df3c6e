/**
 * The GitHub Actions workflows cannot run here, so their shape is checked instead. The steps live in
 * reusable workflows (`on: workflow_call`) in this repository; this repository's pr.yml and deploy.yml
 * and those `gyosei-plans init` writes into a new site are thin callers of them. For each caller, as
 * GitHub would resolve it: what triggers it, what its tokens may do, that every `npm run` it ends up
 * calling exists in the package.json of the site it runs in, that validation annotates the pull
 * request, and that the Pages build gets the site's URL and base path from configure-pages.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { MARKER, NO_CHANGES_MARKER } from '../../src/cli/pr-diff/comment.ts';
import { siteFiles, type PackageFacts } from '../../src/init/site-files.ts';
import { testedTree, type LockFile } from '../../src/init/site-lock.ts';
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
  'runs-on'?: string;
  uses?: string;
  with?: Record<string, unknown>;
  needs?: string | string[];
  if?: string;
  permissions?: Record<string, string>;
  environment?: { name: string; url?: string };
  container?: { image: string };
  steps?: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, Job>;
}
interface ReusableWorkflow extends Workflow {
  on: { workflow_call: { inputs?: Record<string, { type: string; default?: unknown }> } | null };
}

const workflowsDir = join(projectRoot, '.github/workflows');
const readWorkflow = (name: string) => parse(readFileSync(join(workflowsDir, name), 'utf8')) as Workflow;
const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as PackageFacts & { scripts: Record<string, string> };
const nvmrc = readFileSync(join(projectRoot, '.nvmrc'), 'utf8').trim();
const lock = JSON.parse(readFileSync(join(projectRoot, 'package-lock.json'), 'utf8')) as LockFile;
/** The Node this repository runs on and is tested with: the `node` devDependency as package-lock.json has it. */
const lockedNode = lock.packages['node_modules/node']!.version!;

const SLUG = 'example-owner/gyosei-plans';
const REF = 'v0';
const site = siteFiles(pkg, { name: 'new-site', workflowsFrom: `${SLUG}@${REF}`, testedTree: testedTree(lock) });
const siteScripts = (JSON.parse(site.get('package.json')!) as { scripts: Record<string, string> }).scripts;
const siteWorkflow = (name: string) => parse(site.get(`.github/workflows/${name}`)!) as Workflow;

/** The reusable workflows, by file name: every workflow here that only `workflow_call` triggers. */
const reusable = new Map(
  readdirSync(workflowsDir)
    .map((name) => [name, readWorkflow(name)] as const)
    .filter(([, w]) => Object.keys(w.on).join() === 'workflow_call') as [string, ReusableWorkflow][],
);

/** The reusable workflow a caller's job names: `./.github/workflows/x.yml` here, `SLUG/.github/workflows/x.yml@REF` in a site. */
function called(uses: string, local: boolean): [string, ReusableWorkflow] {
  const m = local
    ? /^\.\/\.github\/workflows\/([\w-]+\.yml)$/.exec(uses)
    : new RegExp(`^${SLUG}/\\.github/workflows/([\\w-]+\\.yml)@${REF}$`).exec(uses);
  expect(m, uses).not.toBeNull();
  const workflow = reusable.get(m![1]!);
  expect(workflow, uses).toBeDefined();
  return [m![1]!, workflow!];
}

/** One job as it runs for a caller: the steps its inputs leave in (a step `if` on `inputs.X` that is false is out). */
interface RunJob {
  name: string;
  job: Job;
  steps: Step[];
  /** The token's permissions in this job: its own, else its workflow's, each capped by the caller. */
  permissions: Record<string, string>;
}

function resolveCaller(caller: Workflow, local: boolean): RunJob[] {
  return Object.entries(caller.jobs).flatMap(([callerName, callerJob]) => {
    expect(callerJob.steps, `${callerName} is a thin caller`).toBeUndefined();
    const [file, workflow] = called(callerJob.uses!, local);
    const inputs = {
      ...Object.fromEntries(Object.entries(workflow.on.workflow_call?.inputs ?? {}).map(([k, v]) => [k, v.default])),
      ...callerJob.with,
    };
    const granted = callerJob.permissions ?? caller.permissions;
    return Object.entries(workflow.jobs).map(([name, job]) => {
      const steps = (job.steps ?? []).filter(
        (s) => !/\binputs\.(\w+)/.test(s.if ?? '') || inputs[/\binputs\.(\w+)/.exec(s.if!)![1]!] === true,
      );
      const own = job.permissions ?? workflow.permissions;
      // GitHub gives a called workflow's job at most what the caller's job granted.
      const permissions = Object.fromEntries(
        Object.entries(own).map(([scope, level]) => [scope, level === 'write' && granted[scope] !== 'write' ? 'read' : level]),
      );
      return { name: `${callerName} → ${file} ${name}`, job, steps, permissions };
    });
  });
}

const callers = [
  { title: 'this repository: pr.yml', workflow: readWorkflow('pr.yml'), local: true, scripts: pkg.scripts },
  { title: 'this repository: deploy.yml', workflow: readWorkflow('deploy.yml'), local: true, scripts: pkg.scripts },
  { title: 'a new site: pr.yml', workflow: siteWorkflow('pr.yml'), local: false, scripts: siteScripts },
  { title: 'a new site: deploy.yml', workflow: siteWorkflow('deploy.yml'), local: false, scripts: siteScripts },
];
const runs = (title: string) => resolveCaller(callers.find((c) => c.title === title)!.workflow, title.startsWith('this'));
const stepRunning = (jobs: RunJob[], command: RegExp) => jobs.flatMap((j) => j.steps).find((s) => s.run && command.test(s.run));

describe.each(callers)('$title', ({ workflow, local, scripts }) => {
  const jobs = resolveCaller(workflow, local);

  it('calls only npm scripts that the package.json of its site defines', () => {
    const names = jobs
      .flatMap((j) => j.steps)
      .flatMap((s) => [...(s.run ?? '').matchAll(/\bnpm (?:run (?:--silent )?([\w:-]+)|(test)\b)/g)].map((m) => m[1] ?? m[2]));
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name) => !Object.keys(scripts).includes(name!))).toEqual([]);
  });

  it('installs exactly the versions of the lock file (npm ci, never npm install), on the Node of .nvmrc and package-lock.json', () => {
    expect(jobs.flatMap((j) => j.steps).some((s) => s.run && /\bnpm (install|i|update)\b/.test(s.run))).toBe(false);
    for (const { name, steps, job } of jobs) {
      if (!steps.some((s) => s.run?.includes('npm '))) continue;
      // setup-node reads the site's own .nvmrc, which this repository and every new site have.
      expect(steps.find((s) => s.uses?.startsWith('actions/setup-node@'))?.with?.['node-version-file'], name).toBe('.nvmrc');
      expect(steps.find((s) => s.uses?.startsWith('actions/setup-node@'))?.with?.cache, name).toBe('npm');
      expect(
        steps.some((s) => s.run?.startsWith('npm ci ')),
        name,
      ).toBe(true);
      // The exact Node the tests ran on here, in the major of .nvmrc.
      if (job.container) expect(job.container.image, name).toBe(`node:${lockedNode}-bookworm`);
      expect(lockedNode.split('.')[0]).toBe(nvmrc);
    }
  });

  it("restores the incremental build cache (Astro's cache and dist/) after installing and before every build", () => {
    for (const { name, steps } of jobs) {
      const build = steps.findIndex((s) => /\bnpm run build\b/.test(s.run ?? ''));
      if (build < 0) continue;
      const cache = steps.findIndex((s) => s.uses?.startsWith('actions/cache@'));
      expect(cache, name).toBeGreaterThan(steps.findIndex((s) => s.run?.startsWith('npm ci ')));
      expect(cache, name).toBeLessThan(build);
      expect(String(steps[cache]!.with?.path).split('\n').filter(Boolean).sort(), name).toEqual(['dist', 'node_modules/.astro']);
      expect(steps[cache]!.with?.['restore-keys'], name).toBeTruthy();
    }
  });

  it('checks out the full history, which the change history and the diffs need', () => {
    for (const { steps } of jobs)
      for (const s of steps.filter((x) => x.uses?.startsWith('actions/checkout@'))) expect(s.with?.['fetch-depth']).toBe(0);
  });

  it('pins every action to a full commit (workflow-pins.test.ts checks the version comment beside it)', () => {
    const uses = jobs.flatMap((j) => j.steps).flatMap((s) => (s.uses ? [s.uses] : []));
    expect(uses.length).toBeGreaterThan(0);
    expect(uses.filter((u) => !/^actions\/[\w-]+@[0-9a-f]{40}$/.test(u))).toEqual([]);
  });

  it('gives no job that runs the repository’s code a token that can write anything, Pages and OIDC tokens included', () => {
    for (const { name, steps, permissions } of jobs) {
      const runsCode = steps.some((s) => s.run || s.uses?.startsWith('actions/checkout@'));
      const writes = Object.entries(permissions).filter(([, level]) => level === 'write');
      if (runsCode) expect(writes, name).toEqual([]);
    }
  });
});

describe('the reusable workflows', () => {
  it('are plans-check, plans-pr-diff and plans-deploy, triggered only by workflow_call, read-only by default', () => {
    expect([...reusable.keys()].sort()).toEqual(['plans-check.yml', 'plans-deploy.yml', 'plans-pr-diff.yml']);
    for (const [name, w] of reusable) expect(w.permissions.contents, name).toBe('read');
  });

  it('are the same version in a new site as the package: the slug and ref it was given', () => {
    for (const name of ['pr.yml', 'deploy.yml']) {
      const uses = Object.values(siteWorkflow(name).jobs).map((j) => j.uses);
      expect(
        uses.every((u) => u?.startsWith(`${SLUG}/.github/workflows/plans-`) && u.endsWith(`@${REF}`)),
        name,
      ).toBe(true);
    }
    expect(site.get('README.md')).toContain(`\`${SLUG}\``);
    expect(site.get('README.md')).toContain(`@${REF}`);
  });
});

describe.each(['this repository: pr.yml', 'a new site: pr.yml'])('the pull-request workflow (%s)', (title) => {
  const caller = callers.find((c) => c.title === title)!.workflow;
  const jobs = runs(title);
  const check = jobs.find((j) => j.name.includes('plans-check.yml check'))!;

  it('runs on pull requests, one run per pull request at a time, with a read-only token by default', () => {
    expect(Object.keys(caller.on)).toEqual(['pull_request']);
    expect(caller.concurrency).toEqual({ group: 'pr-${{ github.event.pull_request.number }}', 'cancel-in-progress': true });
    expect(caller.permissions).toEqual({ contents: 'read' });
  });

  it('validates with GitHub annotations, problems on changed lines first, then builds', () => {
    const runsOf = check.steps.map((s) => s.run ?? '');
    const validate = runsOf.findIndex((r) => r.startsWith('npm run validate'));
    expect(runsOf[validate]).toMatch(/--format github/);
    expect(runsOf[validate]).toMatch(/--changed-since "\$BASE_SHA"/);
    expect(check.steps[validate]!.env?.BASE_SHA).toBe('${{ github.event.pull_request.base.sha }}');
    expect(validate).toBeLessThan(runsOf.indexOf('npm run build'));
    expect(check.job.container?.image).toMatch(/bookworm/);
  });

  it('makes the diff comment without write access, and posts it from a job that runs no pull-request code', () => {
    const diffJob = jobs.find((j) => j.name.includes('plans-pr-diff.yml diff'))!;
    const diff = stepRunning([diffJob], /npm run --silent pr:diff/)!;
    expect(diff.run).toContain('--base "$BASE_SHA" --head "$HEAD_SHA"');
    expect(diff.run).toContain('$GITHUB_STEP_SUMMARY');
    expect(diffJob.permissions).toEqual({ contents: 'read' });
    const comment = jobs.find((j) => j.name.includes('plans-pr-diff.yml comment'))!;
    expect(comment.job.needs).toBe('diff');
    expect(comment.permissions).toEqual({ 'pull-requests': 'write' });
    expect(comment.steps.every((s) => !s.run && !s.uses?.startsWith('actions/checkout'))).toBe(true);
    expect(comment.job.if).toContain('github.event.pull_request.head.repo.full_name == github.repository');
    // It finds its earlier comment, and skips a first comment about no content, by the script's markers.
    const script = String(comment.steps[0]!.with?.script);
    expect(script).toContain(`startsWith('${MARKER}')`);
    expect(script).toContain(`includes('${NO_CHANGES_MARKER}')`);
    expect(script).toContain('updateComment');
  });
});

describe('the pull-request check of this repository and of a new site', () => {
  it('runs every test here, with Chromium and Japanese fonts, after the build', () => {
    const runsOf = runs('this repository: pr.yml')
      .find((j) => j.name.includes('plans-check.yml check'))!
      .steps.map((s) => s.run ?? '');
    expect(runsOf.indexOf('npm run build')).toBeLessThan(runsOf.indexOf('npm test'));
    expect(runsOf.some((r) => /apt-get install .*\bchromium\b.*\bfonts-noto-cjk\b/.test(r))).toBe(true);
  });

  it('only validates and builds a new site, which has no tests and needs no browser', () => {
    const runsOf = runs('a new site: pr.yml')
      .find((j) => j.name.includes('plans-check.yml check'))!
      .steps.map((s) => s.run ?? '');
    expect(runsOf.filter((r) => /\bnpm (test|run build|run validate)\b/.test(r)).map((r) => r.split(' -- ')[0])).toEqual([
      'npm run validate',
      'npm run build',
    ]);
    expect(runsOf.some((r) => r.includes('apt-get'))).toBe(false);
  });
});

describe.each(['this repository: deploy.yml', 'a new site: deploy.yml'])('the deploy workflow (%s)', (title) => {
  const caller = callers.find((c) => c.title === title)!.workflow;
  const jobs = runs(title);

  it('runs on pushes to main and by hand, and grants Pages only to the job that calls the deploy workflow', () => {
    expect(caller.on).toEqual({ push: { branches: ['main'] }, workflow_dispatch: null });
    expect(caller.permissions).toEqual({ contents: 'read' });
    expect(Object.keys(caller.jobs)).toEqual(['deploy']);
    expect(caller.jobs.deploy!.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
    expect(caller.concurrency?.['cancel-in-progress']).toBe(false);
  });

  it('builds with the site URL and base path from configure-pages, then uploads dist/ and deploys it', () => {
    const build = jobs.find((j) => j.name.endsWith(' build'))!;
    const pages = build.steps.find((s) => s.uses?.startsWith('actions/configure-pages@'))!;
    const step = stepRunning([build], /npm run build/)!;
    expect(build.steps.indexOf(pages)).toBeLessThan(build.steps.indexOf(step));
    expect(step.env?.SITE_URL).toBe(`\${{ steps.${pages.id}.outputs.origin }}`);
    expect(step.env?.PAGES_BASE_PATH).toBe(`\${{ steps.${pages.id}.outputs.base_path }}`);
    expect(step.run).toContain('BASE_PATH="${PAGES_BASE_PATH%/}/"');
    expect(build.steps.at(-1)).toMatchObject({ uses: expect.stringMatching(/^actions\/upload-pages-artifact@/), with: { path: 'dist/' } });
    const deploy = jobs.find((j) => j.name.endsWith(' deploy'))!;
    expect(deploy.job.needs).toBe('build');
    expect(deploy.job.environment).toEqual({ name: 'github-pages', url: '${{ steps.deployment.outputs.page_url }}' });
    expect(deploy.steps.map((s) => s.uses?.split('@')[0])).toEqual(['actions/deploy-pages']);
    expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    // The build installs and runs the site's packages: it reads the Pages site's address, and writes nothing.
    expect(build.permissions).toEqual({ contents: 'read', pages: 'read' });
  });

  it('builds, tests accessibility on the built pages under the same base, then builds again and uploads that build', () => {
    const build = jobs.find((j) => j.name.endsWith(' build'))!;
    const runsOf = build.steps.map((s) => s.run ?? '');
    const commands = runsOf.map((r) => /npm run ([\w:-]+)/.exec(r)?.[1]).filter(Boolean);
    expect(commands).toEqual(['build', 'a11y:report', 'build']);
    const report = build.steps[runsOf.findIndex((r) => r.includes('npm run a11y:report'))]!;
    expect(report.run).toContain('BASE_PATH="${PAGES_BASE_PATH%/}/"');
    expect(report.env?.CHROMIUM_PATH).toBeTruthy();
    const lastBuild = build.steps.findLastIndex((s) => s.run?.includes('npm run build'));
    expect(build.steps[lastBuild]!.env).toEqual(stepRunning([build], /npm run build/)!.env);
    expect(build.steps.slice(lastBuild + 1).map((s) => s.uses?.split('@')[0])).toEqual(['actions/upload-pages-artifact']);
  });

  it('turns any base_path configure-pages gives into the base Astro expects', () => {
    // The same parameter expansion as the workflow, run by sh.
    const step = stepRunning(jobs, /npm run build/)!;
    const expansion = /BASE_PATH="([^"]+)"/.exec(step.run!)![1]!;
    const shell = (value: string) =>
      execFileSync('sh', ['-c', `printf %s "${expansion}"`], { env: { PAGES_BASE_PATH: value }, encoding: 'utf8' });
    expect(['', '/', '/repo', '/repo/'].map(shell)).toEqual(['/', '/', '/repo/', '/repo/']);
  });
});

describe('a new site', () => {
  it('runs on the Node this repository runs on, and supports the same versions', () => {
    expect(site.get('.nvmrc')!.trim()).toBe(nvmrc);
    expect((JSON.parse(site.get('package.json')!) as { engines: unknown }).engines).toEqual(pkg.engines);
    // npm 11 itself refuses to install the site on an older Node.
    expect((JSON.parse(site.get('package.json')!) as { devEngines: unknown }).devEngines).toEqual({
      runtime: { name: 'node', version: pkg.engines.node, onFail: 'error' },
    });
  });
});
