// Keyfile outline: one symbol per group occurrence with its keys as children.
import { DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import { settingOfGroup, type ParsedDocument } from '../../engine';

export function keyfileSymbols(doc: ParsedDocument): DocumentSymbol[] {
  const kf = doc.keyfile!;
  return kf.groups.map((g, i) => {
    // A group spans to the line before the next header (or the end of the file).
    const endLine = i + 1 < kf.groups.length ? Math.max(g.line, kf.groups[i + 1].line - 1) : kf.lines.length - 1;
    const s = settingOfGroup(g.name);
    return {
      name: `[${g.name}]`,
      detail: s && s.name !== g.name ? s.name : '',
      kind: SymbolKind.Namespace,
      range: {
        start: { line: g.line, character: g.start },
        end: { line: endLine, character: kf.lines[endLine].text.length },
      },
      selectionRange: { start: { line: g.line, character: g.start }, end: { line: g.line, character: g.end } },
      children: g.entries.map((e) => ({
        name: e.key,
        detail: e.raw.slice(0, 80),
        kind: SymbolKind.Property,
        range: {
          start: { line: e.line, character: e.keyStart },
          end: { line: e.line, character: Math.max(e.valueEnd, e.eq + 1) },
        },
        selectionRange: { start: { line: e.line, character: e.keyStart }, end: { line: e.line, character: e.keyEnd } },
      })),
    };
  });
}
