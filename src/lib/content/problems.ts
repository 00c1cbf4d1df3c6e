/** Why a tree cannot be published: every problem as text, and where the first one is (for editors and overlays). */
export interface SiteProblems {
  report: string;
  /** Absolute path, line and column of the first problem. */
  loc: { file: string; line: number; column: number };
}

/** What the dev server's overlay adds below the report: true there only, since an edit shows at once. */
export const DEV_HINT = '直して保存すると、すぐに表示されます / Fix the file and save: the page updates at once.';

/**
 * The problems as an error that Astro shows as it is: the report as the message, the first problem's
 * place as `loc` (the dev overlay opens the file there), and no stack of the site's own code. `dev`:
 * under `astro dev`, where saving the file shows the page again, so the error says so (never in a
 * build or CI log, where nothing updates).
 */
export function problemsError(problems: SiteProblems, { dev }: { dev: boolean }): Error {
  const error = Object.assign(new Error(problems.report), { loc: problems.loc, ...(dev && { hint: DEV_HINT }) });
  error.stack = problems.report;
  return error;
}
