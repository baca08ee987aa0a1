// A slower, denser deflate encoder for what ships in the .vsix (raw deflate, RFC 1951, so every
// unzip reads it). zlib picks matches greedily; this one finds the cheapest parse of each block
// for a bit-cost model, re-estimates the model from that parse and repeats, then cuts the file
// into blocks where the statistics change. Its output is inflated again and compared with the
// input, and zlib's best level is used whenever that is not smaller.
import { deflateRawSync, inflateRawSync } from 'zlib';

const WINDOW = 32768;
const MIN_MATCH = 3;
const MAX_MATCH = 258;
/** How many earlier occurrences of a 3-byte prefix are tried per position (zlib -9: 4096). */
const MAX_CHAIN = 4096;

const LEN_BASE = [
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
];
const LEN_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
  8193, 12289, 16385, 24577,
];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const CL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** Length (3..258) → length code index 0..28; distance (1..32768) → distance code 0..29. */
const LEN_CODE = new Uint8Array(MAX_MATCH + 1);
for (let c = 0; c < 29; c++) for (let l = LEN_BASE[c]; l < (c < 28 ? LEN_BASE[c + 1] : 259); l++) LEN_CODE[l] = c;
LEN_CODE[258] = 28;
const DIST_CODE = new Uint8Array(WINDOW + 1);
for (let c = 0; c < 30; c++)
  for (let d = DIST_BASE[c]; d < (c < 29 ? DIST_BASE[c + 1] : WINDOW + 1); d++) DIST_CODE[d] = c;

/**
 * For every position, the matches worth considering: each entry is the longest length reachable
 * at a distance, with every shorter length reachable at that distance or a nearer one. Stored
 * flat: entries of position i are at [start[i], start[i + 1]).
 */
function findMatches(data) {
  const n = data.length;
  const head = new Int32Array(1 << 16).fill(-1);
  const prev = new Int32Array(n);
  const start = new Int32Array(n + 1);
  let lens = new Uint16Array(n * 2);
  let dists = new Uint16Array(n * 2);
  let count = 0;
  for (let i = 0; i < n; i++) {
    start[i] = count;
    if (i + MIN_MATCH > n) continue;
    const h = ((data[i] << 8) ^ (data[i + 1] << 4) ^ data[i + 2]) & 0xffff;
    const max = Math.min(MAX_MATCH, n - i);
    let best = MIN_MATCH - 1;
    let chain = MAX_CHAIN;
    for (let p = head[h]; p >= 0 && i - p <= WINDOW && chain-- > 0; p = prev[p]) {
      if (data[p + best] !== data[i + best] || data[p] !== data[i]) continue;
      let l = 0;
      while (l < max && data[p + l] === data[i + l]) l++;
      if (l > best) {
        if (count === lens.length) {
          const grow = (a) => {
            const b = new Uint16Array(a.length * 2);
            b.set(a);
            return b;
          };
          lens = grow(lens);
          dists = grow(dists);
        }
        lens[count] = l;
        dists[count] = i - p;
        count++;
        best = l;
        if (l === max) break;
      }
    }
    prev[i] = head[h];
    head[h] = i;
  }
  start[n] = count;
  return { start, lens, dists };
}

/** Code lengths for the frequencies, none longer than maxBits (package-merge). At least two
 *  symbols get a code, so the code is complete, as zlib's inflate expects. */
function codeLengths(freqs, maxBits) {
  const lengths = new Uint8Array(freqs.length);
  const used = [];
  for (let s = 0; s < freqs.length; s++) if (freqs[s] > 0) used.push(s);
  for (let s = 0; used.length < 2; s++) if (!freqs[s]) used.push(s);
  const leaves = used.map((s) => ({ w: freqs[s] || 1, s })).sort((a, b) => a.w - b.w || a.s - b.s);
  let list = leaves;
  for (let level = 1; level < maxBits; level++) {
    const packages = [];
    for (let j = 0; j + 1 < list.length; j += 2)
      packages.push({ w: list[j].w + list[j + 1].w, a: list[j], b: list[j + 1] });
    const merged = [];
    let x = 0;
    let y = 0;
    while (x < leaves.length || y < packages.length)
      merged.push(
        y >= packages.length || (x < leaves.length && leaves[x].w <= packages[y].w) ? leaves[x++] : packages[y++],
      );
    list = merged;
  }
  const count = (node) => {
    if (node.s !== undefined) lengths[node.s]++;
    else {
      count(node.a);
      count(node.b);
    }
  };
  for (let j = 0; j < 2 * leaves.length - 2; j++) count(list[j]);
  return lengths;
}

