// Splits an option string (BONDING_OPTS, BRIDGING_OPTS) into `key=value` tokens whose
// ranges point back into the source line through quotes and escapes.
import type { Assignment } from './document';
import { colOf, endOf, ParsedValue } from './shvar';

export interface OptionToken {
  /** Token text as decoded. */
  text: string;
  key: string;
  /** Undefined when the token has no `=`. */
  value?: string;
  /** Source line when it differs from the assignment's (keyfile [bond]: one option per line). */
  line?: number;
  /** Source columns (line = assignment.line). */
  start: number;
  end: number;
  keyStart: number;
  keyEnd: number;
  valueStart: number;
  valueEnd: number;
  /** Index of the token in decoded text (start/end). */
  textStart: number;
  textEnd: number;
  /** True if a tab or newline (not a space) separates this token from the previous one:
   *  bash splits there, NM does not. */
  tabSeparated: boolean;
}

export function tokenizeOptions(a: Assignment): OptionToken[] {
  const v = a.value;
  const text = v.text;
  const tokens: OptionToken[] = [];
  let i = 0;
  let tab = false;
  while (i < text.length) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n') {
      if (c !== ' ') tab = true;
      i++;
      continue;
    }
    const s = i;
    let eq = -1;
    for (; i < text.length && text[i] !== ' ' && text[i] !== '\t' && text[i] !== '\n'; i++)
      if (eq < 0 && text[i] === '=') eq = i;
    const key = eq < 0 ? text.slice(s, i) : text.slice(s, eq);
    const value = eq < 0 ? undefined : text.slice(eq + 1, i);
    tokens.push(new ValueToken(v, key, value, s, i, tab));
    tab = false;
  }
  return tokens;
}

/** Column of the source character that produced text[i] (past the end: after the last). */
const colAt = (v: ParsedValue, i: number): number =>
  i < v.text.length ? colOf(v, i) : v.text.length ? endOf(v, v.text.length - 1) : v.start;

/** Column just after the source characters of text[0..i). */
const endAt = (v: ParsedValue, i: number): number => (i > 0 ? endOf(v, i - 1) : v.start);

/**
 * A token of an ifcfg value: the strings rules compare, and the offsets its source columns
 * are worked out from when a finding or an edit asks for them. A value of a hundred thousand
 * options stays small (no column fields nor token text kept per option): its size, not the
 * garbage collector, sets the cost.
 */
class ValueToken implements OptionToken {
  constructor(
    private readonly v: ParsedValue,
    readonly key: string,
    readonly value: string | undefined,
    readonly textStart: number,
    readonly textEnd: number,
    readonly tabSeparated: boolean,
  ) {}

  get text(): string {
    return this.v.text.slice(this.textStart, this.textEnd);
  }
  get start(): number {
    return colAt(this.v, this.textStart);
  }
  get keyStart(): number {
    return this.start;
  }
  get end(): number {
    return endAt(this.v, this.textEnd);
  }
  get valueEnd(): number {
    return this.end;
  }
  get keyEnd(): number {
    return endAt(this.v, this.textStart + this.key.length);
  }
  get valueStart(): number {
    const at = this.textStart + this.key.length + 1;
    return this.value === undefined || at >= this.textEnd ? this.end : colAt(this.v, at);
  }
}
