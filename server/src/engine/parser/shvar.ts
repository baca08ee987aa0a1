// One pass over the value part of a `KEY=value` line, reading it the way NetworkManager's
// shvar.c does, while remembering where bash would read it differently. Each decoded
// character keeps the column it came from, so tokens inside a value (BONDING_OPTS options)
// map back to exact source ranges through quotes and escapes.

export type ValueIssueKind =
  | 'unquoted-space' // `A=x y`: bash runs/assigns `y`, NM drops the value
  | 'leading-space' // `A= x`: bash runs `x` with A empty, NM drops the value
  | 'extra-statement' // `A=x; y`: a second statement on the line
  | 'unterminated-quote'
  | 'trailing-backslash'
  | 'dq-expansion' // `$`/backtick inside "...": bash expands, NM drops the value
  | 'unquoted-expansion' // `$VAR` unquoted: bash expands, NM keeps it literally
  | 'metachar'; // unquoted | & ( ) < >

export interface ValueIssue {
  kind: ValueIssueKind;
  start: number;
  end: number;
}

export interface ParsedValue {
  /** The value as NM reads it when `nmValid`; otherwise the text the user evidently meant. */
  text: string;
  /** NM reads "" when false. */
  nmValid: boolean;
  /** map[i] = first source column that produced text[i] (a backslash for escapes); null when
   *  text[i] comes from column `offset + i` (plain values: no per-character arrays). */
  map: ArrayLike<number> | null;
  /** ends[i] = column just after the last source character that produced text[i]. */
  ends: ArrayLike<number> | null;
  offset: number;
  /** Columns of the quote characters that open and close quoted parts, in order (numbers, not
   *  objects: a hostile line of half a million quotes stays a flat array). */
  quotes: number[];
  /** Kind of quoting of the first (or only) quoted part; `none` if unquoted. */
  quoting: 'none' | 'single' | 'double' | 'ansi';
  issues: ValueIssue[];
  /** Column where the value starts (just after `=`). */
  start: number;
  /** Column where the shell word (or the meant text) ends. */
  end: number;
  /** Column of a trailing `#` comment, if any. */
  commentStart?: number;
}

