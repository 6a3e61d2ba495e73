// Ping → pong with a webview: send a nonce, resolve when the page answers with it (or fail after a
// timeout). The guide uses it to ask its page what it currently shows (tests and diagnostics).
import { randomBytes } from 'crypto';

export class Pinger<Answer extends { nonce: string }> {
  private readonly pending = new Map<string, (answer: Answer) => void>();

  /** `send` posts the ping and says whether there was a page to post it to. */
  ping(send: (nonce: string) => boolean, timeoutMs: number): Promise<Answer> {
    const nonce = randomBytes(8).toString('hex');
    return new Promise<Answer>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(nonce);
        reject(new Error('the webview did not answer the ping'));
      }, timeoutMs);
      this.pending.set(nonce, (a) => {
        clearTimeout(timer);
        resolve(a);
      });
      if (!send(nonce)) {
        clearTimeout(timer);
        this.pending.delete(nonce);
        reject(new Error('the webview view is not resolved'));
      }
    });
  }

  /** The page answered. */
  answer(a: Answer): void {
    const done = this.pending.get(a.nonce);
    this.pending.delete(a.nonce);
    done?.(a);
  }
}
