// `claimlint submit`: lint, then the simulated payer (src/adjudication). The CLI keeps no history:
// every run is a first submission (the editor's Submit command keeps the history).
import * as fs from 'fs';
import * as path from 'path';
import { adjudicate, formatResultText } from '../adjudication';
import { SubmissionResultSchema } from '../model/submission';
import { lintText, lintUnreadable } from '../engine/lint';
import { LIMITS } from '../model/limits';
import { fileTooLargeMessage, x12FileTooLargeMessage } from '../parser/limits';
import { WorkspaceConfig } from '../node/workspace';
import { UsageError, type CliArgs, type Io } from './args';
import { submitX12 } from './x12';
import { isX12FileName } from '../x12/lint';

export async function runSubmit(args: CliArgs, io: Io): Promise<number> {
  const file = path.resolve(io.cwd, args.paths[0]);
  const x12File = isX12FileName(file);
  let text: string;
  let tooLarge: boolean;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) throw new Error('not a file');
    // Past the size limit the file is not read: the payer rejects a claim file as unreadable
    // (syntax-error); an 837P batch past maxX12FileBytes is not submitted at all (below).
    tooLarge = stat.size > (x12File ? LIMITS.maxX12FileBytes : LIMITS.maxFileBytes);
    text = tooLarge ? '' : fs.readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`cannot read ${args.paths[0]}: not a readable claim file`);
  }
  if (tooLarge && x12File) throw new UsageError(`cannot submit ${args.paths[0]}: ${x12FileTooLargeMessage()}`);
  const setup = await new WorkspaceConfig().setupFor(file, { configFile: args.config ? path.resolve(io.cwd, args.config) : undefined, today: args.today, now: io.now() });
  const submittedAt = args.today ? `${args.today}T00:00:00Z` : io.now().toISOString().replace(/\.\d{3}Z$/, 'Z');
  if (args.format === 'x12' || x12File) {
    const answer = submitX12(file, text, setup.options, submittedAt, args.today ?? submittedAt.slice(0, 10));
    if (args.format === 'x12') io.out(answer.text);
    else if (args.format === 'json') io.out(`${JSON.stringify(answer.results.length === 1 ? answer.results[0] : answer.results, null, 2)}\n`);
    else io.out(answer.accepted ? answer.results.map(formatResultText).join('\n') : 'The 999 rejected the 837P for its structure: nothing reached the payer (claimlint FILE lists the problems).\n');
    return 0;
  }
  const result = adjudicate(tooLarge ? lintUnreadable('', fileTooLargeMessage(), setup.options) : lintText(text, setup.options), { submittedAt });
  io.out(args.format === 'json' ? `${JSON.stringify(SubmissionResultSchema.parse(result), null, 2)}\n` : formatResultText(result));
  return 0;
}
