// claimlint's stdout and stderr: synchronous writes to the file descriptors, so that a closed pipe
// (`claimlint … | head`) or a full disk throws right here, where main() turns it into exit 2 with
// one line, instead of an asynchronous 'error' event on process.stdout that ends in a stack trace.
import * as fs from 'fs';

export class OutputError extends Error {}

function writeFd(fd: number, s: string, what: string): void {
  const buf = Buffer.from(s, 'utf8');
  let off = 0;
  let spins = 0;
  while (off < buf.length) {
    try {
      off += fs.writeSync(fd, buf, off, buf.length - off);
      spins = 0;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN' && spins++ < 10_000) {
        // A non-blocking pipe that is full: wait a moment for the reader.
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
        continue;
      }
      throw new OutputError(`cannot write the ${what}: ${code === 'EPIPE' ? 'the reading end was closed (EPIPE)' : (code ?? (e as Error).message)}`);
    }
  }
}

export const writeStdout = (s: string): void => writeFd(1, s, 'output');
export const writeStderr = (s: string): void => writeFd(2, s, 'messages');
