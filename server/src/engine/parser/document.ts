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
const BAD_CHAR = /[\ufffd\0]/;
// Shared by the documents that have none (nothing changes a parsed document's lists).
const NO_LINES: number[] = Object.freeze([]) as unknown as number[];
const NO_SUPPRESSIONS: Suppression[] = Object.freeze([]) as unknown as Suppression[];
const NO_BAD_CHARS: Array<{ line: number; col: number }> = Object.freeze([]) as unknown as Array<{
  line: number;
  col: number;
}>;

/** Content that identifies a keyfile whatever its name: the first group is `[connection]`. */
export function looksLikeKeyfile(text: string): boolean {
  const m = /^(?:\ufeff)?(?:[ \t]*(?:#[^\n]*)?\r?\n)*[ \t]*\[connection\][ \t]*\r?$/m.exec(text.slice(0, 4096));
  return !!m && m.index === 0;
}

/** `file0` is the name's classification when the caller has it already (a slim document's). */
export function parseDocument(uri: string, text: string, file0 = classifyFileName(uri)): ParsedDocument {
  if (file0.kind === 'keyfile' || (file0.kind === 'unknown' && looksLikeKeyfile(text))) {
    const file =
      file0.kind === 'keyfile' && file0.suffix
        ? file0
        : { ...file0, kind: 'keyfile' as const, suffix: file0.suffix || file0.base };
    return keyfileDocument(uri, text, file);
  }
  const lines: Line[] = [];
  const assignments: Assignment[] = [];
  const effective = new Map<string, Assignment>();
  // Most files have no suppression, bad character or lone CR: these lists are made on the first.
  let suppressions: Suppression[] | undefined;
  let badChars: Array<{ line: number; col: number }> | undefined;
  const hasBOM = text.charCodeAt(0) === 0xfeff;
  let crlfLines = 0;
  let loneCRLines: number[] | undefined;
  let continues = false;
  // Two plain searches of the text, not two per line: most texts have neither character.
  const anyBad = text.includes('\ufffd') || text.includes('\0');

  // Plain values already read, by their text: an identical plain value at the same column is
  // the same immutable object (no line number in it), so repeated lines cost no new value.
  // Only worth its Map in files long enough to repeat themselves.
  const values = text.length > 4096 ? new Map<string, ParsedValue>() : undefined;
  let pos = 0;
  let lineNo = 0;
  const breaks = new LineBreaks(text);
  while (pos <= text.length) {
    const { end: nl, hasCR, loneCR, next } = breaks.at(pos);
    const raw = text.slice(pos, nl);
    if (hasCR) crlfLines++;
    if (loneCR) (loneCRLines ??= []).push(lineNo);
    const lineStart = lineNo === 0 && hasBOM ? 1 : 0;
    const line = continues
      ? { kind: 'invalid' as const, text: raw, indent: 0, hasCR, loneCR, continues }
      : parseLine(raw, lineNo, lineStart, hasCR, loneCR, values);
    continues = loneCR;
    if (anyBad && (raw.includes('\ufffd') || raw.includes('\0'))) {
      for (let c = 0; c < raw.length; c++) {
        if (raw[c] === '\ufffd' || raw[c] === '\0') {
          (badChars ??= []).push({ line: lineNo, col: c });
          break;
        }
      }
    }
    if (line.assignment) {
      const a = line.assignment;
      a.index = assignments.length;
      assignments.push(a);
      // A key set again shares the first spelling's string: a file of thousands of repeated
      // lines keeps one copy of the name, not one per line.
      const prev = effective.get(a.key);
      if (prev) a.key = prev.key;
      effective.set(a.key, a);
    } else if (line.kind === 'comment' && raw.includes('ifcfg-lint', line.indent)) {
      const body = raw.slice(line.indent).trimEnd();
      const m = SUPPRESS.exec(body);
      const list = m ? body.slice(m[0].length) : '';
      if (m && CODE_LIST.test(list))
        (suppressions ??= []).push({
          line: lineNo,
          codes: codesOf(list),
          scope: m[1] === 'ignore-file' ? 'file' : 'next-line',
        });
    }
    lines.push(line);
    lineNo++;
    if (next > text.length) break;
    pos = next;
  }
  const file = file0;
  if (file.kind === 'unknown' && CAPTURE_HEADER.test(text.slice(0, 200))) {
    // A capture recognised by its content (pasted into capture.txt, a ticket export…).
    file.kind = 'capture';
    file.suffix = captureBondName(file.base);
  }
  return new IfcfgDocument(
    uri,
    text,
    file,
    lines,
    assignments,
    effective,
    hasBOM,
    crlfLines,
    loneCRLines ?? NO_LINES,
    suppressions ?? NO_SUPPRESSIONS,
    badChars ?? NO_BAD_CHARS,
  );
}

/** An ifcfg document. Few rules and fixes ask for every assignment of a key (repeated keys,
 *  deleting a key): the assignments are grouped by key on the first question, not while
 *  parsing every file. */
class IfcfgDocument implements ParsedDocument {
  private grouped?: Map<string, Assignment[]>;

  constructor(
    readonly uri: string,
    readonly text: string,
    readonly file: FileNameInfo,
    readonly lines: Line[],
    readonly assignments: Assignment[],
    readonly effective: Map<string, Assignment>,
    readonly hasBOM: boolean,
    readonly crlfLines: number,
    readonly loneCRLines: number[],
    readonly suppressions: Suppression[],
    readonly badChars: Array<{ line: number; col: number }>,
  ) {}

  get all(): Map<string, Assignment[]> {
    if (this.grouped) return this.grouped;
    const all = new Map<string, Assignment[]>();
    for (const a of this.assignments) {
      const list = all.get(a.key);
      if (list) list.push(a);
      else all.set(a.key, [a]);
    }
    return (this.grouped = all);
  }
}

function parseLine(
  raw: string,
  lineNo: number,
  from: number,
  hasCR: boolean,
  loneCR: boolean,
  values: Map<string, ParsedValue> | undefined,
): Line {
  const continues = false;
  let indent = from;
  while (indent < raw.length && (raw[indent] === ' ' || raw[indent] === '\t')) indent++;
  if (indent >= raw.length) return { kind: 'blank', text: raw, indent, hasCR, loneCR, continues };
  if (raw[indent] === '#') return { kind: 'comment', text: raw, indent, hasCR, loneCR, continues };
  ASSIGN.lastIndex = indent;
  // test(), not exec(): the sticky match's end is all that is needed, without a match array.
  if (!ASSIGN.test(raw)) return { kind: 'invalid', text: raw, indent, hasCR, loneCR, continues };
  const eq = ASSIGN.lastIndex - 1;
  const assignment: Assignment = {
    line: lineNo,
    key: raw.slice(indent, eq),
    keyStart: indent,
    keyEnd: eq,
    eq,
    value: sharedValue(raw, eq + 1, values),
    index: -1,
  };
  return { kind: 'assignment', text: raw, indent, hasCR, loneCR, continues, assignment };
}

/** The value of `raw` from column `start`, shared with an earlier identical plain value. */
function sharedValue(raw: string, start: number, values: Map<string, ParsedValue> | undefined): ParsedValue {
  // Only short values are looked up (their text is the key); only plain ones are kept.
  const key = values && raw.length - start <= 64 ? raw.slice(start) : '';
  const prev = key ? values!.get(key) : undefined;
  if (prev && prev.start === start) return prev;
  const v = parseValue(raw, start, raw.length);
  if (key && v.map === null && !v.quotes.length && v.end === raw.length) values!.set(key, v);
  return v;
}

// A keyfile has entries, not assignments: every keyfile document shares these empty
// collections (nothing writes to a parsed document's collections after parsing).
const NO_ASSIGNMENTS: Assignment[] = Object.freeze([]) as unknown as Assignment[];
const NO_EFFECTIVE = new Map<string, Assignment>();
const NO_ALL = new Map<string, Assignment[]>();

function keyfileDocument(uri: string, text: string, file: FileNameInfo): ParsedDocument {
  const kf = parseKeyfile(text);
  let suppressions: Suppression[] | undefined;
  let badChars: Array<{ line: number; col: number }> | undefined;
  let crlfLines = 0;
  // The keyfile's lines are the document's lines. Lines are searched for bad characters only
  // when the text has one at all.
  const lines: Line[] = kf.lines;
  // Two plain searches: a character-class regular expression over the text cost ten times more.
  const anyBad = text.includes('\0') || text.includes('\ufffd');
  for (let n = 0; n < lines.length; n++) {
    const l = lines[n];
    if (l.hasCR) crlfLines++;
    if (anyBad) {
      const bad = l.text.search(BAD_CHAR);
      if (bad >= 0) (badChars ??= []).push({ line: n, col: bad });
    }
    if (l.kind === 'comment' && l.text.includes('ifcfg-lint', l.indent)) {
      const body = l.text.slice(l.indent).trimEnd();
      const m = SUPPRESS.exec(body);
      const list = m ? body.slice(m[0].length) : '';
      if (m && CODE_LIST.test(list))
        (suppressions ??= []).push({
          line: n,
          codes: codesOf(list),
          scope: m[1] === 'ignore-file' ? 'file' : 'next-line',
        });
    }
  }
  return {
    uri,
    text,
    file,
    lines,
    assignments: NO_ASSIGNMENTS,
    effective: NO_EFFECTIVE,
    all: NO_ALL,
    hasBOM: text.charCodeAt(0) === 0xfeff,
    crlfLines,
    loneCRLines: kf.loneCR,
    suppressions: suppressions ?? NO_SUPPRESSIONS,
    badChars: badChars ?? NO_BAD_CHARS,
    keyfile: kf,
  };
}

/**
 * The line breaks of a text as LSP positions count them: \n, \r\n or a lone \r. Found with
 * indexOf (no match object per line), and each kind of break is searched again only once
 * passed, so a text of many lone CRs and one LF (or the reverse) is still read once. One
 * scanner, reused for every line, serves parseDocument and effectiveOf alike.
 */
class LineBreaks {
  private cr: number;
  private lf: number;
  /** Where the current line's break is; without a break, the end of the text. */
  end = 0;
  hasCR = false;
  loneCR = false;
  /** Where the next line starts; past the end of the text after the last line. */
  next = 0;

  constructor(private readonly text: string) {
    this.cr = text.indexOf('\r');
    this.lf = text.indexOf('\n');
  }

  /** Moves to the line that starts at `pos` (never before the previous one). */
  at(pos: number): this {
    const t = this.text;
    if (this.cr >= 0 && this.cr < pos) this.cr = t.indexOf('\r', pos);
    if (this.lf >= 0 && this.lf < pos) this.lf = t.indexOf('\n', pos);
    const cr = this.cr >= 0 && (this.lf < 0 || this.cr < this.lf);
    this.end = cr ? this.cr : this.lf >= 0 ? this.lf : t.length;
    this.hasCR = cr && t.charCodeAt(this.end + 1) === 10;
    this.loneCR = cr && !this.hasCR;
    this.next = this.hasCR ? this.end + 2 : this.end + 1;
    return this;
  }
}

function codesOf(list: string): Set<string> {
  return new Set(
    list
      .split(/[\s,]+/)
      .map((c) => c.trim().toUpperCase())
      .filter(Boolean),
  );
}

/**
 * The last assignment of each of `keys`, as parseDocument's `effective` holds it, read without
 * building the rest of the document: lines are split and recognised exactly as parseDocument
 * does (line breaks, a BOM, the line after a lone CR), and only the assignments of `keys` are
 * read (model/slim reads every workspace file's identity this way).
 */
export function effectiveOf(text: string, keys: ReadonlySet<string>): Map<string, Assignment> {
  const effective = new Map<string, Assignment>();
  const hasBOM = text.charCodeAt(0) === 0xfeff;
  let pos = 0;
  let lineNo = 0;
  let continues = false;
  const breaks = new LineBreaks(text);
  while (pos <= text.length) {
    const { end: nl, hasCR, loneCR, next } = breaks.at(pos);
    if (!continues) {
      // parseLine's test, on the text in place: only a line that assigns one of `keys` is cut out.
      const from = pos + (lineNo === 0 && hasBOM ? 1 : 0);
      let at = from;
      while (at < nl && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
      ASSIGN.lastIndex = at;
      if (at < nl && ASSIGN.test(text) && ASSIGN.lastIndex <= nl && keys.has(text.slice(at, ASSIGN.lastIndex - 1))) {
        const a = parseLine(text.slice(pos, nl), lineNo, from - pos, hasCR, loneCR, undefined).assignment!;
        effective.set(a.key, a);
      }
    }
    continues = loneCR;
    lineNo++;
    if (next > text.length) break;
    pos = next;
  }
  return effective;
}
