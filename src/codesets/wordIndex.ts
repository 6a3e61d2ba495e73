// A word index over many short lower-case titles stored one after another in one string: a sorted
// vocabulary and, per word, the rows whose title holds it. A query word matches every vocabulary
// word it starts ("fract" → fracture, fractures), so a look-up is a binary search plus the rows of
// a few words. Built once, on the first word search (≈ 10 words a title, 4 bytes a posting).
// Pure: no fs, no vscode. Shared by every code system's search (ICD-10-CM, HCPCS).

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122);
}

export class WordIndex {
  /** Distinct words, sorted by string comparison. */
  private readonly vocab: string[];
  /** Postings of vocab[k]: rows[offsets[k] … offsets[k + 1]), ascending (a row may repeat). */
  private readonly offsets: Uint32Array;
  private readonly rows: Uint32Array;

  /** `text`: the lower-case titles; `starts`: count + 1 offsets, title i is text[starts[i], starts[i + 1]). */
  constructor(text: string, starts: ArrayLike<number>, count: number) {
    const ids = new Map<string, number>();
    const words: string[] = [];
    let pw = new Uint32Array(1 << 20);
    let pr = new Uint32Array(1 << 20);
    let n = 0;
    for (let i = 0; i < count; i++) {
      const s = starts[i];
      const e = starts[i + 1];
      let a = -1;
      for (let k = s; k <= e; k++) {
        if (k < e && isWordChar(text.charCodeAt(k))) {
          if (a < 0) a = k;
          continue;
        }
        if (a < 0) continue;
        const tok = text.slice(a, k);
        a = -1;
        let id = ids.get(tok);
        if (id === undefined) {
          id = words.length;
          ids.set(tok, id);
          words.push(tok);
        }
        if (n === pw.length) {
          const w2 = new Uint32Array(n * 2);
          w2.set(pw);
          pw = w2;
          const r2 = new Uint32Array(n * 2);
          r2.set(pr);
          pr = r2;
        }
        pw[n] = id;
        pr[n] = i;
        n++;
      }
    }
    const order = words.map((_, k) => k).sort((x, y) => (words[x] < words[y] ? -1 : words[x] > words[y] ? 1 : 0));
    const rank = new Uint32Array(words.length);
    order.forEach((id, r) => (rank[id] = r));
    const offsets = new Uint32Array(words.length + 1);
    for (let k = 0; k < n; k++) offsets[rank[pw[k]] + 1]++;
    for (let k = 0; k < words.length; k++) offsets[k + 1] += offsets[k];
    const fill = offsets.slice(0, words.length);
    const rows = new Uint32Array(n);
    for (let k = 0; k < n; k++) rows[fill[rank[pw[k]]]++] = pr[k];
    this.vocab = order.map((id) => words[id]);
    this.offsets = offsets;
    this.rows = rows;
  }

  /** The vocabulary range [lo, hi) of words starting with `prefix`. */
  range(prefix: string): [number, number] {
    const v = this.vocab;
    let lo = 0;
    let hi = v.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (v[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    while (end < v.length && v[end].startsWith(prefix)) end++;
    return [lo, end];
  }

  /** How many postings a range holds (an upper bound of its rows). */
  weight([lo, hi]: [number, number]): number {
    return this.offsets[hi] - this.offsets[lo];
  }

  /** The rows whose title holds a word of the range, ascending and distinct. */
  rowsOf([lo, hi]: [number, number]): Uint32Array {
    if (hi <= lo) return new Uint32Array(0);
    const all = this.rows.subarray(this.offsets[lo], this.offsets[hi]);
    const sorted = hi - lo === 1 ? all : all.slice().sort();
    let m = 0;
    const out = new Uint32Array(sorted.length);
    for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) out[m++] = sorted[k];
    return out.subarray(0, m);
  }
}
