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

/** The options of a value, found in one pass that builds no token: a consumer that stops early
 *  (at the finding cap) or needs a few options (the last of each name) builds only those. A
 *  long list of options then leaves no object per option for the garbage collector to move. */
export interface OptionList {
  length: number;
  /** Token i, built on first use (the same object every time). */
  at(i: number): OptionToken;
  /** Option name of token i, without building the token. */
  key(i: number): string;
}

const keyOf = (t: string): string => {
  const eq = t.indexOf('=');
  return eq < 0 ? t : t.slice(0, eq);
};

const blank = (c: string): boolean => c === ' ' || c === '\t' || c === '\n';

export function optionList(a: Assignment): OptionList {
  const v = a.value;
  const text = v.text;
  const col = (i: number): number =>
    i < text.length ? colOf(v, i) : text.length ? endOf(v, text.length - 1) : v.start;
  const endCol = (i: number): number => (i > 0 ? endOf(v, i - 1) : v.start);
  // Start and end of each option in the decoded text.
  const spans: number[] = [];
  for (let i = 0; i < text.length;) {
    if (blank(text[i])) {
      i++;
      continue;
    }
    spans.push(i);
    while (i < text.length && !blank(text[i])) i++;
    spans.push(i);
  }
  const built = new Array<OptionToken | undefined>(spans.length / 2);
  const build = (n: number): OptionToken => {
    const s = spans[2 * n];
    const i = spans[2 * n + 1];
    // bash splits on tabs and newlines, NM only on spaces: look at the blanks before the option.
    let tab = false;
    for (let j = s - 1; j >= 0 && blank(text[j]); j--) if (text[j] !== ' ') tab = true;
    const t = text.slice(s, i);
    const key = keyOf(t);
    const k = s + key.length; // at the "=", or i without one
    return {
      text: t,
      key,
      value: k < i ? t.slice(key.length + 1) : undefined,
      start: col(s),
      end: endCol(i),
      keyStart: col(s),
      keyEnd: endCol(k),
      valueStart: k + 1 >= i ? endCol(i) : col(k + 1),
      valueEnd: endCol(i),
      textStart: s,
      textEnd: i,
      tabSeparated: tab,
    };
  };
  return {
    length: spans.length / 2,
    at: (n) => (built[n] ??= build(n)),
    key: (n) => keyOf(text.slice(spans[2 * n], spans[2 * n + 1])),
  };
}

/** An option list over tokens already built (a keyfile's [bond] entries). */
export const listOf = (tokens: OptionToken[]): OptionList => ({
  length: tokens.length,
  at: (n) => tokens[n],
  key: (n) => tokens[n].key,
});

/** Every token of the list, built. */
export const tokensOf = (l: OptionList): OptionToken[] => Array.from({ length: l.length }, (_, n) => l.at(n));

export const tokenizeOptions = (a: Assignment): OptionToken[] => tokensOf(optionList(a));
