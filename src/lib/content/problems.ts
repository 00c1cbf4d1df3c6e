import { existsSync } from 'node:fs';
import { dirname, relative, sep } from 'node:path';

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

/**
 * A tree that could not be read at all, while `astro dev` follows it: its folder gone (moved, or
 * renamed while an editor or git rewrites it), or a file that cannot be opened. Named as the validator
 * names files (relative to the tree's parent), in Japanese and English.
 */
export function unreadableProblems(error: unknown, contentDir: string): SiteProblems {
  const { code, path = contentDir, message } = error as NodeJS.ErrnoException;
  const name = (abs: string) => relative(dirname(contentDir), abs).split(sep).join('/') || abs;
  if (!existsSync(contentDir)) {
    return {
      report: `計画ファイルのフォルダ ${name(contentDir)}/ がありません。フォルダを元に戻すと、すぐに読み直します / The content folder ${name(contentDir)}/ is missing. Put it back and it is read again at once.`,
      loc: { file: contentDir, line: 1, column: 1 },
    };
  }
  const why = code ? `${code}: ${name(path)}` : String(message ?? error);
  return {
    report: `計画ファイルを読めませんでした（${why}）。ファイルを保存し直すと、もう一度読みます / The plan files could not be read (${why}). Save the file again and it is read again.`,
    loc: { file: path, line: 1, column: 1 },
  };
}
