// When to lint an open document, shared by the claim linter (linting.ts) and the 837P linter
// (x12/diagnostics.ts): a debounce per document, a run started now on request (lintNow), and the
// one rule that keeps diagnostics current — a run publishes only if the document still has the text
// it linted and was not closed meanwhile. A newer run of the SAME text (a save, a reconfigure, a
// provider's lintNow) is no reason to drop one: callers waiting on it would get nothing.
import type * as vscode from 'vscode';

export interface LintJob<Setup, Entry> {
  /** Whether this document is linted at all (by file name or content). */
  accepts(doc: vscode.TextDocument): boolean;
  /** The asynchronous part (configuration, code sets); the text may change while it runs. */
  prepare(doc: vscode.TextDocument): Promise<Setup>;
  /** Lints `text` (version `version` of `doc`, still current) and publishes the result. */
  publish(doc: vscode.TextDocument, text: string, version: number, setup: Setup): Entry;
  /** A run threw (a bug: the engines do not throw on bad input). */
  failed(doc: vscode.TextDocument, error: unknown): void;
}

export class LintScheduler<Setup, Entry> {
  private readonly generation = new Map<string, number>();
  /** Bumped when a document's state is dropped (closed, deleted): a run started before must not publish. */
  private readonly resets = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private inFlight = 0;
  /** Number of lint runs started (tests use it to prove closed documents are not linted). */
  runs = 0;

  constructor(private readonly job: LintJob<Setup, Entry>) {}

  /** Lints scheduled (debounce timer set) or running: tests wait for 0 instead of sleeping. */
  get pending(): number {
    return this.timers.size + this.inFlight;
  }

  /** Lints `doc` after `delay` ms, unless it changes again first (then the later change's run counts). */
  schedule(doc: vscode.TextDocument, delay: number): void {
    if (doc.isClosed || !this.job.accepts(doc)) return;
    const key = doc.uri.toString();
    const gen = this.bump(key);
    this.clearTimer(key);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.run(doc, gen);
      }, delay),
    );
  }

  /** Lints now (no debounce) and resolves with the published entry (undefined if the text changed meanwhile). */
  lintNow(doc: vscode.TextDocument): Promise<Entry | undefined> {
    if (!this.job.accepts(doc)) return Promise.resolve(undefined);
    const key = doc.uri.toString();
    this.clearTimer(key); // this run covers the pending one's text or newer
    return this.run(doc, this.bump(key));
  }

  /** The document's state goes: a run pending or in flight for it will not publish. */
  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.clearTimer(key);
    this.bump(key);
    this.resets.set(key, (this.resets.get(key) ?? 0) + 1);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }

  private bump(key: string): number {
    const gen = (this.generation.get(key) ?? 0) + 1;
    this.generation.set(key, gen);
    return gen;
  }

  private clearTimer(key: string): void {
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    this.timers.delete(key);
  }

  private async run(doc: vscode.TextDocument, gen: number): Promise<Entry | undefined> {
    const key = doc.uri.toString();
    // A newer schedule or lintNow took over before this one started.
    if (doc.isClosed || this.generation.get(key) !== gen) return undefined;
    this.runs++;
    this.inFlight++;
    const text = doc.getText();
    const version = doc.version;
    const reset = this.resets.get(key) ?? 0;
    try {
      const setup = await this.job.prepare(doc);
      // Closed or forgotten meanwhile: nothing to show.
      if (doc.isClosed || (this.resets.get(key) ?? 0) !== reset) return undefined;
      if (doc.version !== version) {
        // Out of date: a newer edit's own run publishes. If none was started after this one (an edit
        // whose change event was not seen), start one, so the diagnostics never stay behind the text.
        if (this.generation.get(key) === gen) this.schedule(doc, 0);
        return undefined;
      }
      return this.job.publish(doc, text, version, setup);
    } catch (e) {
      this.job.failed(doc, e);
      return undefined;
    } finally {
      this.inFlight--;
    }
  }
}
