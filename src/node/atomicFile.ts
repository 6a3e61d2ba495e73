// The one way this project replaces a file (claimlint --fix, the code-set cache, history CSV export,
// guide progress export): write a temp file in the same folder under a unique name, fsync it, then
// rename it over the target, so a crash leaves either the old or the new file, never half of one.
//   - The existing file's mode and owner are kept (a 0600 file stays 0600, a file owned by someone
//     else keeps that owner).
//   - A symlink is written through: the file it points to is replaced, the link stays a link.
//   - A file with several hard links is rewritten in place (a rename would give this name a new
//     file and leave the other names on the old one); so is a file whose owner cannot be kept.
//   - `expect` guards against lost edits: just before the rename, the target must still be what the
//     caller read (size, mtime, content hash), else nothing is replaced (FileChangedError).
import { createHash, randomBytes } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

export interface FileVersion {
  size: number;
  mtimeMs: number;
  /** sha256 of the content, hex. */
  sha256: string;
}

export class FileChangedError extends Error {
  readonly code = 'ECHANGED';
  constructor(file: string) {
    super(`${file} changed on disk while it was being rewritten; it was left as it is`);
  }
}

export interface AtomicWriteOptions {
  /** Mode for a new file (an existing file keeps its own). Default 0o666 minus the umask. */
  mode?: number;
  /** The version the caller read: the write is refused when the file no longer matches it. */
  expect?: FileVersion;
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export function versionOf(stat: fs.Stats, content: Uint8Array): FileVersion {
  return { size: stat.size, mtimeMs: stat.mtimeMs, sha256: sha256(content) };
}

/** The real file behind `file` (symlinks resolved); for a file that does not exist yet, its real folder. */
export async function realTarget(file: string): Promise<string> {
  try {
    return await fs.promises.realpath(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    // A dangling symlink: write where it points.
    try {
      const link = await fs.promises.readlink(file);
      return path.resolve(path.dirname(file), link);
    } catch {
      const dir = await fs.promises.realpath(path.dirname(file)).catch(() => path.dirname(file));
      return path.join(dir, path.basename(file));
    }
  }
}

/**
 * True when the permission bits say the current user may not write the file. Checked from the mode
 * itself, so a read-only file is respected even by root (who would not get EACCES).
 */
export function isReadOnly(stat: fs.Stats): boolean {
  const uid = process.getuid?.();
  const gid = process.getgid?.();
  if (uid === undefined) return (stat.mode & 0o222) === 0;
  const bit = uid === 0 || uid === stat.uid ? 0o200 : gid === stat.gid ? 0o020 : 0o002;
  return (stat.mode & bit) === 0;
}

async function checkUnchanged(file: string, expect: FileVersion | undefined): Promise<void> {
  if (!expect) return;
  let stat: fs.Stats;
  let content: Buffer;
  try {
    stat = await fs.promises.stat(file);
    content = await fs.promises.readFile(file);
  } catch {
    throw new FileChangedError(file);
  }
  if (stat.size !== expect.size || stat.mtimeMs !== expect.mtimeMs || sha256(content) !== expect.sha256) throw new FileChangedError(file);
}

async function writeAll(handle: fs.promises.FileHandle, data: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < data.length) {
    const { bytesWritten } = await handle.write(data, offset, data.length - offset, offset);
    offset += bytesWritten;
  }
}

/** Rewrites an existing file in place (keeps its inode: hard links, owner, mode), then fsyncs it. */
async function writeInPlace(file: string, data: Uint8Array, expect: FileVersion | undefined): Promise<void> {
  await checkUnchanged(file, expect);
  const handle = await fs.promises.open(file, 'r+');
  try {
    await writeAll(handle, data);
    await handle.truncate(data.length);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Writes `data` to `file` atomically (see the header). Resolves to the real path written. */
export async function writeFileAtomic(file: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<string> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const target = await realTarget(file);
  let stat: fs.Stats | undefined;
  try {
    stat = await fs.promises.stat(target);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    if (options.expect) throw new FileChangedError(file);
  }
  if (stat && stat.nlink > 1) {
    await writeInPlace(target, bytes, options.expect);
    return target;
  }
  const dir = path.dirname(target);
  await fs.promises.mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await fs.promises.open(tmp, 'wx', stat ? stat.mode & 0o7777 : (options.mode ?? 0o666));
  let renamed = false;
  try {
    try {
      await writeAll(handle, bytes);
      if (stat) {
        await handle.chmod(stat.mode & 0o7777);
        if (stat.uid !== process.getuid?.() || stat.gid !== process.getgid?.()) {
          try {
            await handle.chown(stat.uid, stat.gid);
          } catch {
            // Not allowed to give the new file the old owner: keep the owner by writing in place.
            await handle.close().catch(() => undefined);
            await fs.promises.rm(tmp, { force: true });
            await writeInPlace(target, bytes, options.expect);
            return target;
          }
        }
      }
      await handle.sync();
    } finally {
      await handle.close().catch(() => undefined);
    }
    await checkUnchanged(target, options.expect);
    await fs.promises.rename(tmp, target);
    renamed = true;
    await syncDir(dir);
    return target;
  } finally {
    if (!renamed) await fs.promises.rm(tmp, { force: true }).catch(() => undefined);
  }
}

async function syncDir(dir: string): Promise<void> {
  // Makes the rename itself durable; not every platform can open a folder (Windows), so best effort.
  try {
    const h = await fs.promises.open(dir, 'r');
    try {
      await h.sync();
    } finally {
      await h.close();
    }
  } catch {
    /* best effort */
  }
}
