// `ethtool -i <dev>`: the driver and the bus address of an interface.
import { linesOf, refOn, SourceRef } from './text';

export interface DriverInfo {
  driver?: string;
  busInfo?: string;
  ref?: SourceRef;
}

export function parseEthtoolI(uri: string, text: string): DriverInfo {
  const out: DriverInfo = {};
  const lines = linesOf(text, 100);
  for (let i = 0; i < lines.length; i++) {
    const m = /^(driver|bus-info):\s*(\S*)\s*$/.exec(lines[i]);
    if (!m || !m[2]) continue;
    if (m[1] === 'driver') {
      out.driver = m[2];
      out.ref = refOn(uri, i, lines[i], m[2]);
    } else out.busInfo = m[2];
  }
  return out;
}
