// Edits inside BONDING_OPTS that keep the user's quoting, token order and mode style.
import { BondOption } from '../catalog/bonding';
import { BondConfig } from '../model/profile';
import { OptionToken } from '../parser/options';
import { TextEdit } from '../types';
import { dquote } from './edits';
import { colOf, endOf } from '../parser/shvar';

/** A value for an enum option in the file's style: numbers if `mode` is numeric, else names. */
export function styled(b: BondConfig, o: BondOption, name: string): string {
  const v = o.values?.find((x) => x.name === name);
  return b.numericStyle && v ? String(v.num) : name;
}

export function appendOption(b: BondConfig, token: string): TextEdit {
  const a = b.assignment;
  const v = a.value;
  const line = a.line;
  const last = v.quotes[v.quotes.length - 1];
  if (v.nmValid && last && last.col === v.end - 1 && v.quotes.length % 2 === 0) {
    const sep = v.text.length === 0 || /\s$/.test(v.text) ? '' : ' ';
    return {
      range: { start: { line, character: last.col }, end: { line, character: last.col } },
      newText: sep + token,
    };
  }
  const joined = v.text.trim().length ? `${v.text.trim()} ${token}` : token;
  return { range: { start: { line, character: v.start }, end: { line, character: v.end } }, newText: dquote(joined) };
}

export function removeOption(b: BondConfig, t: OptionToken): TextEdit {
  const a = b.assignment;
  const text = a.value.text;
  let start = t.start;
  let end = t.end;
  // Take one separating blank with the token, preferring the one before it.
  if (t.textStart > 0 && /\s/.test(text[t.textStart - 1])) start = colOf(a.value, t.textStart - 1);
  else if (t.textEnd < text.length && /\s/.test(text[t.textEnd])) end = endOf(a.value, t.textEnd);
  return { range: { start: { line: a.line, character: start }, end: { line: a.line, character: end } }, newText: '' };
}

export function replaceOptionValue(b: BondConfig, t: OptionToken, value: string): TextEdit {
  const line = b.assignment.line;
  if (t.value === undefined) {
    return { range: { start: { line, character: t.end }, end: { line, character: t.end } }, newText: '=' + value };
  }
  return { range: { start: { line, character: t.valueStart }, end: { line, character: t.valueEnd } }, newText: value };
}

/** Rewrites the whole option list (used when several tokens change at once). */
export function rewriteOptions(b: BondConfig, tokens: string[]): TextEdit {
  const a = b.assignment;
  const line = a.line;
  return {
    range: { start: { line, character: a.value.start }, end: { line, character: a.value.end } },
    newText: dquote(tokens.join(' ')),
  };
}
