// Persistence of the guide state (profile, path progress, CEU log) in context.globalState, with a
// schema version and zod validation on load. A stored value that does not validate is kept aside
// under another key (never silently dropped) and the caller is told so it can inform the user.
// No `vscode` import: the memento is passed in, so this is unit-testable in Node.
import type { GuideState } from '../../model/guidance';
import { loadGuideState, reduceGuideState, type StateMessage } from '../../guidance/state';
import { localToday } from '../../util/dates';

export const STATE_KEY = 'cleanClaimCoach.guide.state';
export const CORRUPT_KEY_PREFIX = 'cleanClaimCoach.guide.state.corrupt.';

/** The subset of vscode.Memento the store needs. */
export interface MementoLike {
  get<T>(key: string): T | undefined;
  update(key: string, value: unknown): Thenable<void>;
}

export interface OpenResult {
  store: GuideStore;
  /** Set when the stored state was unusable: where it was kept and why. */
  corrupt?: { key: string; problem: string };
}

type Listener = (state: GuideState) => void;

export class GuideStore {
  private listeners: Listener[] = [];
  private writing: Promise<void> = Promise.resolve();

  private constructor(
    private readonly memento: MementoLike,
    private state: GuideState,
    private readonly onWriteError: (e: unknown) => void,
    private readonly newId: () => string,
    private readonly now: () => Date,
  ) {}

  static open(
    memento: MementoLike,
    opts: { onWriteError: (e: unknown) => void; newId: () => string; now?: () => Date },
  ): OpenResult {
    const now = opts.now ?? (() => new Date());
    const raw = memento.get<unknown>(STATE_KEY);
    const loaded = loadGuideState(raw);
    const store = new GuideStore(memento, loaded.state, opts.onWriteError, opts.newId, now);
    if (loaded.kind === 'corrupt') {
      const key = `${CORRUPT_KEY_PREFIX}${now().toISOString()}`;
      store.chain(async () => {
        await memento.update(key, raw);
        await memento.update(STATE_KEY, loaded.state);
      });
      return { store, corrupt: { key, problem: loaded.problem } };
    }
    return { store };
  }

  get(): GuideState {
    return this.state;
  }

  onDidChange(listener: Listener): { dispose(): void } {
    this.listeners.push(listener);
    return { dispose: () => (this.listeners = this.listeners.filter((l) => l !== listener)) };
  }

  /** Applies a validated state message; persists and notifies only when something changed. */
  apply(msg: StateMessage): boolean {
    const next = reduceGuideState(this.state, msg, { today: localToday(this.now()), newId: this.newId });
    if (next === this.state) return false;
    this.set(next);
    return true;
  }

  /** Replaces the whole state (import). The caller has validated it. */
  replace(state: GuideState): void {
    this.set(state);
  }

  /** Resolves when every write so far has reached the memento. */
  flush(): Promise<void> {
    return this.writing;
  }

  private set(state: GuideState): void {
    this.state = state;
    this.chain(() => this.memento.update(STATE_KEY, state));
    for (const l of this.listeners) l(state);
  }

  private chain(write: () => Thenable<void> | Promise<void>): void {
    this.writing = this.writing.then(write).then(undefined, (e) => this.onWriteError(e));
  }
}
