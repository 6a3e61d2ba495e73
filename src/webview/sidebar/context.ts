// What every sidebar section gets: the data, the current state, UI state and a way to talk to the extension.
import * as z from 'zod';
import type { GuidanceData } from '../../guidance/data';
import type { GuideState } from '../../model/guidance';
import { BodySchema, CeuDraftSchema, SettingSchema } from '../../model/guidance';
import { SidebarTabSchema, type SidebarToExtension } from '../../shared/sidebarProtocol';

/** Webview-only UI state, kept with vscode.setState (survives the view being hidden/reloaded). */
export const UiStateSchema = z.object({
  tab: SidebarTabSchema.catch('path'),
  bodyFilter: BodySchema.or(z.literal('all')).catch('all'),
  settingFilter: SettingSchema.or(z.literal('all')).catch('all'),
  compare: z.tuple([z.string(), z.string()]).catch(['CPC', 'CCS']),
  ceuDraft: CeuDraftSchema.partial().catch({}),
  open: z.array(z.string().max(200)).max(200).catch([]),
});
export type UiState = z.infer<typeof UiStateSchema>;

export interface Ctx {
  data: GuidanceData;
  state(): GuideState;
  today(): string;
  ui: UiState;
  saveUi(): void;
  send(msg: SidebarToExtension): void;
  /** Polite screen-reader announcement. */
  announce(text: string): void;
}

export interface Section {
  update(): void;
}
