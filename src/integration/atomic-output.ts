/**
 * A build never leaves a half-written site where the site goes. Astro writes into a staging folder
 * beside the configured outDir (`.<dist>.building-<pid>`, on the same file system, so renames are
 * atomic); only when every page, the sitemap and the search index are written does the finished folder
 * take the outDir's name. Until then the outDir is the last complete site, whatever stops the build:
 * - an error (Astro's, a full disk, any failed write): the staging folder is removed on exit, and the
 *   clerk gets a message in Japanese and English saying that dist/ was left as it was and what to do;
 * - a killed process (SIGKILL, power cut): nothing can run then; the next build removes what was left.
 * The folder names never reach the output: pages, the sitemap and the index hold only URLs.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statfsSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';

/** Write errors whose cause is the disk or its permissions, with what to do about each. */
const WRITE_ERRORS: Record<string, { ja: string; en: string }> = {
  ENOSPC: {
    ja: 'ディスクの空き容量がありません (ENOSPC)。不要なファイルを消すなどして空きを作ってください',
    en: 'the disk is full (ENOSPC): free some space, for example by deleting files you no longer need',
  },
  EDQUOT: {
    ja: 'ディスクの使用量の上限に達しました (EDQUOT)。不要なファイルを消すか、上限を上げてもらってください',
    en: 'the disk quota is used up (EDQUOT): delete files you no longer need, or ask for a larger quota',
  },
  EROFS: {
    ja: '出力先が読み取り専用です (EROFS)。書き込める場所に出力してください',
    en: 'the output folder is on a read-only file system (EROFS): build into a writable folder',
  },
  EACCES: {
    ja: '出力先に書き込む権限がありません (EACCES)。フォルダの権限を確かめてください',
    en: 'no permission to write the output (EACCES): check the permissions of the folder',
  },
  EPERM: {
    ja: '出力先に書き込む権限がありません (EPERM)。フォルダの権限を確かめてください',
    en: 'no permission to write the output (EPERM): check the permissions of the folder',
  },
  EIO: {
    ja: 'ディスクの読み書きに失敗しました (EIO)。ディスクの状態を確かめてください',
    en: 'the disk failed to read or write (EIO): check the disk',
  },
};

/** Under this much free space when a build failed (before its partial files are removed), the disk was full. */
const LOW_SPACE = 1024 * 1024;

/** The staging and set-aside folders of `outDir`, with the pid of the build that made them. */
const siblingPattern = (outDir: string) =>
  new RegExp(`^\\.${basename(outDir).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(building|previous)-(\\d+)$`);

export const stagingDir = (outDir: string, pid = process.pid) => join(dirname(outDir), `.${basename(outDir)}.building-${pid}`);
const asideDir = (outDir: string, pid = process.pid) => join(dirname(outDir), `.${basename(outDir)}.previous-${pid}`);

/** Whether the process `pid` still runs (EPERM: it does, as another user's). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes what a killed build left beside `outDir` (its staging folder; a site it had set aside while
 * swapping goes back when outDir is missing). Folders of builds still running are left alone.
 */
export function removeLeftovers(outDir: string): void {
  const parent = dirname(outDir);
  if (!existsSync(parent)) return;
  const pattern = siblingPattern(outDir);
  for (const name of readdirSync(parent).sort()) {
    const m = pattern.exec(name);
    if (!m || Number(m[2]) === process.pid || alive(Number(m[2]))) continue;
    if (m[1] === 'previous' && !existsSync(outDir)) renameSync(join(parent, name), outDir);
    else rmSync(join(parent, name), { recursive: true, force: true });
  }
}

/** The error's code when it is one of a write's, else undefined. */
export function writeErrorCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code && code in WRITE_ERRORS ? code : undefined;
}

/** Free bytes on the file system of `path` (for an unprivileged writer), or undefined when it cannot be read. */
function freeBytes(path: string): number | undefined {
  try {
    const s = statfsSync(path);
    return s.bavail * s.bsize;
  } catch {
    return undefined;
  }
}

/**
 * What a clerk reads when the build failed: what happened (from the error's code when known), that
 * the output folder still holds the last complete site (or that there is none yet), and what to do.
 */
