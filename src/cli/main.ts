/**
 * gyosei-plans <command> [arguments]: the site's commands, run from the site's folder. Each works on
 * the site's content directory: --content DIR, else PLANS_CONTENT_DIR, else the `contentDir` written in
 * astro.config.*, else content/.
 */
export {};

const COMMANDS: Record<string, { module: string; args?: string[]; ja: string; en: string }> = {
  init: { module: './commands/init.ts', ja: '新しいサイトを作る', en: 'create a new site' },
  validate: { module: './commands/validate.ts', ja: '計画ファイルを検査する', en: 'check the plan files' },
  new: { module: './commands/new.ts', ja: '前年度の計画から新しい年度を始める', en: "start a year's plan from the latest one" },
  import: { module: './commands/import.ts', ja: 'PDF のテキストから計画の下書きを作る', en: "draft a plan from a PDF's text" },
  diff: { module: './commands/diff.ts', ja: '2つの年度を項目ごとに比べる', en: 'compare two years field by field' },
  translations: { module: './commands/translations.ts', ja: '英訳のない項目・古い英訳を一覧する', en: 'list missing and outdated English' },
  'a11y-report': { module: './commands/a11y-report.ts', ja: 'アクセシビリティの試験結果を作る', en: 'write the accessibility test results' },
  'pr-diff': { module: './commands/pr-diff.ts', ja: 'プルリクエストの差分コメントを作る', en: "write a pull request's diff comment" },
  'hooks install': { module: './commands/hooks.ts', ja: 'コミット前の検査を入れる', en: 'install the pre-commit check' },
  'hooks uninstall': { module: './commands/hooks.ts', args: ['--uninstall'], ja: 'コミット前の検査を外す', en: 'remove the pre-commit check' },
  'hooks pre-commit': { module: './commands/pre-commit.ts', ja: 'コミット前の検査を実行する', en: 'run the pre-commit check' },
};

function help(): string {
  const rows = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(18)} ${c.ja} / ${c.en}`);
  return `使い方 / usage: gyosei-plans <command> [arguments]\n\n${rows.join('\n')}\n\n各コマンドの使い方は gyosei-plans <command> --help / Run gyosei-plans <command> --help for its arguments.`;
}

const [first, second] = process.argv.slice(2);
const name = first === 'hooks' ? `hooks ${second ?? ''}` : first;
const command = name ? COMMANDS[name] : undefined;
if (!command) {
  const helpAsked = !first || first === '--help' || first === '-h' || first === 'help';
  (helpAsked ? console.log : console.error)(helpAsked ? help() : `「${name}」というコマンドはありません / unknown command "${name}"\n\n${help()}`);
  process.exit(helpAsked ? 0 : 2);
}
// The command reads its own arguments from process.argv, as when it ran alone.
process.argv.splice(2, first === 'hooks' ? 2 : 1, ...(command.args ?? []));
await import(command.module);
