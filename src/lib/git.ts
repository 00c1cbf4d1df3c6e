import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

let cache: Map<string, string> | undefined;

/**
 * The date (YYYY-MM-DD) of the last commit that changed each file under content/, from one `git log`
 * call. It is a property of the commit, not of the build machine, so builds stay reproducible.
 * Outside a git checkout, or for a file not yet committed, there is no date.
 */
export function lastChanged(file: string): string | undefined {
  if (!cache) {
    cache = new Map();
    try {
      const log = execFileSync('git', ['log', '--format=@%cs', '--name-only', '--', 'content'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
      let date = '';
      for (const line of log.split('\n')) {
        if (line.startsWith('@')) date = line.slice(1);
        else if (line && !cache.has(line)) cache.set(line, date);
      }
    } catch {
      // Not a git checkout (e.g. a downloaded archive): pages simply omit the date.
    }
  }
  return cache.get(file);
}
