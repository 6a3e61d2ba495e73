// The names of the files the product reads, in one place: practice claims and the workspace config.
// The manifest (package.json: activation, menus' `when` clauses, yamlValidation) spells the same
// patterns; test/unit/architecture/commands.test.ts checks they agree.

/** Claim files: `*.claim.yaml`, `*.claim.yml`, `*.claim.json`. */
export const CLAIM_GLOB = '**/*.claim.{yaml,yml,json}';
const CLAIM_FILE = /\.claim\.(ya?ml|json)$/i;

export function isClaimFileName(name: string): boolean {
  return CLAIM_FILE.test(name);
}

/** Workspace config file names, in the order they are looked for in one folder. */
export const CONFIG_FILE_NAMES = ['.claimlint.yaml', '.claimlint.yml', '.claimlint.json'] as const;
export const CONFIG_GLOB = '**/.claimlint.{yaml,yml,json}';
/** The file a new config is written to when none exists. */
export const DEFAULT_CONFIG_FILE_NAME = CONFIG_FILE_NAMES[0];

/**
 * The config files that may apply to a claim in `startDir`, nearest first: each config name in
 * `startDir`, then in its parent, and so on up to a folder of `stopAt` (included) or the root. The
 * first one that exists wins. `paths` is the caller's path flavour (node:path, or posix for URIs).
 */
export function* configFileCandidates(startDir: string, paths: { join(dir: string, name: string): string; dirname(p: string): string }, stopAt: readonly string[] = []): Generator<string> {
  let dir = startDir;
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) yield paths.join(dir, name);
    if (stopAt.includes(dir)) return;
    const up = paths.dirname(dir);
    if (up === dir) return;
    dir = up;
  }
}
