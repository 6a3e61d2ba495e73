// Files on the command line: PATH arguments expanded into claim and 837P files, and paths as shown
// to the user. Shared by every claimlint subcommand (lint, submit, export, import, grade, pack)
// without importing main.ts. Files are written with the one atomic writer, src/node/atomicFile.ts.
import * as fs from 'fs';
import * as path from 'path';
import { isClaimFileName } from '../model/files';
import { holds837, walkFiles, type WalkProblem } from '../node/workspace';
import { isX12FileName } from '../x12/lint';
import { UsageError } from './args';

/**
 * Expands PATH arguments into claim and 837P files, with what a folder walk could not read (a FIFO,
 * an unreadable sub-folder, a broken link). An unreadable PATH argument is a usage error (exit 2).
 */
export function expandPathsWithProblems(paths: readonly string[], cwd: string): { files: string[]; problems: WalkProblem[] } {
  const files: string[] = [];
  const problems: WalkProblem[] = [];
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
      // One walk for both kinds: claims first, then the 837P files that hold a claim interchange.
      const walked = walkFiles(abs, (name) => isClaimFileName(name) || isX12FileName(name));
      files.push(...walked.files.filter((f) => isClaimFileName(path.basename(f))), ...walked.files.filter((f) => isX12FileName(path.basename(f)) && holds837(f)));
      problems.push(...walked.problems);
    } else if (stat.isFile()) files.push(abs);
    else throw new UsageError(`cannot read ${p}: not a file or folder`);
  }
  return { files: [...new Set(files)], problems };
}

/** The files only (grade, export): see expandPathsWithProblems. */
export function expandPaths(paths: readonly string[], cwd: string): string[] {
  return expandPathsWithProblems(paths, cwd).files;
}

export function displayPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}
