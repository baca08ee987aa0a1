// Applying text edits, and choosing the safe, non-overlapping fixes of a set of findings.
import { Finding, Position, TextEdit } from '../types';

interface LineIndex {
  starts: number[];
  /** Offset where each line's content ends (before its line break). */
  ends: number[];
}

function indexLines(text: string): LineIndex {
  const starts = [0];
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || c === '\r') {
      ends.push(i);
      if (c === '\r' && text[i + 1] === '\n') i++;
      starts.push(i + 1);
    }
  }
  ends.push(text.length);
  return { starts, ends };
}

function offsetAt(idx: LineIndex, p: Position): number {
  const line = Math.min(Math.max(p.line, 0), idx.starts.length - 1);
  return Math.min(idx.starts[line] + Math.max(p.character, 0), idx.ends[line]);
}

export function comparePos(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

export interface EditSpan {
  /** Offsets into the text. */
  s: number;
  e: number;
  t: string;
}

/** The edits as sorted offset spans of `text`. */
export function editSpans(text: string, edits: TextEdit[]): EditSpan[] {
  const idx = indexLines(text);
  return edits
    .map((e) => ({ s: offsetAt(idx, e.range.start), e: offsetAt(idx, e.range.end), t: e.newText }))
    .sort((x, y) => x.s - y.s || x.e - y.e);
}

/** Applies non-overlapping edits; throws on overlap (a fix bug must not corrupt text). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const spans = editSpans(text, edits);
  let out = '';
  let pos = 0;
  for (const sp of spans) {
    if (sp.s < pos) throw new Error('overlapping edits');
    out += text.slice(pos, sp.s) + sp.t;
    pos = Math.max(sp.e, sp.s);
  }
  return out + text.slice(pos);
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  return (
    (comparePos(a.range.start, b.range.end) < 0 && comparePos(b.range.start, a.range.end) < 0) ||
    comparePos(a.range.start, b.range.start) === 0
  );
}

/** Picks the safe fixes of one document that do not touch each other. */
export function safeEdits(findings: Finding[]): TextEdit[] {
  const chosen: TextEdit[] = [];
  for (const f of findings) {
    const fix = f.fixes?.find((x) => x.safe);
    if (!fix || fix.otherFiles?.length) continue;
    if (fix.edits.some((e) => chosen.some((c) => overlaps(c, e)))) continue;
    // Edits of one fix must not overlap each other either.
    if (fix.edits.some((e, i) => fix.edits.some((o, j) => j !== i && overlaps(e, o)))) continue;
    chosen.push(...fix.edits);
  }
  return chosen;
}