/** The code-length symbols (with their extra values) that describe both trees' lengths. */
function lengthRuns(lens) {
  const out = [];
  for (let i = 0; i < lens.length;) {
    const v = lens[i];
    let run = 1;
    while (i + run < lens.length && lens[i + run] === v) run++;
    let left = run;
    if (v === 0) {
      while (left >= 11) {
        const r = Math.min(left, 138);
        out.push([18, r - 11]);
        left -= r;
      }
      if (left >= 3) {
        out.push([17, left - 3]);
        left = 0;
      }
    } else {
      out.push([v, 0]);
      left--;
      while (left >= 3) {
        const r = Math.min(left, 6);
        out.push([16, r - 3]);
        left -= r;
      }
    }
    while (left-- > 0) out.push([v, 0]);
    i += run;
  }
  return out;
}

const CL_EXTRA = { 16: 2, 17: 3, 18: 7 };

/** Everything a dynamic block's header needs, and its size in bits. */
function blockHeader(llLens, dLens) {
  let hlit = 286;
  while (hlit > 257 && llLens[hlit - 1] === 0) hlit--;
  let hdist = 30;
  while (hdist > 1 && dLens[hdist - 1] === 0) hdist--;
  const all = new Uint8Array(hlit + hdist);
  all.set(llLens.subarray(0, hlit));
  all.set(dLens.subarray(0, hdist), hlit);
  const runs = lengthRuns(all);
  const clFreq = new Uint32Array(19);
  for (const [s] of runs) clFreq[s]++;
  const clLens = codeLengths(clFreq, 7);
  let hclen = 19;
  while (hclen > 4 && clLens[CL_ORDER[hclen - 1]] === 0) hclen--;
  let bits = 5 + 5 + 4 + 3 * hclen;
  for (const [s] of runs) bits += clLens[s] + (CL_EXTRA[s] ?? 0);
  return { hlit, hdist, hclen, runs, clLens, bits };
}

/** Symbol statistics of a parse: literal/length and distance frequencies, extra bits. */
class Stats {
  ll = new Float64Array(286);
  d = new Float64Array(30);
  extra = 0;
  add(o) {
    for (let s = 0; s < 286; s++) this.ll[s] += o.ll[s];
    for (let s = 0; s < 30; s++) this.d[s] += o.d[s];
    this.extra += o.extra;
    return this;
  }
}

function statsOf(items, from, to) {
  const st = new Stats();
  for (let k = from; k < to; k++) {
    const { len, dist, lit } = items[k];
    if (len === 0) st.ll[lit]++;
    else {
      const lc = LEN_CODE[len];
      const dc = DIST_CODE[dist];
      st.ll[257 + lc]++;
      st.d[dc]++;
      st.extra += LEN_EXTRA[lc] + DIST_EXTRA[dc];
    }
  }
  return st;
}

/** Bits of one dynamic block with these statistics (end-of-block included). */
function blockBits(st) {
  const ll = Float64Array.from(st.ll);
  ll[256] = 1;
  const llLens = codeLengths(ll, 15);
  const dLens = codeLengths(st.d, 15);
  let bits = 3 + blockHeader(llLens, dLens).bits + st.extra;
  for (let s = 0; s < 286; s++) bits += ll[s] * llLens[s];
  for (let s = 0; s < 30; s++) bits += st.d[s] * dLens[s];
  return bits;
}

/** Bit costs of each symbol under statistics (entropy, so rare symbols cost more). */
function costModel(st) {
  const llTotal = st.ll.reduce((a, b) => a + b, 0) + 1;
  const dTotal = st.d.reduce((a, b) => a + b, 0);
  const ll = new Float64Array(286);
  for (let s = 0; s < 286; s++) ll[s] = Math.log2(llTotal / (st.ll[s] || 0.5));
  const d = new Float64Array(30);
  for (let s = 0; s < 30; s++) d[s] = dTotal ? Math.log2(dTotal / (st.d[s] || 0.5)) : 5;
  return model(ll, d);
}

/** The fixed Huffman code's costs: a start before any statistics exist. */
function fixedModel() {
  const ll = new Float64Array(286);
  for (let s = 0; s < 286; s++) ll[s] = s < 144 ? 8 : s < 256 ? 9 : s < 280 ? 7 : 8;
  return model(ll, new Float64Array(30).fill(5));
}

