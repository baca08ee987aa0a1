// Line access shared by the snapshot parsers: positions are LSP (0-based line, UTF-16 column).
import type { Range } from '../types';

export interface SourceRef {
  uri: string;
  range: Range;
}

/** Splits on \n, dropping a trailing \r; bounded so a huge file costs linear time once. */
export function linesOf(text: string, max = 200000): string[] {
  const lines = text.split('\n', max);
  for (let i = 0; i < lines.length; i++) if (lines[i].endsWith('\r')) lines[i] = lines[i].slice(0, -1);
  return lines;
}

/** The range of `part` on line `line` (the whole trimmed line when `part` is absent). */
export function refOn(uri: string, line: number, text: string, part?: string): SourceRef {
  let start = part ? text.indexOf(part) : -1;
  let end = start >= 0 ? start + part!.length : -1;
  if (start < 0) {
    start = text.length - text.trimStart().length;
    end = text.trimEnd().length;
  }
  return { uri, range: { start: { line, character: start }, end: { line, character: Math.max(start, end) } } };
}
