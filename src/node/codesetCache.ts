// Loads an official ICD-10-CM file (order file or codes file) for the CLI and the extension, with a
// cache of its compact index in `cacheDir`, keyed by the file's path, size and modification time.
// Cache writes are atomic (writeFileAtomic); a damaged or stale cache is rebuilt silently.
// Errors that stop the load are thrown as Errors whose message can be shown to the user as it is.
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import type { IcdCodeSet } from '../codesets';
import { writeFileAtomic } from './atomicFile';
import { INDEX_VERSION, MAX_FILE_CHARS, officialCodeSet, officialCodeSetFromIndex, parseIcdFile, serializeIndex } from '../codesets/official';

export interface LoadedCodeSet {
  codeSet: IcdCodeSet;
  /** true when the index came from the cache, false when the file was parsed. */
  fromCache: boolean;
  /** Wall-clock milliseconds the load took. */
  ms: number;
}

/** The cache file for a source file (one per path; its first line says which size/mtime it was built from). */
export function cacheFileFor(filePath: string, cacheDir: string): string {
  const id = createHash('sha256').update(path.resolve(filePath)).digest('hex').slice(0, 20);
  return path.join(cacheDir, `icd10cm-index-${id}.json`);
}

function cacheKey(filePath: string, stat: fs.Stats): string {
  return JSON.stringify({ path: path.resolve(filePath), size: stat.size, mtimeMs: stat.mtimeMs, version: INDEX_VERSION });
}

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'the file does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  return code ?? (e as Error)?.message ?? String(e);
}

/**
 * The release files are plain ASCII today; UTF-8 is read as such, and anything that is not valid
 * UTF-8 as Latin-1 (older releases and re-saved copies), so no title ever shows U+FFFD.
 */
export function decodeReleaseFile(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  }
}

async function readCache(file: string, key: string): Promise<IcdCodeSet | undefined> {
  let text: string;
  try {
    text = await fs.promises.readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  const nl = text.indexOf('\n');
  if (nl < 0 || text.slice(0, nl) !== key) return undefined;
  try {
    return officialCodeSetFromIndex(text.slice(nl + 1));
  } catch {
    return undefined; // damaged: rebuilt and overwritten below
  }
}

async function writeCacheAtomically(file: string, content: string): Promise<void> {
  try {
    await writeFileAtomic(file, content);
  } catch {
    // The cache is an optimisation: a read-only or full disk only costs a re-parse next time.
  }
}

/**
 * Loads the official ICD-10-CM code set from `filePath` (the CMS/CDC order file or codes file),
 * from the cache in `cacheDir` when the file's path, size and mtime are unchanged. Throws an Error
 * with a user-facing message when the file cannot be read or is in neither official layout.
 */
export async function loadOfficialCodeSet(filePath: string, cacheDir: string): Promise<LoadedCodeSet> {
  const t0 = performance.now();
  const shown = filePath;
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(filePath);
  } catch (e) {
    throw new Error(`Cannot read the ICD-10-CM file ${shown}: ${reason(e)}.`, { cause: e });
  }
  if (stat.isDirectory()) throw new Error(`Cannot read the ICD-10-CM file ${shown}: it is a folder, not a file. Point codeSets.icd10cm at the order file inside it (e.g. icd10cm_order_2026.txt).`);
  if (!stat.isFile()) throw new Error(`Cannot read the ICD-10-CM file ${shown}: it is not a file.`);
  if (stat.size > MAX_FILE_CHARS) throw new Error(`${shown} is too large to be an ICD-10-CM order or codes file.`);

  const key = cacheKey(filePath, stat);
  const cacheFile = cacheFileFor(filePath, cacheDir);
  const cached = await readCache(cacheFile, key);
  if (cached) return { codeSet: cached, fromCache: true, ms: performance.now() - t0 };

  let text: string;
  try {
    text = decodeReleaseFile(await fs.promises.readFile(filePath));
  } catch (e) {
    throw new Error(`Cannot read the ICD-10-CM file ${shown}: ${reason(e)}.`, { cause: e });
  }
  const index = parseIcdFile(text, filePath); // throws the user-facing "not an ICD-10-CM file" error
  const codeSet = officialCodeSet(index);
  await writeCacheAtomically(cacheFile, `${key}\n${serializeIndex(index)}`);
  return { codeSet, fromCache: false, ms: performance.now() - t0 };
}
