// Node-side file helpers shared by the server's workspace scan and ifcfg-lint (neither imports
// the other).
import * as fs from 'fs';
import { CAPTURE_HEADER } from '../engine';

/** A pasted /proc/net/bonding capture (capture.txt, bond0.log…), recognised by its first line. */
export function looksLikeCapture(p: string): boolean {
  if (!/(^|\/)[^/.]*(\.(txt|log|out))?$/i.test(p)) return false;
  try {
    const fd = fs.openSync(p, 'r');
    try {
      if (fs.fstatSync(fd).size > 256 * 1024) return false;
      const buf = Buffer.alloc(200);
      const n = fs.readSync(fd, buf, 0, 200, 0);
      return CAPTURE_HEADER.test(buf.subarray(0, n).toString('utf8'));
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false;
  }
}
