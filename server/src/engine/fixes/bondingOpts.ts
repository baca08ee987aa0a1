// Edits inside BONDING_OPTS that keep the user's quoting, token order and mode style.
import { BondOption } from '../catalog/bonding';
import type { Assignment } from '../parser/document';
import { OptionToken } from '../parser/options';
import { TextEdit } from '../types';
import { dquote } from './edits';
import { colOf, endOf } from '../parser/shvar';
import { lineSpan } from '../util/lineSpan';

/** What the builders need of a bond's options (a BondConfig of the model has it): the
 *  BONDING_OPTS assignment, and whether the file writes modes as numbers. */
export interface OptionsSite {
  assignment: Assignment;
  numericStyle: boolean;
}

/** A value for an enum option in the file's style: numbers if `mode` is numeric, else names. */
export function styled(b: OptionsSite, o: BondOption, name: string): string {
  const v = o.values?.find((x) => x.name === name);
  return b.numericStyle && v ? String(v.num) : name;
}

export function appendOption(b: OptionsSite, token: string): TextEdit {
  const a = b.assignment;
  const v = a.value;
  const line = a.line;
  const last = v.quotes[v.quotes.length - 1];
  if (v.nmValid && last !== undefined && last === v.end - 1 && v.quotes.length % 2 === 0) {
    const sep = v.text.length === 0 || /\s$/.test(v.text) ? '' : ' ';
    return {
      range: { start: { line, character: last }, end: { line, character: last } },
      newText: sep + token,
    };
  }
  const joined = v.text.trim().length ? `${v.text.trim()} ${token}` : token;
  return { range: { start: { line, character: v.start }, end: { line, character: v.end } }, newText: dquote(joined) };
}

export function removeOption(b: OptionsSite, t: OptionToken): TextEdit {
  const a = b.assignment;
  const text = a.value.text;
  let start = t.start;
  let end = t.end;
  // Take one separating blank with the token, preferring the one before it.
  if (t.textStart > 0 && /\s/.test(text[t.textStart - 1])) start = colOf(a.value, t.textStart - 1);
  else if (t.textEnd < text.length && /\s/.test(text[t.textEnd])) end = endOf(a.value, t.textEnd);
  return { range: lineSpan(a.line, start, end), newText: '' };
}

export function replaceOptionValue(b: OptionsSite, t: OptionToken, value: string): TextEdit {
  const line = b.assignment.line;
  if (t.value === undefined) {
    return { range: { start: { line, character: t.end }, end: { line, character: t.end } }, newText: '=' + value };
  }
  return { range: { start: { line, character: t.valueStart }, end: { line, character: t.valueEnd } }, newText: value };
}

/** Rewrites the whole option list (used when several tokens change at once). */
export function rewriteOptions(b: OptionsSite, tokens: string[]): TextEdit {
  const a = b.assignment;
  const line = a.line;
  return {
    range: { start: { line, character: a.value.start }, end: { line, character: a.value.end } },
    newText: dquote(tokens.join(' ')),
  };
}

export function renameOption(b: OptionsSite, t: OptionToken, name: string): TextEdit {
  const line = t.line ?? b.assignment.line;
  return { range: { start: { line, character: t.keyStart }, end: { line, character: t.keyEnd } }, newText: name };
}

/** Puts `key=value` first: inside the quotes when the list is quoted; an unquoted list is
 *  written again, quoted, since a blank would end the word (NM drops the value, bash runs the rest). */
export function prependOption(b: OptionsSite & { tokens: OptionToken[] }, token: string): TextEdit {
  const a = b.assignment;
  const first = b.tokens[0];
  if (!first) return appendOption(b, token);
  if (insideQuotes(a, first.start))
    return {
      range: lineSpan(a.line, first.start, first.start),
      newText: `${token} `,
    };
  return rewriteOptions(b, [token, ...b.tokens.map((t) => t.text)]);
}

/** True when a column of the value lies between an opening and a closing quote. */
function insideQuotes(a: Assignment, col: number): boolean {
  const v = a.value;
  if (!v.nmValid) return false;
  let before = 0;
  for (const q of v.quotes) if (q < col) before++;
  return before % 2 === 1 && v.quotes.some((q) => q >= col);
}
