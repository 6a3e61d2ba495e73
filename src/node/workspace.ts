// Node-side glue shared by the CLI and the extension: finds the nearest config file for a claim,
// reads and caches it, loads the configured ICD-10-CM code set once, and builds LintOptions.
import * as fs from 'fs';
import * as path from 'path';
import { practiceCodeBook, type IcdCodeSet } from '../codesets';
import { configFileCandidates, isClaimFileName } from '../model/files';
import { mergeConfig, mergePayers, parseConfigText, severityOverrides, todayFor, type ClaimlintConfig, type ConfigProblem } from '../config/config';
import type { LintOptions } from '../engine/lint';
import { RULES_BY_ID } from '../engine/rules';
import { isX12FileName } from '../x12/lint';
import { X12_RULES_BY_ID } from '../x12/rules';
import { bundledPayers } from '../reference';
import { formatFromFileName } from '../parser/parse';
import { loadOfficialCodeSet } from './codesetCache';
import { loadEditTables } from './editTables';
import { bundledCodeSets } from './bundledCodeSets';
import { unavailableProvider, withUserCodeSet, type IcdCodeSetProvider } from '../codesets/provider';
import { LIMITS } from '../model/limits';
import { fileTooLargeMessage } from '../parser/limits';

export interface LoadedConfig {
  /** The config file that applies, if any. */
  file?: string;
  config: ClaimlintConfig;
  problems: ConfigProblem[];
}

export interface ResolvedLintSetup {
  options: LintOptions;
  config: LoadedConfig;
  /** A problem loading the configured code set (the bundled code sets are used instead). */
  codeSetError?: string;
  /** Why the bundled code sets are not available (diagnosis codes get shape checks only); the same text every time. */
  bundledError?: string;
}

const KNOWN_RULES = new Set([...RULES_BY_ID.keys(), ...X12_RULES_BY_ID.keys()]);

