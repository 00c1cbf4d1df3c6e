/** Moved to the package (the a11y-report command uses them); kept here for the scripts and tests that import this path. */
export * from '../../src/lib/browser/browser.ts';
