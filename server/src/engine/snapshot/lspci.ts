// Network controllers from `lspci -nnvv`: slot, model, PCI ids and the driver in use.
import { linesOf, refOn, SourceRef } from './text';

export interface PciNic {
  /** Bus address as lspci prints it ("00:08.0" or "0000:00:08.0"). */
  slot: string;
  /** "Intel Corporation 82540EM Gigabit Ethernet Controller". */
  model: string;
  /** "8086:100e". */
  ids?: string;
  subsystem?: string;
  driver?: string;
  ref: SourceRef;
}

// Slot, class name, [class id], device name, [vendor:device]; -nn prints both ids in brackets.
const HEADER =
  /^((?:[0-9a-f]{4,}:)?[0-9a-f]{2}:[0-9a-f]{2}\.[0-7])\s+(.*?)\s*\[(02[0-9a-f]{2})\]:\s*(.*?)(?:\s*\[([0-9a-f]{4}:[0-9a-f]{4})\])?(?:\s*\(rev [0-9a-f]+\))?(?:\s*\(prog-if.*)?$/i;

export function parseLspci(uri: string, text: string): PciNic[] {
  const out: PciNic[] = [];
  const lines = linesOf(text);
  let cur: PciNic | undefined;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (/^\S/.test(l)) {
      cur = undefined;
      const m = HEADER.exec(l);
      if (m) {
        cur = { slot: m[1].toLowerCase(), model: m[4], ids: m[5]?.toLowerCase(), ref: refOn(uri, i, l, m[4]) };
        out.push(cur);
      }
      continue;
    }
    if (!cur) continue;
    const f = /^\t(Subsystem|Kernel driver in use):\s*(.*?)\s*$/.exec(l);
    if (f?.[1] === 'Subsystem') cur.subsystem = f[2];
    else if (f) cur.driver = f[2];
  }
  return out;
}

/** lspci omits the PCI domain 0000; ethtool's bus-info includes it. */
export function sameSlot(a: string, b: string): boolean {
  const strip = (s: string) => s.toLowerCase().replace(/^0000:/, '');
  return strip(a) === strip(b);
}
