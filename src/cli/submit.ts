// `claimlint submit`: lint, then the simulated payer (src/adjudication). Owned by the mock-submission work.
import type { CliArgs, Io } from './main';

export async function runSubmit(args: CliArgs, io: Io): Promise<number> {
  void args;
  io.err('claimlint: submit is not available yet\n');
  return 2;
}
