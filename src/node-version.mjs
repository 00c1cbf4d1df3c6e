// The Node.js this package needs, checked first by every entry point (the bin, the integration) so an
// older Node gets one line saying what to do instead of a SyntaxError from deep inside. Plain
// JavaScript with nothing newer than Node 12 has, so that even an old Node runs it up to the check.

/** The oldest Node.js that runs the package: the `engines.node` of package.json. */
export const NODE_REQUIRED = [22, 19];

/**
 * The bilingual one-line message for a Node.js older than NODE_REQUIRED, or undefined when `version`
 * (process.versions.node by default) is recent enough.
 */
export function nodeVersionProblem(version) {
  const found = version === undefined ? process.versions.node : version;
  const [major, minor] = String(found).split('.').map(Number);
  if (major > NODE_REQUIRED[0] || (major === NODE_REQUIRED[0] && minor >= NODE_REQUIRED[1])) return undefined;
  const needed = NODE_REQUIRED.join('.');
  return (
    `gyosei-plans には Node.js ${needed} 以降が必要です（推奨は 24 LTS）。いまの Node.js は ${found} です。https://nodejs.org/ から入れてください / ` +
    `gyosei-plans needs Node.js ${needed} or later (24 LTS recommended); this is Node.js ${found}. Get it from https://nodejs.org/`
  );
}
