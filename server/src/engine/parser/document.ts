// Splits a network-scripts file into lines and assignments in one pass. Never throws:
// every byte sequence yields a document, with what NM/bash would reject recorded as issues.
import { captureBondName, classifyFileName, FileNameInfo } from './fileKind';
import { CAPTURE_HEADER } from './capture';
import { parseValue, ParsedValue } from './shvar';
import { Keyfile, parseKeyfile } from './keyfile';

export type LineKind = 'blank' | 'comment' | 'assignment' | 'invalid' | 'group';

export interface Assignment {
  line: number;
  key: string;
  keyStart: number;
  keyEnd: number;
  /** Column of `=`. */
  eq: number;
  value: ParsedValue;
  /** Index in ParsedDocument.assignments. */
  index: number;
}

export interface Line {
  kind: LineKind;
  text: string;
  /** Column of the first non-blank character. */
  indent: number;
  /** Ends in CRLF. */
  hasCR: boolean;
  /** Ends in a carriage return without a line feed. Editors and LSP positions break the line
   *  there; bash and NetworkManager do not (they split at \n only), so for them the next line
   *  is part of this one. */
  loneCR: boolean;
  /** Follows a line ending in a lone CR: bash and NM read it as the rest of that line, so it is
   *  neither an assignment nor a comment of its own. */
  continues: boolean;
  assignment?: Assignment;
}

export interface Suppression {
  line: number;
  /** Empty set = every code. */
  codes: Set<string>;
  scope: 'next-line' | 'file';
}

export interface ParsedDocument {
  uri: string;
  text: string;
  file: FileNameInfo;
  lines: Line[];
  assignments: Assignment[];
  /** Last assignment of each key (what both NM and bash use). */
  effective: Map<string, Assignment>;
  /** Every assignment of each key, in file order. */
  all: Map<string, Assignment[]>;
  hasBOM: boolean;
  crlfLines: number;
  /** Lines ending in a lone CR (see Line.loneCR). */
  loneCRLines: number[];
  suppressions: Suppression[];
  /** U+FFFD or NUL characters: the bytes were not valid UTF-8 text. */
  badChars: Array<{ line: number; col: number }>;
  /** Set for NetworkManager keyfiles (file.kind 'keyfile'); ifcfg documents have assignments instead. */
  keyfile?: Keyfile;
}

const ASSIGN = /[A-Za-z_][A-Za-z0-9_]{0,254}=/y;
// The directive, then its code list checked separately: one regex with blanks on both sides of
// the list would backtrack quadratically on a long run of blanks.
const SUPPRESS = /^#\s*ifcfg-lint:\s*(ignore-file|ignore)\b/;
const CODE_LIST = /^[A-Za-z0-9_,\s-]*$/;

