// Splits an option string (BONDING_OPTS, BRIDGING_OPTS) into `key=value` tokens whose
// ranges point back into the source line through quotes and escapes.
import type { Assignment } from './document';
import { colOf, endOf } from './shvar';

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
  const col = (i: number): number =>
    i < text.length ? colOf(v, i) : text.length ? endOf(v, text.length - 1) : v.start;
  const endCol = (i: number): number => (i > 0 ? endOf(v, i - 1) : v.start);
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
    while (i < text.length && text[i] !== ' ' && text[i] !== '\t' && text[i] !== '\n') i++;
    const t = text.slice(s, i);
    const eq = t.indexOf('=');
    const key = eq < 0 ? t : t.slice(0, eq);
    const value = eq < 0 ? undefined : t.slice(eq + 1);
    const keyEndIdx = s + key.length;
    tokens.push({
      text: t,
      key,
      value,
      start: col(s),
      end: endCol(i),
      keyStart: col(s),
      keyEnd: endCol(keyEndIdx),
      valueStart: eq < 0 || keyEndIdx + 1 >= i ? endCol(i) : col(keyEndIdx + 1),
      valueEnd: endCol(i),
      textStart: s,
      textEnd: i,
      tabSeparated: tab,
    });
    tab = false;
  }
  return tokens;
}
