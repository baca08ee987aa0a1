// Addresses as NetworkManager prints them after storing them in binary (inet_ntop).
import { isIPv4, isIPv6, isNetmask, netmaskToPrefix } from './keyTypes';

function ipv6Words(s: string): number[] | undefined {
  if (!isIPv6(s)) return undefined;
  // A dotted IPv4 tail is two 16-bit words.
  const text = s.replace(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/, (_m, a: string, b: string, c: string, d: string) =>
    [((+a << 8) | +b).toString(16), ((+c << 8) | +d).toString(16)].join(':'),
  );
  const parse = (p: string): number[] => (p ? p.split(':').map((h) => parseInt(h, 16)) : []);
  const parts = text.split('::');
  if (parts.length === 1) {
    const w = parse(parts[0]);
    return w.length === 8 ? w : undefined;
  }
  const h = parse(parts[0]);
  const r = parse(parts[1]);
  const fill = 8 - h.length - r.length;
  return fill < 1 ? undefined : [...h, ...Array<number>(fill).fill(0), ...r];
}

/** glibc inet_ntop(AF_INET6): lower case, the longest run of two or more zero words as `::`
 *  (the first on a tie), IPv4-mapped and -compatible forms with a dotted tail. */
export function canonicalIPv6(s: string): string | undefined {
  const w = ipv6Words(s);
  if (!w || w.length !== 8) return undefined;
  let best = -1;
  let bestLen = 0;
  for (let i = 0; i < 8;) {
    if (w[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && w[j] === 0) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  if (bestLen < 2) best = -1;
  const dotted = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  if (best === 0 && (bestLen === 6 || (bestLen === 5 && w[5] === 0xffff)) && !(bestLen === 6 && w[6] === 0)) {
    return (bestLen === 5 ? '::ffff:' : '::') + dotted(w[6], w[7]);
  }
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (i === best) {
      out += '::';
      i += bestLen - 1;
      continue;
    }
    if (out && !out.endsWith(':')) out += ':';
    out += w[i].toString(16);
  }
  return out;
}

export function canonicalIP(s: string, v6: boolean): string | undefined {
  if (v6) return canonicalIPv6(s);
  return isIPv4(s) ? s : undefined;
}

/** The classful prefix NM assumes for an IPv4 address without PREFIX/NETMASK
 *  (nm_ip4_addr_get_default_prefix). */
export function classfulPrefix(addr: string): number {
  const first = Number(addr.split('.')[0]);
  if (first < 128) return 8;
  if (first < 192) return 16;
  if (first < 224) return 24;
  return 32;
}

/** nm_ip4_addr_netmask_to_prefix: the leading one bits of a dotted mask, even when ones
 *  follow a zero (NM does not reject such a NETMASK, it counts). */
export function maskPrefix(mask: string): number {
  if (isNetmask(mask)) return netmaskToPrefix(mask);
  const n = mask.split('.').reduce((acc, b) => acc * 256 + Number(b), 0);
  let c = 0;
  for (let bit = 31; bit >= 0 && Math.floor(n / 2 ** bit) % 2 === 1; bit--) c++;
  return c;
}
