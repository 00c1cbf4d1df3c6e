#!/usr/bin/env node
// The `gyosei-plans` command. Plain JavaScript that any Node runs up to the version check, so an old
// Node gets one line saying which Node is needed instead of a SyntaxError; then the command itself.
// In the package it runs the compiled build/src/cli/main.js (scripts/build-package.ts writes this
// file there with `main.js`); in this repository, src/cli/main.ts, whose types Node 24 strips.
import { nodeVersionProblem } from '../node-version.mjs';

const problem = nodeVersionProblem();
if (problem) {
  console.error(problem);
  process.exit(2);
}
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