const isWs = (c: string): boolean => c === ' ' || c === '\t' || c === '\r' || c === '\v' || c === '\f';
const META = '|&()<>';
const isNameStart = (c: string | undefined): boolean => c !== undefined && /[A-Za-z_{(0-9@*#?$!-]/.test(c);

/** First source column that produced text[i]. */
export function colOf(v: ParsedValue, i: number): number {
  return v.map ? v.map[i] : v.offset + i;
}

/** Column just after the source characters that produced text[i]. */
export function endOf(v: ParsedValue, i: number): number {
  return v.ends ? v.ends[i] : v.offset + i + 1;
}

// Values made only of these characters read the same for NM and bash: no arrays needed.
const PLAIN_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.:/+,@%=~^{}[]*?!-';
/** PLAIN_CHARS by char code: a table look-up per character instead of a regular expression
 *  per value (every value of every file is tested). */
const PLAIN_TABLE = (() => {
  const t = new Uint8Array(128);
  for (let i = 0; i < PLAIN_CHARS.length; i++) t[PLAIN_CHARS.charCodeAt(i)] = 1;
  return t;
})();
const isPlain = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || !PLAIN_TABLE[c]) return false;
  }
  return true;
};
const PLAIN_DQ = /^"[^"\\$`]*"$/;
// Shared by every plain value (thousands per workspace); never mutated.
const NO_ISSUES: ValueIssue[] = Object.freeze([]) as unknown as ValueIssue[];
const NO_QUOTES: number[] = Object.freeze([]) as unknown as number[];
const NO_COLUMNS: ArrayLike<number> = new Int32Array(0);

export function parseValue(s: string, start: number, lineEnd: number = s.length): ParsedValue {
  // Fast path: most values are a bare word or a simple double-quoted string, optionally
  // followed by blanks or a comment.
  let e0 = lineEnd;
  while (e0 > start && isWs(s[e0 - 1])) e0--;
  const raw = s.slice(start, e0);
  if (raw.length && isPlain(raw) && raw[0] !== '#' && !raw.includes('$')) {
    return {
      text: raw,
      nmValid: true,
      map: null,
      ends: null,
      offset: start,
      quotes: NO_QUOTES,
      quoting: 'none',
      issues: NO_ISSUES,
      start,
      end: e0,
    };
  }
  if (raw.length >= 2 && PLAIN_DQ.test(raw)) {
    return {
      text: raw.slice(1, -1),
      nmValid: true,
      map: null,
      ends: null,
      offset: start + 1,
      quotes: [start, e0 - 1],
      quoting: 'double',
      issues: NO_ISSUES,
      start,
      end: e0,
    };
  }
  const out: string[] = [];
  // Columns as 32-bit integers, sized for the rest of the line (each character of the text
  // comes from at least one source character): a hostile line of half a million quotes holds
  // two flat buffers the collector never copies, not two growing arrays of numbers.
  let map = new Int32Array(Math.max(8, lineEnd - start));
  let ends = new Int32Array(map.length);
  let n = 0;
  const quotes: number[] = [];
  const issues: ValueIssue[] = [];
  let quoting: ParsedValue['quoting'] = 'none';
  let nmValid = true;
  let commentStart: number | undefined;
  const e = lineEnd;
  let i = start;

  const push = (ch: string, col: number, end = col + 1): void => {
    out.push(ch);
    if (n === map.length) {
      const grown = new Int32Array(2 * n);
      grown.set(map);
      map = grown;
      const grownEnds = new Int32Array(2 * n);
      grownEnds.set(ends);
      ends = grownEnds;
    }
    map[n] = col;
    ends[n++] = end;
  };
  const fail = (kind: ValueIssueKind, a: number, b: number): void => {
    if (kind !== 'unquoted-expansion') nmValid = false;
    const end = Math.max(b, a + 1);
    // A run of the same problem (`|||…`, `$($(…`) is one issue, and a value never holds more
    // than a few: the work per value stays linear however hostile the line.
    const last = issues[issues.length - 1];
    if (last && last.kind === kind && a <= last.end) {
      last.end = Math.max(last.end, end);
      return;
    }
    if (issues.length < MAX_ISSUES) issues.push({ kind, start: a, end });
  };
  const next = nextIndex(s);

  // Leading whitespace: `KEY=` followed only by blanks or a comment is an empty value.
  if (i < e && isWs(s[i])) {
    let j = i;
    while (j < e && isWs(s[j])) j++;
    if (j >= e || s[j] === '#')
      return {
        text: '',
        nmValid: true,
        map: NO_COLUMNS,
        ends: NO_COLUMNS,
        offset: start,
        quotes,
        quoting,
        issues,
        start,
        end: start,
        commentStart: j < e ? j : undefined,
      };
    fail('leading-space', i, j);
    i = j;
  }

  // Reads one shell word. With `spaces` set, blanks are taken literally (used to recover
  // the meant value after NM has already given up on the line).
  const word = (spaces: boolean): void => {
    while (i < e) {
      const c = s[i];
      if (isWs(c)) {
        if (!spaces) return;
        let j = i;
        while (j < e && isWs(s[j])) j++;
        if (j >= e || s[j] === '#') return;
        for (; i < j; i++) push(s[i], i);
        continue;
      }
      if (c === ';' && !spaces) return;
      if (c === '\\') {
        if (i + 1 >= e) {
          fail('trailing-backslash', i, i + 1);
          i++;
          return;
        }
        push(s[i + 1], i, i + 2);
        i += 2;
      } else if (c === "'") {
        if (quoting === 'none') quoting = 'single';
        const close = s.indexOf("'", i + 1);
        quotes.push(i);
        if (close < 0 || close >= e) {
          fail('unterminated-quote', i, e);
          for (let j = i + 1; j < e; j++) push(s[j], j);
          i = e;
          return;
        }
        for (let j = i + 1; j < close; j++) push(s[j], j);
        quotes.push(close);
        i = close + 1;
      } else if (c === '$' && s[i + 1] === "'") {
        if (quoting === 'none') quoting = 'ansi';
        i = ansiC(s, i + 2, e, push, quotes, fail);
      } else if (c === '"') {
        if (quoting === 'none') quoting = 'double';
        quotes.push(i);
        let j = i + 1;
        for (; j < e && s[j] !== '"'; j++) {
          const d = s[j];
          if (d === '\\' && j + 1 < e) {
            const n = s[j + 1];
            if (n === '"' || n === '\\' || n === '$' || n === '`') {
              push(n, j, j + 2);
            } else {
              push('\\', j);
              push(n, j + 1);
            }
            j++;
          } else {
            if (d === '$' || d === '`') fail('dq-expansion', j, expansionEnd(s, j, e, next));
            push(d, j);
          }
        }
        if (j >= e) {
          fail('unterminated-quote', i, e);
          i = e;
          return;
        }
        quotes.push(j);
        i = j + 1;
      } else {
        if ((c === '$' && isNameStart(s[i + 1])) || c === '`')
          fail('unquoted-expansion', i, expansionEnd(s, i, e, next));
        else if (META.includes(c)) fail('metachar', i, i + 1);
        push(c, i);
        i++;
      }
    }
  };

  word(false);
  let end = i;
  // After the word: blanks, at most one `;`, then end of line or a comment.
  let t = i;
  while (t < e && isWs(s[t])) t++;
  let semis = 0;
  while (t < e && s[t] === ';') {
    semis++;
    t++;
    while (t < e && isWs(s[t])) t++;
  }
  if (t < e && s[t] === '#' && (t > i || semis > 0)) {
    commentStart = t;
  } else if (t < e || semis > 1) {
    if (semis > 0) {
      fail('extra-statement', i, e);
    } else {
      fail('unquoted-space', i, trimEnd(s, e));
      // Recover what the user meant: the rest of the line up to a comment.
      word(true);
      end = i;
      let k = i;
      while (k < e && isWs(s[k])) k++;
      if (k < e && s[k] === '#') commentStart = k;
    }
  }
  return {
    text: out.join(''),
    nmValid,
    map: map.subarray(0, n),
    ends: ends.subarray(0, n),
    offset: start,
    quotes,
    quoting,
    issues,
    start,
    end,
    commentStart,
  };
}

