// "Did you mean" suggestions by edit distance, bounded so long inputs stay cheap.

// Two rows of the edit-distance table, reused: unknown keys are common in real files and each
// one is compared with hundreds of known names.
let rowA = new Int32Array(65);
let rowB = new Int32Array(65);

/** Edit distance (insert, delete, substitute), or max + 1 once it must exceed `max`. */
export function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  if (rowA.length <= n) {
    rowA = new Int32Array(n + 1);
    rowB = new Int32Array(n + 1);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[n];
}

/** Lower-cased candidate lists, computed once per list (the lists are mostly catalog tables). */
const lowered = new WeakMap<readonly string[], string[]>();

// Bit-parallel edit distance (Myers 1999, in Hyyrö's form for whole strings): one machine word
// holds a column of the table, so comparing a word of up to 32 characters with a candidate costs
// one step per character of the candidate instead of one per cell. Unknown keys are common in
// real files and each is compared with every key of the catalog.
const peqAscii = new Int32Array(128);
const peqOther = new Map<number, number>();

function setPattern(p: string): void {
  peqAscii.fill(0);
  peqOther.clear();
  for (let i = 0; i < p.length; i++) {
    const c = p.charCodeAt(i);
    if (c < 128) peqAscii[c] |= 1 << i;
    else peqOther.set(c, (peqOther.get(c) ?? 0) | (1 << i));
  }
}

/** Edit distance from the pattern last given to setPattern (length m, 1..32) to `t`, or
 *  max + 1 once it must exceed `max`. */
function patternDistance(m: number, t: string, max: number): number {
  const n = t.length;
  if (Math.abs(m - n) > max) return max + 1;
  const high = 1 << (m - 1);
  let pv = -1;
  let mv = 0;
  let score = m;
  for (let j = 0; j < n; j++) {
    const c = t.charCodeAt(j);
    const eq = c < 128 ? peqAscii[c] : (peqOther.get(c) ?? 0);
    const xv = eq | mv;
    const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & high) score++;
    else if (mh & high) score--;
    // What is left of the candidate can lower the distance by one per character at most.
    if (score - (n - j - 1) > max) return max + 1;
    ph = (ph << 1) | 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
  }
  return score;
}

export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  if (word.length > 64) return undefined;
  const w = word.toLowerCase();
  const max = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  let lower = lowered.get(candidates);
  if (!lower) lowered.set(candidates, (lower = candidates.map((c) => c.toLowerCase())));
  const fast = w.length >= 1 && w.length <= 32;
  if (fast) setPattern(w);
  let best: string | undefined;
  let bestD = max + 1;
  for (let i = 0; i < lower.length; i++) {
    const d = fast ? patternDistance(w.length, lower[i], max) : distance(w, lower[i], max);
    if (d < bestD) {
      best = candidates[i];
      bestD = d;
    }
  }
  return best;
}

/** The bit-parallel distance, for tests: equal to distance() for words of 1 to 32 characters. */
export function fastDistance(a: string, b: string, max: number): number {
  setPattern(a);
  return patternDistance(a.length, b, max);
}
