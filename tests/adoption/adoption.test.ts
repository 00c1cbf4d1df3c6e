/**
 * A new municipality's first day, from the packed package alone: `npm pack`, install the tarball as
 * `npx` would, `gyosei-plans init` a site in an empty folder, install the site, import a published
 * plan (the Mitaka seed), fill in what the import leaves, validate and build. The site must have both
 * plans in both languages, the search index and the open data, and nothing of this repository's demo
 * content. Every command of the site runs the package from node_modules, compiled when packing
 * (build/, by scripts/build-package.ts; Node strips no types there): this test is what proves the
 * compiled package works, under Node for the commands and under Astro/Vite for the pages. An older
 * Node (the system's, when it is one) gets one line saying which Node is needed.
 * Slow (two installs and a build, about a minute and a half here): it has its own timeout.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE } from '../../src/init/example-content.ts';
import { cleanBuildEnv } from '../helpers/build-site.ts';
import { projectRoot } from '../helpers/pages.ts';

const SEED = join(projectRoot, 'tests/fixtures/seeds/000_e26a2afc861e8363.txt');
/** Ids and names that only this repository's demo content has; the imported seed is Mitaka's own plan. */
const DEMO_ONLY = ['nakano', 'shiogama', 'bousai-anzen', '中野区', '塩竈市', '防災安全部'];
const example = `${EXAMPLE.municipality}/${EXAMPLE.department}/${EXAMPLE.fiscalYear}`;
const imported = 'mitaka/soumu/2017';

let dir: string;
let site: string;
let dist: string;
let packed: string[] = [];
let exampleValidation: SpawnSyncReturns<string>;
/** The package-lock.json that init wrote, before the site's first install. */
let initLock: { packages: Record<string, { version?: string; optional?: boolean }> };
const timings: Record<string, number> = {};

// The site's commands and npm itself run on the Node that runs the tests (the project's Node 24), with
// nothing of the outer `npm test` (npm_* variables) or of Vite (BASE_URL …) in their environment.
const env = (() => {
  const e = cleanBuildEnv({ PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}` });
  for (const key of Object.keys(e)) if (/^npm_/i.test(key) || key === 'INIT_CWD' || key === 'PLANS_CONTENT_DIR') delete e[key];
  return e;
})();
const npmInstall = ['--prefer-offline', '--no-audit', '--no-fund'];

function run(cwd: string, command: string, args: string[], allowFailure = false): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (!allowFailure && result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} (in ${cwd}) failed with ${result.status}:\n${result.stdout}\n${result.stderr}${result.error ?? ''}`,
    );
  }
  return result;
}
function timed<T>(name: string, step: () => T): T {
  const start = performance.now();
  const result = step();
  timings[name] = Math.round(performance.now() - start);
  return result;
}

