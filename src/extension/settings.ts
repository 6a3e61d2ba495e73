// VS Code settings under `cleanClaimCoach.*`, validated with zod. Bad values are reported once in the
// output channel and ignored, never thrown.
import * as vscode from 'vscode';
import { z } from 'zod';
import { ConfigSchema, type ClaimlintConfig } from '../config/config';

export const SECTION = 'cleanClaimCoach';

const ExtensionSettingsSchema = z.object({
  debounceMs: z.number().int().min(0).max(5000).catch(200),
});

export interface ExtensionSettings {
  /** Claim config keys (rules, payers, codeSets, today) as settings; a config file beats them. */
  claimlint: ClaimlintConfig;
  debounceMs: number;
  problems: string[];
}

export function readSettings(scope?: vscode.ConfigurationScope): ExtensionSettings {
  const cfg = vscode.workspace.getConfiguration(SECTION, scope);
  const problems: string[] = [];
  const claimlint: ClaimlintConfig = {};
  const shape = ConfigSchema.shape;
  for (const key of ['rules', 'payers', 'codeSets', 'today'] as const) {
    const value = cfg.get<unknown>(key);
    if (value === undefined || value === null || (typeof value === 'object' && value && Object.keys(value).length === 0) || value === '') continue;
    const parsed = shape[key].safeParse(value);
    if (parsed.success) (claimlint as Record<string, unknown>)[key] = parsed.data;
    else problems.push(`Setting ${SECTION}.${key} is invalid and was ignored: ${parsed.error.issues.map((i: { path: PropertyKey[]; message: string }) => `${i.path.map(String).join('.')} ${i.message}`).join('; ')}`);
  }
  const ext = ExtensionSettingsSchema.parse({ debounceMs: cfg.get('lint.debounceMs') });
  return { claimlint, debounceMs: ext.debounceMs, problems };
}
