// Files on the command line: PATH arguments expanded into claim and 837P files, paths as shown to
// the user, and replacing a file atomically. Shared by every claimlint subcommand (lint, submit,
// export, import, grade, pack) without importing main.ts.
import * as fs from 'fs';
import * as path from 'path';
import { findClaimFiles, findX12Files } from '../node/workspace';
import { UsageError } from './args';

/** Expands PATH arguments into claim files; an unreadable path is a usage error (exit 2). */
export function expandPaths(paths: readonly string[], cwd: string): string[] {
  const files: string[] = [];
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch {
      throw new UsageError(`cannot read ${p}: no such file or folder`);
    }
    if (stat.isDirectory()) {
      // A folder that cannot be listed is an unreadable PATH (exit 2), not "0 claims checked".
      try {
        fs.readdirSync(abs);
      } catch (e) {
        throw new UsageError(`cannot read ${p}: ${(e as NodeJS.ErrnoException).code ?? 'unreadable folder'}`);
      }
      files.push(...findClaimFiles(abs), ...findX12Files(abs));
    } else if (stat.isFile()) files.push(abs);
    else throw new UsageError(`cannot read ${p}: not a file or folder`);
  }
  return [...new Set(files)];
}

export function writeFileAtomic(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  fs.writeFileSync(tmp, text, 'utf8');
  fs.renameSync(tmp, file);
}

export function displayPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}
