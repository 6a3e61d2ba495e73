// claimlint's command line: the arguments, their errors and the I/O the commands write to.
// (Its own module so the subcommands (lint in main.ts, submit.ts) import it without a cycle.)
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

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { command: 'lint', format: 'text', fix: false, paths: [] };
  const rest = [...argv];
  if (rest[0] === 'submit') {
    args.command = 'submit';
    rest.shift();
  }
  while (rest.length) {
    const a = rest.shift()!;
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => {
      const v = inline ?? rest.shift();
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--format': {
        const v = value();
        const allowed = args.command === 'submit' ? ['text', 'json', 'x12'] : ['text', 'json', 'sarif'];
        if (!allowed.includes(v)) throw new UsageError(`--format must be one of ${allowed.join(', ')}`);
        args.format = v as CliArgs['format'];
        break;
      }
      case '--config':
        args.config = value();
        break;
      case '--today': {
        const v = value();
        if (!isIsoDate(v)) throw new UsageError('--today must be a date written YYYY-MM-DD');
        args.today = v;
        break;
      }
      case '--fix':
        if (args.command === 'submit') throw new UsageError('--fix is not an option of submit');
        args.fix = true;
        break;
      case '--help':
      case '-h':
        throw new UsageError('help');
      case '--':
        args.paths.push(...rest.splice(0));
        break;
      default:
        if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown option ${flag}`);
        args.paths.push(a);
    }
  }
  // An empty PATH must not mean "the current folder" (`claimlint --fix "$UNSET"` would fix everything).
  if (args.paths.some((p) => p.trim() === '')) throw new UsageError('an empty PATH was given (write . for the current folder)');
  if (!args.paths.length) throw new UsageError(args.command === 'submit' ? 'submit needs a claim FILE' : 'no PATH given');
  if (args.command === 'submit' && args.paths.length !== 1) throw new UsageError('submit takes exactly one claim FILE');
  return args;
}

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  cwd: string;
  now: () => Date;
}

