// BRIDGING_OPTS: options of the wrong side (bridge vs port) and unknown ones.
import { BRIDGE_OPTIONS, BRIDGE_PORT_OPTIONS } from '../catalog/bridging';
import { tokenizeOptions } from '../parser/options';
import { didYouMean } from '../util/similar';
import { RuleContext, tokenRange } from './context';

export function checkBridgingOptions(ctx: RuleContext): void {
  const a = ctx.doc.effective.get('BRIDGING_OPTS');
  if (!a || ctx.doc.file.kind !== 'ifcfg') return;
  const isPort = !!ctx.doc.effective.get('BRIDGE')?.value.text;
  const isBridge = ctx.profile.type === 'bridge';
  if (!isPort && !isBridge) return;
  const own = isPort ? BRIDGE_PORT_OPTIONS : BRIDGE_OPTIONS;
  const other = isPort ? BRIDGE_OPTIONS : BRIDGE_PORT_OPTIONS;
  for (const t of tokenizeOptions(a)) {
    if (!t.key || own.includes(t.key)) continue;
    const r = tokenRange(a, t);
    if (other.includes(t.key)) {
      ctx.report(
        'BRIDGE-001',
        r,
        isPort
          ? `${t.key} is an option of the bridge itself; in a port's BRIDGING_OPTS NetworkManager ignores it ("unhandled bridge option") and initscripts writes a brport attribute that does not exist. Put it in the bridge's file.`
          : `${t.key} is a bridge-port option; on the bridge NetworkManager ignores it and initscripts fails to write it. Put it in BRIDGING_OPTS of the port's file (the one with BRIDGE=).`,
      );
      continue;
    }
    const guess = didYouMean(t.key, own);
    ctx.report(
      'BRIDGE-001',
      r,
      `Unknown ${isPort ? 'bridge-port' : 'bridge'} option "${t.key}"${guess ? ` — did you mean ${guess}?` : ''}: NetworkManager ignores it and initscripts fails to write it.`,
      {
        fixes: guess
          ? [
              {
                title: `Rename to ${guess}`,
                edits: [{ range: { start: r.start, end: { line: a.line, character: t.keyEnd } }, newText: guess }],
              },
            ]
          : undefined,
      },
    );
  }
}
