// Hover on keys, bonding options and values, and MAC addresses (virtual NIC vendor).
import { Hover, MarkupKind } from 'vscode-languageserver-types';
import { BOND_OPTION_BY_NAME, lookupKey, ParsedDocument, type Position } from '../engine';
import { keyDoc, macDoc, optionDoc, optionValueDoc } from './docs';
import { spotAt } from './locate';
import { hoverKeyfile } from './keyfile/hover';

export function hover(doc: ParsedDocument, pos: Position): Hover | null {
  if (doc.keyfile) return hoverKeyfile(doc, pos);
  const spot = spotAt(doc, pos);
  const md = (value: string, line: number, start: number, end: number): Hover => ({
    contents: { kind: MarkupKind.Markdown, value },
    range: { start: { line, character: start }, end: { line, character: end } },
  });
  switch (spot.kind) {
    case 'key': {
      const m = lookupKey(spot.a.key);
      if (!m) return null;
      return md(keyDoc(m.info, spot.a.key), spot.a.line, spot.a.keyStart, spot.a.keyEnd);
    }
    case 'value': {
      const v = spot.a.value.text.trim();
      if (/MACADDR|HWADDR|BSSID/.test(spot.a.key)) {
        const d = macDoc(v);
        if (d) return md(d, spot.a.line, spot.a.value.start, spot.a.value.end);
      }
      const m = lookupKey(spot.a.key);
      return m ? md(keyDoc(m.info, spot.a.key), spot.a.line, spot.a.value.start, spot.a.value.end) : null;
    }
    case 'option-key': {
      const o = BOND_OPTION_BY_NAME.get(spot.token.key);
      if (!o || spot.a.key !== 'BONDING_OPTS') return null;
      return md(optionDoc(o), spot.a.line, spot.token.keyStart, spot.token.keyEnd);
    }
    case 'option-value': {
      const o = BOND_OPTION_BY_NAME.get(spot.token.key);
      if (!o || spot.a.key !== 'BONDING_OPTS') return null;
      const v = spot.token.value ?? '';
      const d = (o.kind === 'mac' ? macDoc(v) : optionValueDoc(o, v)) ?? optionDoc(o);
      return md(d, spot.a.line, spot.token.valueStart, spot.token.valueEnd);
    }
    default:
      return null;
  }
}