/** Every file under `root`, relative to it. */
function walk(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(root, f)).isFile());
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'adoption-'));
  site = join(dir, 'site');
  dist = join(site, 'dist');

  const pack = timed('pack', () => run(projectRoot, 'npm', ['pack', '--pack-destination', dir, '--json']));
  const [info] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
  packed = info!.files.map((f) => f.path);
  const tarball = join(dir, info!.filename);

  // What `npx gyosei-plans init site` does: install the package somewhere, then run its bin.
  const tool = join(dir, 'tool');
  mkdirSync(tool);
  timed('install (the init command)', () => run(tool, 'npm', ['install', tarball, ...npmInstall]));
  timed('init', () => run(dir, join(tool, 'node_modules/.bin/gyosei-plans'), ['init', 'site']));
  initLock = JSON.parse(readFileSync(join(site, 'package-lock.json'), 'utf8')) as typeof initLock;
  timed('install (the site)', () => run(site, 'npm', ['install', tarball, ...npmInstall]));
  exampleValidation = run(site, 'npm', ['run', '--silent', 'validate'], true);

  timed('import', () => run(site, 'npm', ['run', '--silent', 'import', '--', SEED, 'mitaka', 'soumu']));
  // What the import cannot know from the plan's text: the municipality's own facts.
  const municipalityFile = join(site, 'content/mitaka/municipality.yaml');
  const municipality = parseDocument(readFileSync(municipalityFile, 'utf8'));
  municipality.set('name', { ja: '三鷹市', en: 'Mitaka City' });
  municipality.set('code', '132047');
  municipality.set('prefecture', { ja: '東京都', en: 'Tokyo' });
  writeFileSync(municipalityFile, municipality.toString());

  // The history on the pages comes from git, as in a real site's repository.
  run(site, 'git', ['init', '--quiet']);
  run(site, 'git', ['add', '--all']);
  run(site, 'git', [
    '-c',
    'user.name=Adoption test',
    '-c',
    'user.email=adoption@example.org',
    'commit',
    '--quiet',
    '--message',
    'A new site (test)',
  ]);
  run(site, 'npm', ['run', '--silent', 'validate']);
  timed('build', () => run(site, 'npm', ['run', 'build']));
  console.log(
    `adoption test timings (ms): ${Object.entries(timings)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
}, 420_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a new site from the packed package', () => {
  it('ships the package, and nothing of the repository’s own site, content, tests or docs', () => {
    for (const file of [
      'build/src/cli/bin.mjs',
      'build/src/cli/main.js',
      'build/src/index.js',
      'build/src/index.d.ts',
      'build/src/routes/home.astro',
      'build/schemas/index.js',
    ]) {
      expect(packed).toContain(file);
    }
    expect(packed).toContain('schemas/plan.schema.json');
    // Compiled, not TypeScript (which Node will not run inside node_modules); declarations only.
    expect(packed.filter((p) => /\.ts$/.test(p) && !/\.d\.ts$/.test(p))).toEqual([]);
    const repositoryOnly =
      /^(content|tests|docs|scripts|public|\.github|\.ci)\/|^(astro\.config\.mjs|src\/content\.config\.ts|vitest\.config\.ts|tsconfig\.json|package-lock\.json)$/;
    expect(packed.filter((p) => repositoryOnly.test(p))).toEqual([]);
    expect(existsSync(join(site, 'node_modules/gyosei-plans/content'))).toBe(false);
  });

  it('needs neither esbuild nor the browser packages to run', () => {
    const manifest = JSON.parse(readFileSync(join(site, 'node_modules/gyosei-plans/package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    for (const name of ['esbuild', 'playwright-core', 'axe-core']) expect(manifest.dependencies, name).not.toHaveProperty(name);
  });

  it('asks for the browser packages only when the accessibility test runs', () => {
    const report = run(site, 'npm', ['run', '--silent', 'a11y:report'], true);
    expect(report.status).toBe(2);
    expect(report.stderr).toContain('npm install -D playwright-core axe-core');
    expect(report.stderr).not.toMatch(/\n\s+at /);
  });

  // The machine's own node, when it is older than the package needs (Node 20 on Debian bookworm).
  const oldNode = ['/usr/bin/node', '/usr/local/bin/node'].find(
    (n) => existsSync(n) && Number(spawnSync(n, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' }).stdout) < 22,
  );
  it.skipIf(!oldNode)('on an older Node, the bin says in one line which Node it needs, and nothing else', () => {
    const result = spawnSync(oldNode!, [join(site, 'node_modules/.bin/gyosei-plans'), 'validate'], { cwd: site, env, encoding: 'utf8' });
    expect(result.status).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('Node.js 22.19');
    expect(result.stderr).toContain('https://nodejs.org/');
    expect(result.stderr).not.toMatch(/SyntaxError|\n\s+at /);
  });

  it('starts with a fictional example that is valid as it is', () => {
    expect(exampleValidation.status, `${exampleValidation.stdout}${exampleValidation.stderr}`).toBe(0);
    for (const file of walk(join(site, 'content')).filter((f) => !f.startsWith('mitaka'))) {
      const text = readFileSync(join(site, 'content', file), 'utf8');
      expect(text, file).toContain('架空の例');
      // The first line leads the editor to the JSON Schema inside the installed package.
      const schema = /^# yaml-language-server: \$schema=(\S+)/.exec(text)?.[1];
      expect(schema && existsSync(join(site, 'content', dirname(file), schema)), file).toBe(true);
    }
  });

  it('builds the example and the imported plan in both languages', () => {
    for (const lang of ['ja', 'en']) {
      for (const plan of [example, imported]) expect(existsSync(join(dist, lang, plan, 'index.html')), `${lang}/${plan}`).toBe(true);
    }
    expect(readFileSync(join(dist, 'ja', example, 'index.html'), 'utf8')).toContain('架空の例');
    expect(readFileSync(join(dist, 'en', example, 'index.html'), 'utf8')).toContain('fictional example');
    expect(readFileSync(join(dist, 'ja', imported, 'index.html'), 'utf8')).toContain('総務部の「運営方針と目標」(平成29年度)');
  });

  it('has a search index for each language', () => {
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'ja']);
    for (const lang of ['ja', 'en']) expect(entry.languages[lang]!.page_count, lang).toBeGreaterThanOrEqual(2);
  });

  it('publishes both plans as open data', () => {
    const plans = JSON.parse(readFileSync(join(dist, 'data/plans.json'), 'utf8')) as {
      municipality: string;
      department: string;
      fiscalYear: number;
    }[];
    expect(plans.map((p) => `${p.municipality}/${p.department}/${p.fiscalYear}`).sort()).toEqual([example, imported].sort());
    const csv = readFileSync(join(dist, 'data/indicators.csv'), 'utf8');
    expect(csv).toContain(EXAMPLE.municipality);
    expect(csv).toContain('mitaka');
    for (const plan of [example, imported]) {
      expect(existsSync(join(dist, 'data', `${plan}.json`)), plan).toBe(true);
      expect(existsSync(join(dist, 'data', `${plan}.indicators.csv`)), plan).toBe(true);
    }
  });

  it('installs, from the lock file init wrote, the very versions this repository was tested with', () => {
    const tested = JSON.parse(readFileSync(join(projectRoot, 'package-lock.json'), 'utf8')) as typeof initLock;
    const version = (key: string) => (JSON.parse(readFileSync(join(site, key, 'package.json'), 'utf8')) as { version: string }).version;
    expect(version('node_modules/astro')).toBe(tested.packages['node_modules/astro']!.version);
    const required = Object.entries(initLock.packages).filter(([key, e]) => key && key !== 'node_modules/gyosei-plans' && !e.optional);
    expect(required.length).toBeGreaterThan(100);
    expect(
      required.filter(([key, e]) => !existsSync(join(site, key, 'package.json')) || version(key) !== e.version).map(([key]) => key),
    ).toEqual([]);
  });

  it('holds nothing of the demo content', () => {
    const leaks = walk(dist).flatMap((file) => {
      const text = readFileSync(join(dist, file), 'utf8');
      return DEMO_ONLY.filter((word) => text.includes(word)).map((word) => `${relative(dist, join(dist, file))}: ${word}`);
    });
    expect(leaks).toEqual([]);
    const municipalities = JSON.parse(readFileSync(join(dist, 'data/municipalities.json'), 'utf8')) as { id: string }[];
    expect(municipalities.map((m) => m.id).sort()).toEqual([EXAMPLE.municipality, 'mitaka']);
  });
});

describe('the site in its workflows', () => {
  it('installs with npm ci from its committed lock file, as the workflows do', () => {
    const ci = run(site, 'npm', ['ci', ...npmInstall], true);
    expect(ci.status, `${ci.stdout}${ci.stderr}`).toBe(0);
    expect(existsSync(join(site, 'node_modules/.bin/gyosei-plans'))).toBe(true);
  }, 180_000);
});