/** Reads a config file; a missing or unreadable file is a problem, never an exception. */
export function readConfigFile(file: string): LoadedConfig {
  let text: string;
  try {
    const stat = fs.statSync(file);
    if (stat.isFile() && stat.size > LIMITS.maxFileBytes) return { file, config: {}, problems: [{ message: fileTooLargeMessage(), range: { start: 0, end: 0 } }] };
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return { file, config: {}, problems: [{ message: `Cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, range: { start: 0, end: 0 } }] };
  }
  const parsed = parseConfigText(text, formatFromFileName(file), KNOWN_RULES);
  return { file, config: parsed.config, problems: parsed.problems };
}

export class WorkspaceConfig {
  private readonly cache = new Map<string, { mtimeMs: number; size: number; loaded: LoadedConfig }>();
  private readonly codeSets = new Map<string, Promise<IcdCodeSet>>();
  /** Folder → nearest config file (the CLI lints thousands of files in few folders). */
  private readonly dirLookup = new Map<string, string | undefined>();

  constructor(
    private readonly opts: {
      /** Folders where the upward search stops (workspace roots); the file system root otherwise. */
      roots?: readonly string[];
      /** Settings-level config (VS Code settings); a config file beats it key by key. */
      settings?: ClaimlintConfig;
      /** Where the official code set index is cached. */
      cacheDir?: string;
    } = {},
  ) {}

  /** The nearest config file from the claim's folder up to a root; `explicit` (--config) wins. */
  findConfigFile(claimPath: string, explicit?: string): string | undefined {
    if (explicit) return path.resolve(explicit);
    const start = path.dirname(path.resolve(claimPath));
    if (this.dirLookup.has(start)) return this.dirLookup.get(start);
    const found = this.searchUp(start);
    this.dirLookup.set(start, found);
    return found;
  }

  private searchUp(from: string): string | undefined {
    const roots = (this.opts.roots ?? []).map((r) => path.resolve(r));
    for (const candidate of configFileCandidates(from, path, roots)) if (isFile(candidate)) return candidate;
    return undefined;
  }

  loadConfig(file: string | undefined): LoadedConfig {
    if (!file) return { config: {}, problems: [] };
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(file);
    } catch {
      stat = undefined;
    }
    const hit = this.cache.get(file);
    if (hit && stat && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size) return hit.loaded;
    const loaded = readConfigFile(file);
    if (stat) this.cache.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, loaded });
    return loaded;
  }

  invalidate(): void {
    this.cache.clear();
    this.dirLookup.clear();
  }

  /**
   * The code sets by year for a config: the bundled years (loaded on first use), with the official
   * file of codeSets.icd10cm in place of the fiscal year it covers (from codeSets.icd10cmFiscalYear,
   * else its file name; a file of unknown year serves every date, as before).
   */
  async codeSetFor(config: ClaimlintConfig, configFile: string | undefined): Promise<{ codes: IcdCodeSet; codeSets: IcdCodeSetProvider; error?: string; bundledError?: string }> {
    const bundled = bundledCodeSets();
    const base = bundled.provider;
    const configured = config.codeSets?.icd10cm;
    const fallback = (): IcdCodeSetProvider => base ?? unavailableProvider(bundled.error ?? 'not loaded');
    if (!configured) return { codes: practiceCodeBook(), codeSets: fallback(), bundledError: bundled.error };
    const dir = configFile ? path.dirname(configFile) : process.cwd();
    const file = path.resolve(dir, configured);
    let pending = this.codeSets.get(file);
    if (!pending) {
      pending = loadOfficialCodeSet(file, this.opts.cacheDir ?? defaultCacheDir()).then((r) => r.codeSet);
      this.codeSets.set(file, pending);
    }
    try {
      const user = await pending;
      const fy = config.codeSets?.icd10cmFiscalYear ?? user.fiscalYear;
      return { codes: user, codeSets: withUserCodeSet(base, user, fy), bundledError: bundled.error };
    } catch (e) {
      this.codeSets.delete(file);
      const using = base ? 'using the bundled ICD-10-CM code sets' : 'diagnosis codes are checked for their shape only';
      return { codes: practiceCodeBook(), codeSets: fallback(), error: `The ICD-10-CM code set ${file} could not be loaded (${(e as Error).message}); ${using}.`, bundledError: bundled.error };
    }
  }

  /** Everything needed to lint one claim file. */
  async setupFor(claimPath: string, overrides: { configFile?: string; today?: string; now?: Date } = {}): Promise<ResolvedLintSetup> {
    const file = this.findConfigFile(claimPath, overrides.configFile);
    const loaded = this.loadConfig(file);
    const config = mergeConfig(this.opts.settings, loaded.config);
    const { codes, codeSets, error, bundledError } = await this.codeSetFor(config, file);
    return {
      options: { ...lintOptionsFor(claimPath, config, codes, overrides.today ?? todayFor(config, overrides.now ?? new Date())), codeSets },
      config: { ...loaded, config },
      codeSetError: error,
      bundledError,
    };
  }

  /**
   * For a claim that is not on the local file system (a virtual workspace, another scheme): the
   * settings apply, but no config file is looked for and the practice code book is used.
   */
  settingsOnlySetup(fileName: string, now: Date = new Date()): ResolvedLintSetup {
    const config = mergeConfig(this.opts.settings, {});
    delete config.codeSets;
    const bundled = bundledCodeSets();
    const codeSets = bundled.provider ?? unavailableProvider(bundled.error ?? 'not loaded');
    return { options: { ...lintOptionsFor(fileName, config, practiceCodeBook(), todayFor(config, now)), codeSets }, config: { config, problems: [] }, bundledError: bundled.error };
  }
}

/** The engine's options for one claim under a (merged) config. */
export function lintOptionsFor(fileName: string, config: ClaimlintConfig, codes: IcdCodeSet, today: string): LintOptions {
  return { format: formatFromFileName(fileName), today, codes, payers: mergePayers(bundledPayers(), config.payers ?? []), rules: severityOverrides(config), tables: loadEditTables().tables };
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

export function defaultCacheDir(): string {
  const base = process.env.XDG_CACHE_HOME || path.join(require('os').homedir(), '.cache');
  return path.join(base, 'clean-claim-coach');
}

/** Claim files under a folder (recursive; skips node_modules and dot-folders). */
export function findClaimFiles(root: string): string[] {
  return walkClaimFiles(root).files;
}

export interface WalkProblem {
  /** The entry that was not read. */
  path: string;
  /** Why, in a few words (an errno code or "not a regular file"). */
  reason: string;
}

/** Claim files under a folder, and what could not be read (see walkFiles). */
export function walkClaimFiles(root: string): { files: string[]; problems: WalkProblem[] } {
  return walkFiles(root, isClaimFileName);
}

/**
 * The files under a folder whose name `wanted` accepts (sorted, skipping node_modules and
 * dot-folders), and what could not be read. Symlinks to such files and to folders are followed (each
 * real folder once); a wanted entry that is not a regular file (a FIFO, a socket, a broken link) and
 * a sub-folder that cannot be listed are problems, never silently skipped: a CI gate must not pass
 * because nothing was read. The one folder walk of claimlint and the practice-case finder.
 */
export function walkFiles(root: string, wanted: (name: string) => boolean): { files: string[]; problems: WalkProblem[] } {
  const files: string[] = [];
  const problems: WalkProblem[] = [];
  const seenDirs = new Set<string>();
  const walk = (dir: string) => {
    let real: string;
    try {
      real = fs.realpathSync(dir);
    } catch (e) {
      problems.push({ path: dir, reason: (e as NodeJS.ErrnoException).code ?? 'unreadable folder' });
      return;
    }
    if (seenDirs.has(real)) return; // a symlink loop, or a folder reached twice
    seenDirs.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      problems.push({ path: dir, reason: (e as NodeJS.ErrnoException).code ?? 'unreadable folder' });
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const p = path.join(dir, e.name);
      const skippedFolderName = e.name === 'node_modules' || e.name.startsWith('.');
      if (e.isDirectory()) {
        if (!skippedFolderName) walk(p);
        continue;
      }
      const claimName = wanted(e.name);
      if (e.isFile()) {
        if (claimName) files.push(p);
        continue;
      }
      if (e.isSymbolicLink()) {
        let target: fs.Stats;
        try {
          target = fs.statSync(p);
        } catch (err) {
          if (claimName) problems.push({ path: p, reason: `broken link (${(err as NodeJS.ErrnoException).code ?? 'unreadable'})` });
          continue;
        }
        if (target.isDirectory()) {
          if (!skippedFolderName) walk(p);
        } else if (claimName) {
          if (target.isFile()) files.push(p);
          else problems.push({ path: p, reason: 'not a regular file' });
        }
        continue;
      }
      if (claimName) problems.push({ path: p, reason: 'not a regular file' });
    }
  };
  walk(root);
  return { files, problems };
}

/** Finds 837P files under a folder (by name, holding a claim interchange). */
export function findX12Files(root: string): string[] {
  return walkFiles(root, isX12FileName).files.filter(holds837);
}

/** True when the start of the file is an X12 interchange holding a claim (837P). */
export function holds837(file: string): boolean {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const buf = Buffer.alloc(4096);
      const n = fs.readSync(fd, buf, 0, buf.length, 0);
      const head = buf.toString('latin1', 0, n);
      return /^\uFEFF?\s*ISA/.test(head) && /GS.HC.|ST.837/.test(head);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false;
  }
}