/** Content that identifies a keyfile whatever its name: the first group is `[connection]`. */
export function looksLikeKeyfile(text: string): boolean {
  const m = /^(?:\ufeff)?(?:[ \t]*(?:#[^\n]*)?\r?\n)*[ \t]*\[connection\][ \t]*\r?$/m.exec(text.slice(0, 4096));
  return !!m && m.index === 0;
}

export function parseDocument(uri: string, text: string): ParsedDocument {
  const file0 = classifyFileName(uri);
  if (file0.kind === 'keyfile' || (file0.kind === 'unknown' && looksLikeKeyfile(text))) {
    return keyfileDocument(uri, text, { ...file0, kind: 'keyfile', suffix: file0.suffix || file0.base });
  }
  const lines: Line[] = [];
  const assignments: Assignment[] = [];
  const effective = new Map<string, Assignment>();
  const all = new Map<string, Assignment[]>();
  const suppressions: Suppression[] = [];
  const badChars: Array<{ line: number; col: number }> = [];
  const hasBOM = text.charCodeAt(0) === 0xfeff;
  let crlfLines = 0;
  const loneCRLines: number[] = [];
  let continues = false;

  let pos = 0;
  let lineNo = 0;
  // Lines end at \n, \r\n or a lone \r, as LSP positions count them.
  const breaks = /\r\n?|\n/g;
  while (pos <= text.length) {
    breaks.lastIndex = pos;
    const m = breaks.exec(text);
    const nl = m ? m.index : text.length;
    const next = m ? nl + m[0].length : text.length + 1;
    const raw = text.slice(pos, nl);
    const hasCR = !!m && m[0] === '\r\n';
    const loneCR = !!m && m[0] === '\r';
    if (hasCR) crlfLines++;
    if (loneCR) loneCRLines.push(lineNo);
    const lineStart = lineNo === 0 && hasBOM ? 1 : 0;
    const line = continues
      ? { kind: 'invalid' as const, text: raw, indent: 0, hasCR, loneCR, continues }
      : parseLine(raw, lineNo, lineStart, hasCR, loneCR);
    continues = loneCR;
    if (raw.includes('\ufffd') || raw.includes('\0')) {
      for (let c = 0; c < raw.length; c++) {
        if (raw[c] === '\ufffd' || raw[c] === '\0') {
          badChars.push({ line: lineNo, col: c });
          break;
        }
      }
    }
    if (line.assignment) {
      const a = line.assignment;
      a.index = assignments.length;
      assignments.push(a);
      effective.set(a.key, a);
      const list = all.get(a.key);
      if (list) list.push(a);
      else all.set(a.key, [a]);
    } else if (line.kind === 'comment') {
      const body = raw.slice(line.indent).trimEnd();
      const m = SUPPRESS.exec(body);
      const list = m ? body.slice(m[0].length) : '';
      if (m && CODE_LIST.test(list)) {
        const codes = new Set(
          list
            .split(/[\s,]+/)
            .map((c) => c.trim().toUpperCase())
            .filter(Boolean),
        );
        suppressions.push({ line: lineNo, codes, scope: m[1] === 'ignore-file' ? 'file' : 'next-line' });
      }
    }
    lines.push(line);
    lineNo++;
    if (!m) break;
    pos = next;
  }
  const file = file0;
  if (file.kind === 'unknown' && CAPTURE_HEADER.test(text.slice(0, 200))) {
    // A capture recognised by its content (pasted into capture.txt, a ticket export…).
    file.kind = 'capture';
    file.suffix = captureBondName(file.base);
  }
  return {
    uri,
    text,
    file,
    lines,
    assignments,
    effective,
    all,
    hasBOM,
    crlfLines,
    loneCRLines,
    suppressions,
    badChars,
  };
}

function parseLine(raw: string, lineNo: number, from: number, hasCR: boolean, loneCR: boolean): Line {
  const continues = false;
  let indent = from;
  while (indent < raw.length && (raw[indent] === ' ' || raw[indent] === '\t')) indent++;
  if (indent >= raw.length) return { kind: 'blank', text: raw, indent, hasCR, loneCR, continues };
  if (raw[indent] === '#') return { kind: 'comment', text: raw, indent, hasCR, loneCR, continues };
  ASSIGN.lastIndex = indent;
  const m = ASSIGN.exec(raw);
  if (!m) return { kind: 'invalid', text: raw, indent, hasCR, loneCR, continues };
  const eq = indent + m[0].length - 1;
  const assignment: Assignment = {
    line: lineNo,
    key: raw.slice(indent, eq),
    keyStart: indent,
    keyEnd: eq,
    eq,
    value: parseValue(raw, eq + 1, raw.length),
    index: -1,
  };
  return { kind: 'assignment', text: raw, indent, hasCR, loneCR, continues, assignment };
}

function keyfileDocument(uri: string, text: string, file: FileNameInfo): ParsedDocument {
  const kf = parseKeyfile(text);
  const suppressions: Suppression[] = [];
  const badChars: Array<{ line: number; col: number }> = [];
  let crlfLines = 0;
  const lines: Line[] = [];
  // kf.loneCR is ascending: walk it alongside the lines instead of building a set.
  let nextLone = 0;
  let prevLone = false;
  for (let n = 0; n < kf.lines.length; n++) {
    const l = kf.lines[n];
    const t = l.text;
    if (l.hasCR) crlfLines++;
    const bad = t.search(/[\ufffd\0]/);
    if (bad >= 0) badChars.push({ line: n, col: bad });
    if (l.kind === 'comment') {
      const body = t.slice(l.indent).trimEnd();
      const m = SUPPRESS.exec(body);
      const list = m ? body.slice(m[0].length) : '';
      if (m && CODE_LIST.test(list))
        suppressions.push({ line: n, codes: codesOf(list), scope: m[1] === 'ignore-file' ? 'file' : 'next-line' });
    }
    const lone = kf.loneCR[nextLone] === n;
    if (lone) nextLone++;
    // GLib splits only at \n too; the keyfile parser reports lone CRs itself (KEYFILE-002).
    lines.push({
      kind: l.kind === 'entry' ? 'assignment' : l.kind,
      text: t,
      indent: l.indent,
      hasCR: l.hasCR,
      loneCR: lone,
      continues: prevLone,
    });
    prevLone = lone;
  }
  return {
    uri,
    text,
    file,
    lines,
    assignments: [],
    effective: new Map(),
    all: new Map(),
    hasBOM: text.charCodeAt(0) === 0xfeff,
    crlfLines,
    loneCRLines: kf.loneCR,
    suppressions,
    badChars,
    keyfile: kf,
  };
}

function codesOf(list: string): Set<string> {
  return new Set(
    list
      .split(/[\s,]+/)
      .map((c) => c.trim().toUpperCase())
      .filter(Boolean),
  );
}
