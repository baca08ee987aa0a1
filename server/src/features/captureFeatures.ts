// Hover and outline for /proc/net/bonding captures.
import { DocumentSymbol, Hover, MarkupKind, SymbolKind } from 'vscode-languageserver-types';
import {
  bondStateOf,
  CAPTURE_FIELD_BY_NAME,
  MODE_BY_NAME,
  ParsedDocument,
  PROC_MODE_BY_NAME,
  type Position,
} from '../engine';
import { macDoc } from './docs';

export function captureHover(doc: ParsedDocument, pos: Position): Hover | null {
  const st = bondStateOf(doc);
  const f = st.capture.fields.find((x) => x.line === pos.line);
  if (!f) return null;
  const md = (value: string, start: number, end: number): Hover => ({
    contents: { kind: MarkupKind.Markdown, value },
    range: { start: { line: f.line, character: start }, end: { line: f.line, character: end } },
  });
  const info = CAPTURE_FIELD_BY_NAME.get(f.name) ?? CAPTURE_FIELD_BY_NAME.get(f.name.replace(/\s+\(.*\)$/, ''));
  if (pos.character >= f.valueStart && pos.character <= f.valueEnd) {
    const mac = /^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/i.test(f.value) ? macDoc(f.value) : undefined;
    if (mac) return md(mac, f.valueStart, f.valueEnd);
    if (f.name === 'Bonding Mode') {
      const key = [...PROC_MODE_BY_NAME.keys()].find((k) => f.value.startsWith(k));
      const m = key && MODE_BY_NAME.get(PROC_MODE_BY_NAME.get(key)!);
      if (m)
        return md(
          `**${f.value}** is \`mode=${m.name}\` (\`mode=${m.num}\`).\n\n${m.doc}\n\nfail_over_mac: \`${st.fom}\`${st.fom === 'none' ? ' (no suffix printed)' : ''}.`,
          f.valueStart,
          f.valueEnd,
        );
    }
  }
  if (!info) return null;
  return md(`**${f.name}** — ${info.doc}`, f.nameStart, f.valueEnd);
}

export function captureSymbols(doc: ParsedDocument): DocumentSymbol[] {
  const st = bondStateOf(doc);
  const sym = (name: string, detail: string, line: number, endLine: number, kind: SymbolKind): DocumentSymbol => {
    const range = {
      start: { line, character: 0 },
      end: { line: endLine, character: doc.lines[endLine]?.text.length ?? 0 },
    };
    return {
      name,
      detail,
      kind,
      range,
      selectionRange: { start: { line, character: 0 }, end: { line, character: doc.lines[line]?.text.length ?? 0 } },
    };
  };
  const out: DocumentSymbol[] = [];
  const mode = st.modeField;
  if (mode) out.push(sym(st.name || 'bond', mode.value, mode.line, mode.line, SymbolKind.Module));
  for (const [i, s] of st.capture.slaves.entries()) {
    const next = st.capture.slaves[i + 1]?.header.line ?? doc.lines.length;
    const last = Math.max(s.header.line, ...[...s.fields.values()].map((f) => f.line).filter((l) => l < next));
    out.push(sym(s.name, `MII ${s.fields.get('MII Status')?.value ?? '?'}`, s.header.line, last, SymbolKind.Interface));
  }
  return out;
}