export function failureMessage(outDir: string, { code, lowSpace = false }: { code?: string; lowSpace?: boolean } = {}): string {
  const near = relative(process.cwd(), outDir);
  const shown = near && !near.startsWith('..') && !isAbsolute(near) ? near : outDir;
  const previous = existsSync(join(outDir, 'index.html')) || (existsSync(outDir) && readdirSync(outDir).length > 0);
  const cause = WRITE_ERRORS[code ?? (lowSpace ? 'ENOSPC' : '')];
  return [
    'サイトの作成は完了しませんでした。' +
      (previous
        ? `${shown}/ は前回完成したサイトのまま変えていません（作りかけのファイルは消しました）。`
        : `${shown}/ はまだ作られていません（作りかけのファイルは消しました）。`) +
      (cause ? `原因: ${cause.ja}。` : '上のエラーを直してください。') +
      'そのあと、もう一度 npm run build を実行してください。',
    'The build did not finish. ' +
      (previous
        ? `${shown}/ still holds the last complete site, unchanged (the partly written files were removed). `
        : `${shown}/ has not been written (the partly written files were removed). `) +
      (cause ? `Cause: ${cause.en}. ` : 'Fix the error above. ') +
      'Then run npm run build again.',
  ].join('\n');
}

/** An error whose message a person can act on; a stack trace (Astro prints any it has) adds nothing for them. */
export class BuildOutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BuildOutputError';
    this.stack = '';
  }
}

/**
 * One build's atomic output: `staging` is where Astro is told to write; `publish()` puts the finished
 * folder in the outDir's place. Created when the build starts (astro:config:setup), after the
 * leftovers of killed builds are removed; if the process exits before publish(), the staging folder
 * goes and the clerk is told why the site was not replaced.
 */
const outputs = new Map<string, AtomicOutput>();

/** The atomic output of the build into `outDir` that this process is running: one, however often Astro sets the build up. */
export function atomicOutput(outDir: string): AtomicOutput {
  let output = outputs.get(outDir);
  if (!output) outputs.set(outDir, (output = new AtomicOutput(outDir)));
  return output;
}

export class AtomicOutput {
  readonly outDir: string;
  readonly staging: string;
  private done = false;
  private explained = false;
  private readonly onExit = (code: number) => this.abandon(code);

  constructor(outDir: string) {
    this.outDir = outDir;
    removeLeftovers(outDir);
    this.staging = stagingDir(outDir);
    rmSync(this.staging, { recursive: true, force: true });
    mkdirSync(dirname(outDir), { recursive: true });
    process.on('exit', this.onExit);
  }

  /** Runs a step that writes into the staging folder; a write error becomes the clerk's message (and the build fails). */
  async step<T>(work: () => Promise<T>): Promise<T> {
    try {
      // Test-only fault injection (tests/site/atomic-output.test.ts): the step fails as a full disk would, on the same path.
      if (process.env.PLANS_TEST_FAULT === 'ENOSPC')
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
      return await work();
    } catch (error) {
      this.explained = true;
      const code = writeErrorCode(error);
      const lowSpace = freeBytes(dirname(this.outDir)) !== undefined && freeBytes(dirname(this.outDir))! < LOW_SPACE;
      this.discard();
      throw new BuildOutputError(`${failureMessage(this.outDir, { code, lowSpace })}\n(${String((error as Error)?.message ?? error)})`);
    }
  }

  /**
   * The finished site takes the outDir's name: the last site is set aside, the new one renamed in,
   * the old one removed. A `.git` that Astro would have kept in the outDir moves into the new site.
   */
  async publish(): Promise<void> {
    await this.step(async () => {
      const aside = asideDir(this.outDir);
      const previous = existsSync(this.outDir);
      if (previous) renameSync(this.outDir, aside);
      try {
        renameSync(this.staging, this.outDir);
      } catch (error) {
        if (previous) renameSync(aside, this.outDir);
        throw error;
      }
      this.done = true;
      process.off('exit', this.onExit);
      outputs.delete(this.outDir);
      if (previous && existsSync(join(aside, '.git'))) renameSync(join(aside, '.git'), join(this.outDir, '.git'));
      rmSync(aside, { recursive: true, force: true });
    });
  }

  /** Removes the staging folder (idempotent). */
  private discard(): void {
    rmSync(this.staging, { recursive: true, force: true });
  }

  /** On exit without publish(): the partial site goes, and on a failure (unless a step already said why) the clerk is told. */
  private abandon(code: number): void {
    if (this.done) return;
    const free = freeBytes(dirname(this.outDir));
    this.discard();
    if (this.explained || code === 0) return;
    process.stderr.write(`\n${failureMessage(this.outDir, { lowSpace: free !== undefined && free < LOW_SPACE })}\n`);
  }
}
