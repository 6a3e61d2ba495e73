// claimlint's command line: the one reader of arguments every subcommand uses (readCommandLine),
// the lint/submit arguments, their errors and the I/O the commands write to. (Its own module so the
// subcommands (lint in main.ts, submit.ts, grade.ts, pack.ts, x12.ts) import it without a cycle.)
import { isIsoDate } from '../util/dates';

export class UsageError extends Error {
  /** True for bad arguments (the one-line reason then points at --help); false for unreadable paths. */
  usageHint = false;
}

export interface CliArgs {
  command: 'lint' | 'submit';
  format: 'text' | 'json' | 'sarif' | 'x12';
  config?: string;
  today?: string;
  fix: boolean;
  paths: string[];
}

export const GRADE_USAGE = 'claimlint grade [--format text|json|classroom|csv] [--cases PATH]... [--config FILE] [--today YYYY-MM-DD] PATH...';
export const PACK_USAGE = 'claimlint pack --student OUT CASES...';

export const USAGE = `usage: claimlint [--format text|json|sarif] [--config FILE] [--today YYYY-MM-DD] [--fix] PATH...
       claimlint submit [--format text|json|x12] [--config FILE] [--today YYYY-MM-DD] FILE
       claimlint export [--out DIR|-] [--batch] [--config FILE] [--today YYYY-MM-DD] FILE...
       claimlint import [--out DIR|-] FILE...
       ${GRADE_USAGE}
       ${PACK_USAGE}`;

/** One option of a subcommand, for readCommandLine. */
export type OptionSpec =
  /** `--name VALUE` or `--name=VALUE`; an empty or missing value is "--name needs `missing`" ("a value"). */
  | { value: true; set: (value: string) => void; missing?: string }
  /** A switch: `--name` (a value written `--name=x` is ignored). */
  | { value?: false; set: () => void }
  /** An option of another subcommand: this message, before any value is read. */
  | { refuse: string };

/**
 * The one command-line reader of every subcommand. `options` are the options it knows; `help: true`
 * makes --help / -h throw UsageError('help'). `--` ends the options; `-` alone is a PATH; any other
 * word starting with `-` is an unknown option. Returns the PATHs in order.
 */
export function readCommandLine(argv: readonly string[], options: Readonly<Record<string, OptionSpec>>, opts: { help?: boolean } = {}): string[] {
  const paths: string[] = [];
  const rest = [...argv];
  while (rest.length) {
    const a = rest.shift()!;
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const [flag, inline] = eq >= 0 ? [a.slice(0, eq), a.slice(eq + 1)] : [a, undefined];
    if (flag === '--') {
      paths.push(...rest.splice(0));
      continue;
    }
    if (opts.help && (flag === '--help' || flag === '-h')) throw new UsageError('help');
    const spec = Object.prototype.hasOwnProperty.call(options, flag) ? options[flag] : undefined;
    if (!spec) {
      if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown option ${flag}`);
      paths.push(a);
    } else if ('refuse' in spec) {
      throw new UsageError(spec.refuse);
    } else if (spec.value) {
      const v = inline ?? rest.shift();
      if (v === undefined || v === '') throw new UsageError(`${flag} needs ${spec.missing ?? 'a value'}`);
      spec.set(v);
    } else {
      spec.set();
    }
  }
  return paths;
}

/** A --today value: a real date written YYYY-MM-DD. */
export function todayValue(v: string): string {
  if (!isIsoDate(v)) throw new UsageError('--today must be a date written YYYY-MM-DD');
  return v;
}

/** A --format value: one of `allowed`. */
export function formatValue<T extends string>(v: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(v)) throw new UsageError(`--format must be one of ${allowed.join(', ')}`);
  return v as T;
}

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { command: 'lint', format: 'text', fix: false, paths: [] };
  const rest = [...argv];
  if (rest[0] === 'submit') {
    args.command = 'submit';
    rest.shift();
  }
  const submit = args.command === 'submit';
  args.paths = readCommandLine(
    rest,
    {
      '--format': { value: true, set: (v) => (args.format = formatValue<CliArgs['format']>(v, submit ? ['text', 'json', 'x12'] : ['text', 'json', 'sarif'])) },
      '--config': { value: true, set: (v) => (args.config = v) },
      '--today': { value: true, set: (v) => (args.today = todayValue(v)) },
      '--fix': submit ? { refuse: '--fix is not an option of submit' } : { set: () => (args.fix = true) },
    },
    { help: true },
  );
  // An empty PATH must not mean "the current folder" (`claimlint --fix "$UNSET"` would fix everything).
  if (args.paths.some((p) => p.trim() === '')) throw new UsageError('an empty PATH was given (write . for the current folder)');
  if (!args.paths.length) throw new UsageError(submit ? 'submit needs a claim FILE' : 'no PATH given');
  if (submit && args.paths.length !== 1) throw new UsageError('submit takes exactly one claim FILE');
  return args;
}

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  cwd: string;
  now: () => Date;
}

