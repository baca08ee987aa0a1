// Reading ifcfg values the way NetworkManager's shvar.c getters do (svGetValueStr,
// svGetValueBoolean, svGetValueInt64), remembering which keys were consulted so the
// converter can say what it left behind.
import { NM_FALSE, NM_TRUE } from '../catalog/keyTypes';
import { Assignment, ParsedDocument } from '../parser/document';
import { assignmentRange, valueRange } from '../rules/context';
import type { Range } from '../types';
import { MigrationNote, NoteKind } from './notes';
import { lineSpan } from '../util/lineSpan';

export class IfcfgReader {
  readonly used = new Set<string>();
  readonly notes: MigrationNote[] = [];

  constructor(readonly doc: ParsedDocument) {}

  assignment(key: string): Assignment | undefined {
    return this.doc.effective.get(key);
  }

  /** svGetValue: the value, '' when set but empty (or unreadable for NM), undefined when absent. */
  raw(key: string): string | undefined {
    this.used.add(key);
    const a = this.doc.effective.get(key);
    if (!a) return undefined;
    return a.value.nmValid ? a.value.text : '';
  }

  /** svGetValueStr: empty counts as absent. */
  str(key: string): string | undefined {
    const v = this.raw(key);
    return v ? v : undefined;
  }

  /** svGetValueBoolean: yes/true/t/y/1 and no/false/f/n/0, any case; anything else = default. */
  bool<T>(key: string, def: T): boolean | T {
    const v = this.str(key);
    if (v === undefined) return def;
    const l = v.toLowerCase();
    if (NM_TRUE.includes(l)) return true;
    if (NM_FALSE.includes(l)) return false;
    return def;
  }

  /** svGetValueInt64 with base 10: surrounding blanks allowed, out of range or junk = default. */
  int(key: string, min: number, max: number, def: number): number {
    const v = this.str(key);
    if (v === undefined) return def;
    return parseInt10(v, min, max) ?? def;
  }

  range(key: string, whole = false): Range {
    const a = this.doc.effective.get(key);
    if (!a) return lineSpan(0, 0, 0);
    return whole ? assignmentRange(a) : valueRange(a);
  }

  note(kind: NoteKind, key: string | undefined, message: string, range?: Range): void {
    this.notes.push({
      uri: this.doc.uri,
      range: range ?? (key ? this.range(key, kind === 'lost') : this.range('')),
      kind,
      message,
      key,
    });
  }
}

/** _nm_utils_ascii_str_to_int64(s, 10, min, max, …): optional blanks, sign, digits. */
export function parseInt10(s: string, min: number, max: number): number | undefined {
  const m = /^[ \t\n\r\f\v]*([+-]?\d+)[ \t\n\r\f\v]*$/.exec(s);
  if (!m) return undefined;
  const n = Number(m[1]);
  return Number.isSafeInteger(n) && n >= min && n <= max ? n : undefined;
}

/** Base 0 (C strtoll): 0x hex, leading-0 octal, else decimal. */
export function parseInt0(s: string, min: number, max: number): number | undefined {
  const t = s.trim();
  let n: number;
  if (/^[+]?0[xX][0-9a-fA-F]+$/.test(t)) n = parseInt(t.replace('+', ''), 16);
  else if (/^[+]?0[0-7]+$/.test(t)) n = parseInt(t.replace('+', ''), 8);
  else if (/^[+-]?\d+$/.test(t)) n = Number(t);
  else return undefined;
  return n >= min && n <= max ? n : undefined;
}
