/**
 * gyosei-plans <command> [arguments]: the site's commands, run from the site's folder. Each works on
 * the site's content directory: --content DIR, else PLANS_CONTENT_DIR, else the `contentDir` written in
 * astro.config.*, else content/. Each command module exports `run(argv, io)` (./command.ts); main
 * picks one and resolves to its exit code. The bin (bin.mjs) checks the Node version first.
 */
import type { CommandIo, Run } from './command.ts';

const COMMANDS: Record<string, { load: () => Promise<{ run: Run }>; args?: string[]; ja: string; en: string }> = {
  init: { load: () => import('./commands/init.ts'), ja: '新しいサイトを作る', en: 'create a new site' },
  validate: { load: () => import('./commands/validate.ts'), ja: '計画ファイルを検査する', en: 'check the plan files' },
  new: { load: () => import('./commands/new.ts'), ja: '前年度の計画から新しい年度を始める', en: "start a year's plan from the latest one" },
  import: { load: () => import('./commands/import.ts'), ja: 'PDF のテキストから計画の下書きを作る', en: "draft a plan from a PDF's text" },
  diff: { load: () => import('./commands/diff.ts'), ja: '2つの年度を項目ごとに比べる', en: 'compare two years field by field' },
  translations: {
    load: () => import('./commands/translations.ts'),
    ja: '英訳のない項目・古い英訳を一覧する',
    en: 'list missing and outdated English',
  },
  'a11y-report': {
    load: () => import('./commands/a11y-report.ts'),
    ja: 'アクセシビリティの試験結果を作る',
    en: 'write the accessibility test results',
  },
  'pr-diff': {
    load: () => import('./commands/pr-diff.ts'),
    ja: 'プルリクエストの差分コメントを作る',
    en: "write a pull request's diff comment",
  },
  'hooks install': { load: () => import('./commands/hooks.ts'), ja: 'コミット前の検査を入れる', en: 'install the pre-commit check' },
  'hooks uninstall': {
    load: () => import('./commands/hooks.ts'),
    args: ['--uninstall'],
    ja: 'コミット前の検査を外す',
    en: 'remove the pre-commit check',
  },
  'hooks pre-commit': { load: () => import('./commands/pre-commit.ts'), ja: 'コミット前の検査を実行する', en: 'run the pre-commit check' },
};

/** Every command as typed after `gyosei-plans`, for tests and the help. */
export const COMMAND_NAMES = Object.keys(COMMANDS);

function help(): string {
  const rows = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(18)} ${c.ja} / ${c.en}`);
  return `使い方 / usage: gyosei-plans <command> [arguments]\n\n${rows.join('\n')}\n\n各コマンドの使い方は gyosei-plans <command> --help / Run gyosei-plans <command> --help for its arguments.`;
}

/** The command named by the first arguments (two for `hooks …`) and the rest of the arguments for it. */
export async function resolveCommand(argv: string[]): Promise<{ run: Run; argv: string[] } | undefined> {
  const [first, second] = argv;
  const name = first === 'hooks' ? `hooks ${second ?? ''}` : first;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) return undefined;
  const { run } = await command.load();
  return { run, argv: [...(command.args ?? []), ...argv.slice(first === 'hooks' ? 2 : 1)] };
}

/** Runs `gyosei-plans ...argv`; resolves to the exit code. */
export async function main(argv: string[], io: CommandIo): Promise<number> {
  const [first, second] = argv;
  const chosen = await resolveCommand(argv);
  if (!chosen) {
    const asksHelp = (word: string | undefined) => !word || word === '--help' || word === '-h' || word === 'help';
    const helpAsked = asksHelp(first) || (first === 'hooks' && asksHelp(second));
    const name = first === 'hooks' ? `hooks ${second ?? ''}`.trim() : first;
    if (helpAsked) io.stdout.write(`${help()}\n`);
    else io.stderr.write(`「${name}」というコマンドはありません / unknown command "${name}"\n\n${help()}\n`);
    return helpAsked ? 0 : 2;
  }
  try {
    return await chosen.run(chosen.argv, io);
  } catch (error) {
    // A bug in the tool, not the clerk's mistake: one line saying so (the stack only with GYOSEI_PLANS_DEBUG).
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`gyosei-plans 自体のエラーです。開発者に報告してください / gyosei-plans itself failed; please report it: ${message}\n`);
    if ((io.env ?? process.env).GYOSEI_PLANS_DEBUG && error instanceof Error) io.stderr.write(`${error.stack}\n`);
    return 2;
  }
}
