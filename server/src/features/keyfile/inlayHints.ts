// Keyfile inlay hints: numbers that stand for names (mode=1 → active-backup, wake-on-lan=64 →
// magic, dns-over-tls=2 → yes).
import { InlayHint, InlayHintKind, Range } from 'vscode-languageserver-types';
import { BOND_OPTION_BY_NAME, nmProperty, settingOfGroup, type ParsedDocument } from '../../engine';
import { numberName } from './docs';

export function keyfileInlayHints(doc: ParsedDocument, range: Range): InlayHint[] {
  const out: InlayHint[] = [];
  for (const e of doc.keyfile!.entries) {
    if (e.line < range.start.line || e.line > range.end.line) continue;
    const v = e.raw.trim();
    if (!/^-?\d+$/.test(v)) continue;
    const s = settingOfGroup(e.group.name);
    if (!s) continue;
    let label: string | undefined;
    let tooltip: string | undefined;
    if (s.name === 'bond') {
      const x = BOND_OPTION_BY_NAME.get(e.key)?.values?.find((o) => o.num === Number(v));
      label = x?.name;
      tooltip = x?.doc;
    } else {
      const row = nmProperty(s.name, e.key);
      label = row ? numberName(row, v) : undefined;
    }
    if (label)
      out.push({
        position: { line: e.line, character: e.valueStart + e.raw.trimEnd().length },
        label,
        kind: InlayHintKind.Type,
        paddingLeft: true,
        tooltip,
      });
  }
  return out;
}
