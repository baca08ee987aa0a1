// Outline: every assignment, with BONDING_OPTS/BRIDGING_OPTS options as children.
import { DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import { ParsedDocument, tokenizeOptions } from '../engine';
import { OPTION_KEYS } from './locate';
import { keyfileSymbols } from './keyfile/symbols';

export function documentSymbols(doc: ParsedDocument): DocumentSymbol[] {
  if (doc.keyfile) return keyfileSymbols(doc);
  return doc.assignments.map((a) => {
    const full = {
      start: { line: a.line, character: a.keyStart },
      end: { line: a.line, character: Math.max(a.value.end, a.eq + 1) },
    };
    const sel = { start: { line: a.line, character: a.keyStart }, end: { line: a.line, character: a.keyEnd } };
    const s: DocumentSymbol = {
      name: a.key,
      detail: a.value.text.slice(0, 80),
      kind: SymbolKind.Property,
      range: full,
      selectionRange: sel,
    };
    if (OPTION_KEYS.has(a.key)) {
      s.children = tokenizeOptions(a).map((t) => {
        const r = {
          start: { line: a.line, character: t.start },
          end: { line: a.line, character: Math.max(t.end, t.start) },
        };
        return { name: t.key || t.text, detail: t.value ?? '', kind: SymbolKind.Field, range: r, selectionRange: r };
      });
    }
    return s;
  });
}
