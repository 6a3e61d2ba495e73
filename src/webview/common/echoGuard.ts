// Keeps a webview's local edit from being overwritten by an older echo of the extension's state.
//
// The webview sends an edit (debounced), the extension stores it and posts its whole state back.
// Messages are in order each way, but the two directions are not in step: the echo of an earlier
// send can arrive after the user has typed more and a newer value has been sent. Without a guard
// the field jumps back to the older value until the newer echo arrives (seen on a loaded machine).
//
// Pure (no DOM): the webview calls `sent(value)` when it posts an edit and `accept(value)` for every
// value the extension posts; `accept` says whether to show that value.

import { stableJson } from '../../util/stableJson';

export interface EchoGuardOptions {
  /** After this long without our own echo, any value from the extension is taken again (ms). */
  readonly expireMs?: number;
  readonly now?: () => number;
}

export class EchoGuard<T> {
  private pendingKey: string | undefined;
  private pendingSince = 0;
  private readonly expireMs: number;
  private readonly now: () => number;

  constructor(options: EchoGuardOptions = {}) {
    this.expireMs = options.expireMs ?? 3000;
    this.now = options.now ?? (() => Date.now());
  }

  /** The webview has posted `value`; until it comes back, other values from the extension are stale. */
  sent(value: T): void {
    this.pendingKey = stableJson(value);
    this.pendingSince = this.now();
  }

  /** A value the extension posted: true when the webview should show it. */
  accept(value: T): boolean {
    if (this.pendingKey === undefined) return true;
    if (stableJson(value) === this.pendingKey) {
      this.pendingKey = undefined; // our latest edit is stored
      return true;
    }
    if (this.now() - this.pendingSince >= this.expireMs) {
      // The extension did not store our value as sent (another window, an import, a failed write):
      // what it holds now wins.
      this.pendingKey = undefined;
      return true;
    }
    return false;
  }

  /** How long until a stale-looking value would be taken anyway (ms, 0 when nothing is pending). */
  msUntilExpiry(): number {
    return this.pendingKey === undefined ? 0 : Math.max(0, this.pendingSince + this.expireMs - this.now());
  }
}
