// Incremental document sync that cannot corrupt the server's copy. Clients do send ranges past
// the last line or past a line's end; the text-document library clamps offsets but updates its
// line index from the raw line numbers, after which every position is off. Each range is clamped
// into the document before it is applied, so an edit means what it would on a fresh open.
import { TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Position, Range } from 'vscode-languageserver-types';

function clampPosition(doc: TextDocument, p: Position): Position {
  const lines = doc.lineCount;
  const line = Number.isFinite(p.line) ? Math.trunc(p.line) : 0;
  if (line < 0) return { line: 0, character: 0 };
  if (line >= lines) return doc.positionAt(doc.getText().length);
  // positionAt(offsetAt) puts a character past the line's end at the end of its content.
  const ch = Number.isFinite(p.character) ? Math.max(0, Math.trunc(p.character)) : 0;
  return doc.positionAt(doc.offsetAt({ line, character: ch }));
}

export function clampRange(doc: TextDocument, r: Range): Range {
  let start = clampPosition(doc, r.start);
  let end = clampPosition(doc, r.end);
  if (doc.offsetAt(start) > doc.offsetAt(end)) [start, end] = [end, start];
  return { start, end };
}

export const SafeTextDocument = {
  create: TextDocument.create,
  update(doc: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
    // Each change's range refers to the text after the previous change: clamp them one by one.
    let d = doc;
    for (const c of changes) {
      const text = typeof c.text === 'string' ? c.text : '';
      const one = 'range' in c && c.range ? { range: clampRange(d, c.range), text } : { text };
      d = TextDocument.update(d, [one], version);
    }
    return d;
  },
};
