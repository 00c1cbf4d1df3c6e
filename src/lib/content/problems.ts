/** Why a tree cannot be published: every problem as text, and where the first one is (for editors and overlays). */
export interface SiteProblems {
  report: string;
  /** Absolute path, line and column of the first problem. */
  loc: { file: string; line: number; column: number };
}

/**
 * The problems as an error that Astro shows as it is: the report as the message, the first problem's
 * place as `loc` (the dev overlay opens the file there), and no stack of the site's own code.
 */
export function problemsError(problems: SiteProblems): Error {
  const error = Object.assign(new Error(problems.report), { loc: problems.loc, hint: '直して保存すると、すぐに表示されます / Fix the file and save: the page updates at once.' });
  error.stack = problems.report;
  return error;
}
