// Finding severities and the per-rule setting (`off` included), shared by the config (below the
// engine), the engine, the CLI and the editor glue.
import * as z from 'zod';

export const SEVERITIES = ['error', 'warning', 'information', 'hint'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const SeveritySettingSchema = z.enum([...SEVERITIES, 'off']);
export type SeveritySetting = z.infer<typeof SeveritySettingSchema>;
