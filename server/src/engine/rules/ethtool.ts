// ETHTOOL_OPTS as NetworkManager reads it (`nm.reader` parse_ethtool_options();
// ids of docs/sources.md): `;`-separated fragments, each
// either a -K/-A/-C/-G command (interface name, then name/value pairs) or link settings
// (autoneg, speed, duplex, wol, sopass). Values NM cannot use are reported; unknown words are
// skipped by NM silently, so they are only mentioned when they look like a typo.
import { isMac } from '../catalog/keyTypes';
import { RuleContext } from './context';
import { message } from './registry';
import { lineSpan } from '../util/lineSpan';

const COMMANDS: Record<string, 'onoff' | 'int'> = {
  '-K': 'onoff',
  '--features': 'onoff',
  '--offload': 'onoff',
  '-A': 'onoff',
  '--pause': 'onoff',
  '-C': 'int',
  '--coalesce': 'int',
  '-G': 'int',
  '--set-ring': 'int',
};

export function checkEthtoolOptions(ctx: RuleContext): void {
  const a = ctx.doc.effective.get('ETHTOOL_OPTS');
  if (!a || !a.value.nmValid || ctx.doc.file.kind !== 'ifcfg') return;
  const text = a.value.text;
  const bad = (name: string, vars: Record<string, string> = {}) =>
    ctx.report('ETHTOOL-001', lineSpan(a.line, a.value.start, a.value.end), message('ETHTOOL-001', name, vars));
  for (const fragment of text.split(';')) {
    const w = fragment.trim().split(/\s+/).filter(Boolean);
    if (!w.length) continue;
    const cmd = COMMANDS[w[0]];
    if (cmd) {
      if (w.length < 2) {
        bad('needsDevice', { cmd: w[0] });
        continue;
      }
      const pairs = w.slice(2);
      if (pairs.length % 2) bad('oddPairs', { fragment: fragment.trim() });
      for (let i = 0; i + 1 < pairs.length; i += 2) {
        const v = pairs[i + 1];
        if (cmd === 'onoff' && v !== 'on' && v !== 'off') bad('onOff', { name: pairs[i], v });
        if (cmd === 'int' && !/^\d+$/.test(v)) bad('number', { name: pairs[i], v });
      }
      continue;
    }
    if (w[0].startsWith('-')) continue; // other ethtool commands: initscripts runs them, NM ignores them
    for (let i = 0; i < w.length; i++) {
      const k = w[i];
      const v = w[i + 1];
      if (k === 'autoneg') {
        if (v !== 'on' && v !== 'off') bad('autoneg', { v: v ?? '' });
        i++;
      } else if (k === 'speed') {
        if (!v || !/^\d+$/.test(v)) bad('speed', { v: v ?? '' });
        i++;
      } else if (k === 'duplex') {
        if (v !== 'half' && v !== 'full') bad('duplex', { v: v ?? '' });
        i++;
      } else if (k === 'wol') {
        if (!v || !/^[pumbagsd]+$/.test(v)) bad('wol', { v: v ?? '' });
        i++;
      } else if (k === 'sopass') {
        if (!v || !isMac(v, [6])) bad('sopass', { v: v ?? '' });
        i++;
      }
    }
  }
}
