// ETHTOOL_OPTS as NetworkManager reads it (`nm.reader` parse_ethtool_options();
// ids of docs/sources.md): `;`-separated fragments, each
// either a -K/-A/-C/-G command (interface name, then name/value pairs) or link settings
// (autoneg, speed, duplex, wol, sopass). Values NM cannot use are reported; unknown words are
// skipped by NM silently, so they are only mentioned when they look like a typo.
import { isMac } from '../catalog/keyTypes';
import { RuleContext } from './context';

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
  const bad = (what: string) =>
    ctx.report(
      'ETHTOOL-001',
      { start: { line: a.line, character: a.value.start }, end: { line: a.line, character: a.value.end } },
      `ETHTOOL_OPTS: ${what}`,
    );
  for (const fragment of text.split(';')) {
    const w = fragment.trim().split(/\s+/).filter(Boolean);
    if (!w.length) continue;
    const cmd = COMMANDS[w[0]];
    if (cmd) {
      if (w.length < 2) {
        bad(`"${w[0]}" needs an interface name and then name/value pairs.`);
        continue;
      }
      const pairs = w.slice(2);
      if (pairs.length % 2) bad(`"${fragment.trim()}" has a name without a value; NetworkManager ignores the rest.`);
      for (let i = 0; i + 1 < pairs.length; i += 2) {
        const v = pairs[i + 1];
        if (cmd === 'onoff' && v !== 'on' && v !== 'off') bad(`${pairs[i]} takes on or off, not "${v}".`);
        if (cmd === 'int' && !/^\d+$/.test(v)) bad(`${pairs[i]} takes a number, not "${v}".`);
      }
      continue;
    }
    if (w[0].startsWith('-')) continue; // other ethtool commands: initscripts runs them, NM ignores them
    for (let i = 0; i < w.length; i++) {
      const k = w[i];
      const v = w[i + 1];
      if (k === 'autoneg') {
        if (v !== 'on' && v !== 'off')
          bad(`autoneg takes on or off, not "${v ?? ''}" (NetworkManager: "Auto-negotiation unknown value").`);
        i++;
      } else if (k === 'speed') {
        if (!v || !/^\d+$/.test(v)) bad(`speed takes a number of Mb/s, not "${v ?? ''}".`);
        i++;
      } else if (k === 'duplex') {
        if (v !== 'half' && v !== 'full') bad(`duplex takes half or full, not "${v ?? ''}".`);
        i++;
      } else if (k === 'wol') {
        if (!v || !/^[pumbagsd]+$/.test(v)) bad(`wol takes letters from "pumbagsd", not "${v ?? ''}".`);
        i++;
      } else if (k === 'sopass') {
        if (!v || !isMac(v, [6])) bad(`sopass takes a MAC-formatted password, not "${v ?? ''}".`);
        i++;
      }
    }
  }
}
