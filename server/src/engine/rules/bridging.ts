// BRIDGING_OPTS: options of the wrong side (bridge vs port) and unknown ones; STP's forward DELAY.
import { BRIDGE_OPTIONS, BRIDGE_PORT_OPTIONS } from '../catalog/bridging';
import { tokenizeOptions } from '../parser/options';
import { didYouMean } from '../util/similar';
import { RuleContext, tokenRange, valueRange } from './context';
import { message } from './registry';

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
        message('BRIDGE-001', isPort ? 'bridgeOptOnPort' : 'portOptOnBridge', { key: t.key }),
      );
      continue;
    }
    const guess = didYouMean(t.key, own);
    ctx.report(
      'BRIDGE-001',
      r,
      message('BRIDGE-001', 'unknown', {
        side: isPort ? 'bridge-port' : 'bridge',
        key: t.key,
        guess: guess ? ` — did you mean ${guess}?` : '',
      }),
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

/** NM: handle_bridge_option + verify (2–30 s with STP); initscripts: ip-link forward_delay in
 *  hundredths of a second, range-checked by the kernel only while STP runs (br_set_forward_delay). */
export function checkBridgeDelay(ctx: RuleContext): void {
  if (ctx.doc.file.kind !== 'ifcfg' || ctx.profile.type !== 'bridge') return;
  const delay = ctx.doc.effective.get('DELAY');
  const d = delay?.value.text.trim() ?? '';
  const stp = ctx.doc.effective.get('STP')?.value.text.trim().toLowerCase();
  if (!delay || !/^\d+$/.test(d) || (stp !== 'yes' && stp !== 'on')) return;
  const n = Number(d);
  const vars = { delay: d, seconds: n / 100 };
  const r = valueRange(delay);
  if (n < 2) ctx.report('BRIDGE-003', r, message('BRIDGE-003', 'low', vars));
  else if (n > 30) ctx.report('BRIDGE-003', r, message('BRIDGE-003', 'high', vars), { severity: 'warning' });
  if (n < 200 || n > 3000)
    ctx.report('BRIDGE-003', r, message('BRIDGE-003', 'centi', vars), {
      severity: 'warning',
      describes: 'initscripts',
    });
}
