// File-system glue for practice cases: find case files, read them, and locate the bundled cases/
// folder (beside dist/ in the VSIX and the npm package, at the repository root in a checkout).
import * as fs from 'fs';
import * as path from 'path';
import { formatFromFileName } from '../parser/parse';
import { isCaseFileName, parseCaseText, type ParsedCase } from '../practice/parse';
import { walkFiles } from './workspace';

/** Case files under a folder (recursive; skips node_modules and dot-folders), sorted. */
export function findCaseFiles(root: string): string[] {
  return walkFiles(root, isCaseFileName).files;
}

/** The bundled cases folder: the first `cases/` found walking up from this module (dist/ or src/node/). */
export function bundledCasesDir(from: string = __dirname): string | undefined {
  let dir = from;
  for (let i = 0; i < 4; i++) {
    const candidate = path.join(dir, 'cases');
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(candidate)) return candidate;
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return undefined;
}

export interface LoadedCase extends ParsedCase {
  file: string;
}

/** Reads and parses one case file; an unreadable file is an Error the caller reports. */
export function readCaseFile(file: string): LoadedCase {
  const text = fs.readFileSync(file, 'utf8');
  return { file, ...parseCaseText(text, formatFromFileName(file)) };
}
