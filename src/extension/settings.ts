// VS Code settings under `cleanClaimCoach.*`, validated with zod. Bad values are reported once in the
// output channel and ignored, never thrown.
import * as vscode from 'vscode';
import { z } from 'zod';
import type { ClaimlintConfig } from '../config/config';
import { claimlintConfigFromSettings } from '../config/settings';

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
  const { config: claimlint, problems } = claimlintConfigFromSettings((key) => cfg.get<unknown>(key), SECTION);
  const ext = ExtensionSettingsSchema.parse({ debounceMs: cfg.get('lint.debounceMs') });
  return { claimlint, debounceMs: ext.debounceMs, problems };
}
