/**
 * Every page of the demo site and of every fixture site is valid HTML: the W3C Nu HTML Checker (the
 * `vnu-jar` package, run by Java: Debian's `default-jre-headless`, which .ci/run installs) finds no
 * error in any of them. One run of the checker reads every site's folder; a failure lists each page
 * with its errors, line and column as the checker gives them.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listPageFiles, projectRoot, type TestSite } from '../helpers/pages.ts';
import { allSites } from '../helpers/sites.ts';

interface Message {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

const VNU = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

// Every site, built in turn with the other tests' builds (tests/helpers/sites.ts), as the other every-site tests wait for them.
const sites: TestSite[] = await allSites();
let messages: Message[] = [];
/** The files the checker says it read (`--verbose` names each). */
let checked = new Set<string>();

beforeAll(() => {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0)
    throw new Error('The HTML check needs Java to run the Nu HTML Checker: apt-get install -y default-jre-headless (.ci/run does).');
  const run = spawnSync(
    'java',
    ['-Xss4m', '-jar', VNU, '--errors-only', '--verbose', '--format', 'json', '--skip-non-html', ...sites.map((s) => s.dir)],
    { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  // The checker names each file it reads on standard output and writes its JSON report to standard
  // error; it exits 1 when it found an error.
  if (!run.stderr.startsWith('{')) throw new Error(`The Nu HTML Checker wrote no report (exit ${run.status}):\n${run.stderr}${run.stdout}`);
  checked = new Set(run.stdout.split('\n').filter(Boolean));
  messages = (JSON.parse(run.stderr) as { messages: Message[] }).messages;
}, 300_000);

describe('the Nu HTML Checker', () => {
  it('read every page of every site', () => {
    expect(sites.map((s) => s.name)).toContain('demo');
    const pages = sites.flatMap((s) => listPageFiles(s.dir).map((p) => p.file));
    expect(pages.length).toBeGreaterThan(500);
    expect(pages.filter((file) => !checked.has(file))).toEqual([]);
    expect(messages.filter((m) => m.type === 'non-document-error')).toEqual([]);
  });

  it('finds no error on any page', () => {
    const errors = messages
      .filter((m) => m.type === 'error')
      .map((m) => {
        const file = m.url ? relative(projectRoot, new URL(m.url).pathname) : '?';
        return `${file}:${m.lastLine ?? '?'}:${m.firstColumn ?? '?'} ${m.message}${m.extract ? ` — ${m.extract.trim().slice(0, 120)}` : ''}`;
      });
    expect(errors).toEqual([]);
  });
});
