// The persisted guide state (profile, path progress, CEU log): loading with validation and
// migration, and the pure state transitions driven by sidebar messages. No vscode, no Node built-ins.
import {
  GUIDE_STATE_VERSION,
  GuideStateSchema,
  ProgressExportSchema,
  EXPORT_FORMAT,
  defaultGuideState,
  type Body,
  type CeuDraft,
  type GuideState,
  type ProgressExport,
  type Profile,
} from '../model/guidance';

export type LoadResult =
  | { kind: 'empty'; state: GuideState }
  | { kind: 'ok'; state: GuideState; migratedFrom?: number }
  | { kind: 'corrupt'; state: GuideState; problem: string };

function issues(e: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): string {
  return e.issues.slice(0, 5).map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`).join('; ');
}

/** Older stored shapes → current. Add a case per schema version bump. */
function migrate(raw: Record<string, unknown>): { value: unknown; from?: number } {
  const v = raw.schemaVersion;
  if (v === GUIDE_STATE_VERSION) return { value: raw };
  return { value: raw, from: typeof v === 'number' ? v : undefined };
}

/** Validates a stored value; anything unusable yields a fresh state and a description of the problem. */
export function loadGuideState(raw: unknown): LoadResult {
  if (raw === undefined || raw === null) return { kind: 'empty', state: defaultGuideState() };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { kind: 'corrupt', state: defaultGuideState(), problem: 'stored value is not an object' };
  const { value, from } = migrate(raw as Record<string, unknown>);
  const r = GuideStateSchema.safeParse(value);
  if (!r.success) {
    const v = (raw as Record<string, unknown>).schemaVersion;
    const problem = v !== GUIDE_STATE_VERSION ? `unsupported schema version ${JSON.stringify(v)}` : issues(r.error);
    return { kind: 'corrupt', state: defaultGuideState(), problem };
  }
  return from === undefined ? { kind: 'ok', state: r.data } : { kind: 'ok', state: r.data, migratedFrom: from };
}

export function makeExport(state: GuideState, now: Date): ProgressExport {
  return { format: EXPORT_FORMAT, exportedAt: now.toISOString(), state };
}

/** Parses an exported progress file's text. Never throws. */
export function parseExport(text: string): { ok: true; state: GuideState; parts?: Record<string, unknown> } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `not valid JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  if (!json || typeof json !== 'object' || (json as { format?: unknown }).format !== EXPORT_FORMAT) {
    return { ok: false, error: `not a Clean Claim Coach progress file (expected "format": "${EXPORT_FORMAT}")` };
  }
  const r = ProgressExportSchema.safeParse(json);
  if (r.success) return { ok: true, state: r.data.state, ...(r.data.practice === undefined ? {} : { parts: { practice: r.data.practice } }) };
  const n = r.error.issues.length;
  const first = r.error.issues[0];
  // One plain sentence and the first problem, rather than every schema message.
  return { ok: false, error: `its progress is not in the shape this version reads (${n} problem${n === 1 ? '' : 's'}; the first is at ${first.path.map(String).join('.') || 'the top'}: ${first.message})` };
}

export interface ReduceContext {
  today: string;
  newId: () => string;
}

/**
 * The changes a trainee can make to the guide state. The sidebar protocol (src/shared/) carries
 * them as messages of the same shape; this layer does not import the protocol.
 */
export type StateMessage =
  | { type: 'setProfile'; profile: Profile }
  | { type: 'setStepDone'; stepId: string; done: boolean }
  | { type: 'setCycleStart'; body: Body; date: string | null }
  | { type: 'addCeu'; entry: CeuDraft }
  | { type: 'deleteCeu'; id: string };

const STATE_MESSAGE_TYPES: ReadonlySet<string> = new Set<StateMessage['type']>(['setProfile', 'setStepDone', 'setCycleStart', 'addCeu', 'deleteCeu']);

export function isStateMessage<M extends { type: string }>(m: M): m is Extract<M, { type: StateMessage['type'] }> {
  return STATE_MESSAGE_TYPES.has(m.type);
}

function addEntry(state: GuideState, draft: CeuDraft, ctx: ReduceContext): GuideState {
  const entry = { ...draft, id: ctx.newId() };
  const ceuLog = [...state.ceuLog, entry].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { ...state, ceuLog };
}

/** Applies one state-changing message; returns the same object when nothing changed. */
export function reduceGuideState(state: GuideState, msg: StateMessage, ctx: ReduceContext): GuideState {
  switch (msg.type) {
    case 'setProfile': {
      const profile = { ...msg.profile, credentialsHeld: [...new Set(msg.profile.credentialsHeld)], memberships: [...new Set(msg.profile.memberships)], training: [...new Set(msg.profile.training)] };
      return JSON.stringify(profile) === JSON.stringify(state.profile) ? state : { ...state, profile };
    }
    case 'setStepDone': {
      const has = msg.stepId in state.pathDone;
      if (has === msg.done) return state;
      const pathDone = { ...state.pathDone };
      if (msg.done) pathDone[msg.stepId] = ctx.today;
      else delete pathDone[msg.stepId];
      return { ...state, pathDone };
    }
    case 'setCycleStart': {
      const cycleStarts = { ...state.cycleStarts };
      if (msg.date) cycleStarts[msg.body] = msg.date;
      else delete cycleStarts[msg.body];
      return { ...state, cycleStarts };
    }
    case 'addCeu':
      return addEntry(state, msg.entry, ctx);
    case 'deleteCeu': {
      const ceuLog = state.ceuLog.filter((e) => e.id !== msg.id);
      return ceuLog.length === state.ceuLog.length ? state : { ...state, ceuLog };
    }
  }
}