function model(ll, d) {
  const len = new Float64Array(MAX_MATCH + 1);
  for (let l = MIN_MATCH; l <= MAX_MATCH; l++) len[l] = ll[257 + LEN_CODE[l]] + LEN_EXTRA[LEN_CODE[l]];
  const dist = new Float64Array(30);
  for (let c = 0; c < 30; c++) dist[c] = d[c] + DIST_EXTRA[c];
  return { lit: ll, len, dist };
}

/** The cheapest parse of data[from, to) under a cost model (shortest path over positions). */
function cheapestParse(data, m, from, to, cm) {
  const n = to - from;
  const cost = new Float64Array(n + 1).fill(Infinity);
  const stepLen = new Uint16Array(n + 1);
  const stepDist = new Uint16Array(n + 1);
  cost[0] = 0;
  for (let i = 0; i < n; i++) {
    const c = cost[i];
    const lit = c + cm.lit[data[from + i]];
    if (lit < cost[i + 1]) {
      cost[i + 1] = lit;
      stepLen[i + 1] = 1;
      stepDist[i + 1] = 0;
    }
    let shorter = MIN_MATCH;
    const limit = n - i;
    for (let e = m.start[from + i]; e < m.start[from + i + 1]; e++) {
      const dist = m.dists[e];
      const longest = Math.min(m.lens[e], limit);
      const dc = c + cm.dist[DIST_CODE[dist]];
      for (let l = shorter; l <= longest; l++) {
        const total = dc + cm.len[l];
        if (total < cost[i + l]) {
          cost[i + l] = total;
          stepLen[i + l] = l;
          stepDist[i + l] = dist;
        }
      }
      shorter = Math.max(shorter, longest + 1);
    }
  }
  const items = [];
  for (let j = n; j > 0;) {
    const l = stepLen[j];
    items.push(stepDist[j] ? { len: l, dist: stepDist[j], lit: 0 } : { len: 0, dist: 0, lit: data[from + j - 1] });
    j -= l;
  }
  return items.reverse();
}

/** Re-parses with the statistics of the previous parse until it stops getting smaller. */
function refine(data, m, from, to, items, iterations) {
  let best = items;
  let bestBits = blockBits(statsOf(items, 0, items.length));
  for (let it = 0; it < iterations; it++) {
    const next = cheapestParse(data, m, from, to, costModel(statsOf(best, 0, best.length)));
    const bits = blockBits(statsOf(next, 0, next.length));
    if (bits >= bestBits) break;
    best = next;
    bestBits = bits;
  }
  return best;
}

/** Cuts a parse into blocks: start from small pieces, join the neighbours that are cheaper as one,
 *  then move each cut while that makes its two blocks cheaper. */
function splitBlocks(items) {
  const PIECE = 128;
  const blocks = [];
  for (let a = 0; a < items.length; a += PIECE) {
    const st = statsOf(items, a, Math.min(items.length, a + PIECE));
    blocks.push({ a, b: Math.min(items.length, a + PIECE), st, bits: blockBits(st) });
  }
  const joined = (x, y) => {
    const st = new Stats().add(x.st).add(y.st);
    return { a: x.a, b: y.b, st, bits: blockBits(st) };
  };
  let gains = blocks.slice(1).map((y, k) => joined(blocks[k], y));
  for (;;) {
    let pick = -1;
    let most = 0;
    gains.forEach((j, k) => {
      const gain = blocks[k].bits + blocks[k + 1].bits - j.bits;
      if (gain > most) {
        most = gain;
        pick = k;
      }
    });
    if (pick < 0) break;
    blocks.splice(pick, 2, gains[pick]);
    gains.splice(pick, 1);
    if (pick > 0) gains[pick - 1] = joined(blocks[pick - 1], blocks[pick]);
    if (pick < blocks.length - 1) gains[pick] = joined(blocks[pick], blocks[pick + 1]);
  }
  const block = (a, b) => {
    const st = statsOf(items, a, b);
    return { a, b, st, bits: blockBits(st) };
  };
  for (let round = 0, moved = true; moved && round < 5; round++) {
    moved = false;
    for (let k = 0; k + 1 < blocks.length; k++) {
      const [x, y] = [blocks[k], blocks[k + 1]];
      let best = [x, y];
      for (let step = -16; step <= 16; step++) {
        const cut = x.b + (step * PIECE) / 2;
        if (step === 0 || cut <= x.a || cut >= y.b) continue;
        const pair = [block(x.a, cut), block(cut, y.b)];
        if (pair[0].bits + pair[1].bits < best[0].bits + best[1].bits - 1) best = pair;
      }
      if (best[0] !== x) {
        blocks.splice(k, 2, ...best);
        moved = true;
      }
    }
  }
  return blocks.map((x) => [x.a, x.b]);
}

