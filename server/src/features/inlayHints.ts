// Inlay hints that spell out numeric enum values: mode=4 → 802.3ad, fail_over_mac=1 → active.
import { InlayHint, InlayHintKind, Range } from 'vscode-languageserver-types';
import { BOND_OPTION_BY_NAME, ParsedDocument, tokenizeOptions } from '../engine';
import { keyfileInlayHints } from './keyfile/inlayHints';

export function inlayHints(doc: ParsedDocument, range: Range): InlayHint[] {
  if (doc.keyfile) return keyfileInlayHints(doc, range);
  const out: InlayHint[] = [];
  for (const a of doc.all.get('BONDING_OPTS') ?? []) {
    if (a.line < range.start.line || a.line > range.end.line) continue;
    for (const t of tokenizeOptions(a)) {
      const o = BOND_OPTION_BY_NAME.get(t.key);
      if (!o?.values || !t.value || !/^\d+$/.test(t.value)) continue;
      const v = o.values.find((x) => x.num === Number(t.value));
      if (!v) continue;
      out.push({
        position: { line: a.line, character: t.valueEnd },
        label: v.name,
        kind: InlayHintKind.Type,
        paddingLeft: true,
        tooltip: v.doc,
      });
    }
  }
  return out;
}
