/**
 * What every command shares: parsing its arguments (node:util parseArgs), its usage and --help text,
 * bilingual argument errors, and how it stops. A command is `run(argv, io)`, resolving to its exit
 * code; it never calls process.exit, so a test (or another program) can call it as a function.
 */
import { format, parseArgs, type ParseArgsOptionsConfig } from 'node:util';

/** Where a command writes, and what it runs in (by default the process's own folder and environment). */
export interface CommandIo {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  /**
   * The site's folder, where init writes, hooks look for the repository and a11y-report its results
   * (process.cwd() by default). Relative paths in arguments, and the site's astro.config that names
   * the content folder, are still taken from process.cwd().
   */
  cwd?: string;
  /** The environment the options' defaults come from (PLANS_CONTENT_DIR, BASE_PATH); process.env by default. */
  env?: NodeJS.ProcessEnv;
}

export type Run = (argv: string[], io: CommandIo) => Promise<number>;

/** console.log and console.error, writing to a command's io: a command's body names it `console`. */
export interface CommandConsole {
  log(...data: unknown[]): void;
  error(...data: unknown[]): void;
}

/** A console for `io`, formatting as the global one does. */
export function ioConsole(io: CommandIo): CommandConsole {
  return {
    log: (...data) => void io.stdout.write(`${format(...data)}\n`),
    error: (...data) => void io.stderr.write(`${format(...data)}\n`),
  };
}

/** One argument or option as --help describes it. */
export interface ArgumentHelp {
  name: string;
  ja: string;
  en: string;
}

export interface CommandSpec<O extends ParseArgsOptionsConfig> {
  /** As typed after `gyosei-plans`: 'validate', 'hooks install'. */
  name: string;
  /** The usage line(s), printed after an argument error and at the top of --help. */
  usage: string;
  /** Every positional argument and option (--help is added). */
  args: ArgumentHelp[];
  options: O;
  positionals?: boolean;
}

/** How a command stops early: the message goes to stderr and `code` becomes the exit code. */
export class CommandExit extends Error {
  readonly code: number;
  constructor(code: number, message = '') {
    super(message);
    this.code = code;
  }
}

/** Stops the command with `message` on stderr and exit code `code` (2: the command could not run). */
export function fail(message: string, code = 2): never {
  throw new CommandExit(code, message);
}

const HELP: ArgumentHelp = { name: '-h, --help', ja: 'この説明を表示する', en: 'show this help' };

/** The whole --help text: usage, then each argument with its Japanese and English description. */
export function helpText(spec: { usage: string; args: ArgumentHelp[] }): string {
  const args = [...spec.args, HELP];
  const width = Math.max(...args.map((a) => a.name.length)) + 2;
  return `${spec.usage}\n\n${args.map((a) => `  ${a.name.padEnd(width)}${a.ja}\n  ${' '.repeat(width)}${a.en}`).join('\n')}`;
}

/** parseArgs's English-only error (ERR_PARSE_ARGS_*), said in both languages. */
export function argumentError(error: unknown, name: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? '';
  const option = quoted.split(' ')[0] ?? quoted;
  const line =
    code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
      ? `「${option}」というオプションはありません / unknown option ${option}`
      : code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL'
        ? `「${option}」は余分な引数です / unexpected argument "${option}"`
        : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /argument missing/.test(message)
          ? `${option} には値が必要です / ${option} needs a value`
          : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
            ? `${option} は値をとりません / ${option} takes no value`
            : `引数が正しくありません / invalid arguments: ${message}`;
  return `${line}\n詳しくは gyosei-plans ${name} --help / see gyosei-plans ${name} --help`;
}

type Values<O extends ParseArgsOptionsConfig> = ReturnType<
  typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>
>['values'];

/** What a command's body gets: its parsed arguments, a console writing to its io, and where it runs. */
export interface CommandContext<O extends ParseArgsOptionsConfig> {
  values: Values<O>;
  positionals: string[];
  console: CommandConsole;
  io: CommandIo;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/**
 * A command from its spec and its body. The body returns the exit code (or nothing for 0) and stops
 * early with fail(); --help / -h prints the help and exits 0; an argument parseArgs refuses prints a
 * bilingual line and the usage, and exits 2, never with a stack trace.
 * `options` may be a function of the environment, for defaults such as PLANS_CONTENT_DIR.
 */
export function command<O extends ParseArgsOptionsConfig>(
  spec: Omit<CommandSpec<O>, 'options'> & { options: O | ((env: NodeJS.ProcessEnv) => O) },
  body: (context: CommandContext<O>) => Promise<number | void> | number | void,
): Run {
  return async (argv, io) => {
    const console = ioConsole(io);
    const env = io.env ?? process.env;
    const options = typeof spec.options === 'function' ? spec.options(env) : spec.options;
    let parsed;
    try {
      parsed = parseArgs({
        args: argv,
        options: { ...options, help: { type: 'boolean', short: 'h' } },
        allowPositionals: spec.positionals ?? false,
        strict: true,
      });
    } catch (error) {
      console.error(`${argumentError(error, spec.name)}\n${spec.usage}`);
      return 2;
    }
    if ((parsed.values as { help?: boolean }).help) {
      console.log(helpText(spec));
      return 0;
    }
    try {
      return (
        (await body({
          values: parsed.values as Values<O>,
          positionals: parsed.positionals,
          console,
          io,
          cwd: io.cwd ?? process.cwd(),
          env,
        })) ?? 0
      );
    } catch (error) {
      if (!(error instanceof CommandExit)) throw error;
      if (error.message) console.error(error.message);
      return error.code;
    }
  };
}
