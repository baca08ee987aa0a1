// Small text edits shared by fixes: whole lines, inserted lines, re-quoted values.
import { Assignment, ParsedDocument } from '../parser/document';
import { TextEdit } from '../types';
import { lineSpan } from '../util/lineSpan';

export function deleteLine(doc: ParsedDocument, line: number): TextEdit {
  if (line + 1 < doc.lines.length) {
    return { range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, newText: '' };
  }
  if (line > 0) {
    const prev = doc.lines[line - 1].text.length;
    return {
      range: { start: { line: line - 1, character: prev }, end: { line, character: doc.lines[line].text.length } },
      newText: '',
    };
  }
  return {
    range: { start: { line, character: 0 }, end: { line, character: doc.lines[line].text.length } },
    newText: '',
  };
}

/** Deletes whole lines; adjacent lines are merged into one edit so edits never overlap. */
export function deleteLines(doc: ParsedDocument, lines: number[]): TextEdit[] {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const edits: TextEdit[] = [];
  const last = doc.lines.length - 1;
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    const a = sorted[i];
    const b = sorted[j];
    if (b < last)
      edits.push({ range: { start: { line: a, character: 0 }, end: { line: b + 1, character: 0 } }, newText: '' });
    else if (a > 0)
      edits.push({
        range: {
          start: { line: a - 1, character: doc.lines[a - 1].text.length },
          end: { line: b, character: doc.lines[b].text.length },
        },
        newText: '',
      });
    else
      edits.push({
        range: { start: { line: a, character: 0 }, end: { line: b, character: doc.lines[b].text.length } },
        newText: '',
      });
    i = j + 1;
  }
  return edits;
}

/** Deletes every assignment of a key: removing only the last would resurrect an earlier one. */
export function deleteKey(doc: ParsedDocument, key: string): TextEdit[] {
  return deleteLines(
    doc,
    (doc.all.get(key) ?? []).map((a) => a.line),
  );
}

export function insertLineAfter(doc: ParsedDocument, line: number, text: string): TextEdit {
  const eol = doc.crlfLines > 0 ? '\r\n' : '\n';
  if (line + 1 < doc.lines.length) {
    return {
      range: lineSpan(line + 1, 0, 0),
      newText: text + eol,
    };
  }
  const end = doc.lines[line].text.length;
  return { range: { start: { line, character: end }, end: { line, character: end } }, newText: eol + text };
}

/** Replaces the whole value of an assignment (quotes included). */
export function replaceValue(a: Assignment, newText: string): TextEdit {
  return {
    range: lineSpan(a.line, a.value.start, Math.max(a.value.end, a.value.start)),
    newText,
  };
}

/** Double-quotes a value the way NM's writer does. */
export function dquote(s: string): string {
  return `"${s.replace(/["\\$`]/g, (c) => '\\' + c)}"`;
}