class BitWriter {
  buf = new Uint8Array(1 << 16);
  pos = 0;
  acc = 0;
  n = 0;
  bits(value, count) {
    for (let k = 0; k < count; k++) {
      this.acc |= ((value >>> k) & 1) << this.n;
      if (++this.n === 8) this.byte();
    }
  }
  /** A Huffman code: most significant bit first. */
  code(code, len) {
    for (let k = len - 1; k >= 0; k--) this.bits((code >>> k) & 1, 1);
  }
  byte() {
    if (this.pos === this.buf.length) {
      const b = new Uint8Array(this.buf.length * 2);
      b.set(this.buf);
      this.buf = b;
    }
    this.buf[this.pos++] = this.acc;
    this.acc = 0;
    this.n = 0;
  }
  finish() {
    if (this.n) this.byte();
    return this.buf.subarray(0, this.pos);
  }
}

/** Canonical codes for code lengths (RFC 1951, 3.2.2). */
function canonical(lens) {
  const blCount = new Uint16Array(16);
  for (const l of lens) if (l) blCount[l]++;
  const next = new Uint16Array(16);
  let code = 0;
  for (let b = 1; b < 16; b++) {
    code = (code + blCount[b - 1]) << 1;
    next[b] = code;
  }
  return Array.from(lens, (l) => (l ? next[l]++ : 0));
}

function writeBlock(w, items, last) {
  const st = statsOf(items, 0, items.length);
  st.ll[256] = 1;
  const llLens = codeLengths(st.ll, 15);
  const dLens = codeLengths(st.d, 15);
  const h = blockHeader(llLens, dLens);
  w.bits(last ? 1 : 0, 1);
  w.bits(2, 2);
  w.bits(h.hlit - 257, 5);
  w.bits(h.hdist - 1, 5);
  w.bits(h.hclen - 4, 4);
  for (let k = 0; k < h.hclen; k++) w.bits(h.clLens[CL_ORDER[k]], 3);
  const clCodes = canonical(h.clLens);
  for (const [s, extra] of h.runs) {
    w.code(clCodes[s], h.clLens[s]);
    if (CL_EXTRA[s]) w.bits(extra, CL_EXTRA[s]);
  }
  const llCodes = canonical(llLens);
  const dCodes = canonical(dLens);
  for (const { len, dist, lit } of items) {
    if (len === 0) {
      w.code(llCodes[lit], llLens[lit]);
      continue;
    }
    const lc = LEN_CODE[len];
    w.code(llCodes[257 + lc], llLens[257 + lc]);
    w.bits(len - LEN_BASE[lc], LEN_EXTRA[lc]);
    const dc = DIST_CODE[dist];
    w.code(dCodes[dc], dLens[dc]);
    w.bits(dist - DIST_BASE[dc], DIST_EXTRA[dc]);
  }
  w.code(llCodes[256], llLens[256]);
}

/** Raw deflate of `bytes` by cheapest parse, unchecked (deflateDense checks it). */
export function encodeDense(bytes, { iterations = 15 } = {}) {
  const w = new BitWriter();
  const m = findMatches(bytes);
  const whole = refine(bytes, m, 0, bytes.length, cheapestParse(bytes, m, 0, bytes.length, fixedModel()), 3);
  const blocks = whole.length ? splitBlocks(whole) : [[0, 0]];
  let at = 0;
  blocks.forEach(([a, b], k) => {
    let size = 0;
    for (let j = a; j < b; j++) size += whole[j].len || 1;
    const items = refine(bytes, m, at, at + size, whole.slice(a, b), iterations);
    writeBlock(w, items, k === blocks.length - 1);
    at += size;
  });
  return w.finish();
}

/** Raw deflate of `data`, at most as large as zlib's level 9, checked by inflating it again. */
export function deflateDense(data, o) {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const zlib = deflateRawSync(bytes, { level: 9, memLevel: 9 });
  const out = encodeDense(bytes, o);
  if (out.length >= zlib.length || !Buffer.from(inflateRawSync(out)).equals(Buffer.from(bytes))) return zlib;
  return Buffer.from(out);
}