function trimEnd(s: string, e: number): number {
  let k = e;
  while (k > 0 && isWs(s[k - 1])) k--;
  return k;
}

/** Issues kept per value; later ones only make the value invalid. */
const MAX_ISSUES = 16;

/** indexOf for a scan that only moves forward: each search resumes where the last one ended,
 *  so `$($($(…` costs one pass over the line instead of one per `$(`. */
function nextIndex(s: string): (ch: string, from: number) => number {
  const found = new Map<string, { from: number; at: number }>();
  return (ch, from) => {
    const f = found.get(ch);
    if (f && from >= f.from && (f.at < 0 || f.at >= from)) return f.at;
    const at = s.indexOf(ch, f && from >= f.from && f.at >= 0 ? Math.max(from, f.at) : from);
    found.set(ch, { from, at });
    return at;
  };
}

function expansionEnd(s: string, i: number, e: number, next: (ch: string, from: number) => number): number {
  if (s[i] === '`') {
    const close = next('`', i + 1);
    return close > 0 && close < e ? close + 1 : i + 1;
  }
  let j = i + 1;
  if (s[j] === '{') {
    const close = next('}', j);
    return close > 0 && close < e ? close + 1 : j;
  }
  if (s[j] === '(') {
    const close = next(')', j);
    return close > 0 && close < e ? close + 1 : j;
  }
  while (j < e && /[A-Za-z0-9_]/.test(s[j])) j++;
  return Math.max(j, i + 2);
}

const ANSI = new Map<string, string>(
  Object.entries({
    a: '\x07',
    b: '\b',
    e: '\x1b',
    E: '\x1b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
    v: '\v',
    '\\': '\\',
    "'": "'",
    '"': '"',
    '?': '?',
  }),
);

function ansiC(
  s: string,
  i: number,
  e: number,
  push: (ch: string, col: number, end?: number) => void,
  quotes: number[],
  fail: (k: ValueIssueKind, a: number, b: number) => void,
): number {
  const open = i - 1;
  quotes.push(open);
  while (i < e && s[i] !== "'") {
    if (s[i] !== '\\' || i + 1 >= e) {
      push(s[i], i);
      i++;
      continue;
    }
    const n = s[i + 1];
    const esc = ANSI.get(n);
    if (esc !== undefined) {
      push(esc, i, i + 2);
      i += 2;
      continue;
    }
    const digits = (re: RegExp, max: number, from: number): string => {
      let d = '';
      while (d.length < max && from + d.length < e && re.test(s[from + d.length])) d += s[from + d.length];
      return d;
    };
    if (/[0-7]/.test(n)) {
      const d = digits(/[0-7]/, 3, i + 1);
      push(String.fromCharCode(parseInt(d, 8) & 0xff), i, i + 1 + d.length);
      i += 1 + d.length;
    } else if (n === 'x' || n === 'u' || n === 'U') {
      const d = digits(/[0-9A-Fa-f]/, n === 'x' ? 2 : n === 'u' ? 4 : 8, i + 2);
      if (!d) {
        push('\\', i);
        push(n, i + 1);
      } else {
        const cp = parseInt(d, 16);
        push(cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd', i, i + 2 + d.length);
      }
      i += 2 + d.length;
    } else {
      push('\\', i);
      push(n, i + 1);
      i += 2;
    }
  }
  if (i >= e) {
    fail('unterminated-quote', open - 1, e);
    return e;
  }
  quotes.push(i);
  return i + 1;
}
