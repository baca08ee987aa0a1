// Values of the IP settings that verify() refuses and no catalog row can tell: an empty
// dhcp-client-id, a dhcp-iaid that is no IAID, and an IPv6 token outside addr-gen-mode=eui64 or
// with bits in its upper half. Facts: nm-setting-ip4-config.c verify (dhcp-client-id),
// nm-setting-ip-config.c verify and nm-utils.c _nm_utils_iaid_verify (dhcp-iaid, with
// nm-base.c nm_dhcp_iaid_from_hexstr), nm-setting-ip6-config.c verify (token) with
// nm-shared-utils.c _nm_utils_inet6_is_token, nm-keyfile.c ip6_addr_gen_mode_parser (a token
// without addr-gen-mode reads as eui64), NetworkManager 355bc902994f.
import { isIPv6 } from '../../catalog/keyTypes';
import { unescapedText } from '../../parser/keyfile';
import type { RuleContext } from '../context';
import { kfValueRange } from './schema';
import { verifyFails } from './verifyValues';
import { parseNmInt } from './valueCheck';
import { entryOf, groupFor } from '../../model/keyfileView';

const IAID_WORDS = ['mac', 'perm-mac', 'ifname', 'stable'];

/** _nm_utils_iaid_verify: a word, a number up to 2^32-1 (base 0), or four bytes in hex. */
export function isIaid(s: string): boolean {
  if (IAID_WORDS.includes(s)) return true;
  if (!/^[0-9a-fA-Fx:]+$/.test(s)) return false;
  const n = parseNmInt(s).value;
  if (n !== undefined && n >= 0n && n < 1n << 32n) return true;
  return /^(0x)?[0-9a-fA-F]{8}$/.test(s) || /^[0-9a-fA-F]{1,2}(:[0-9a-fA-F]{1,2}){3}$/.test(s);
}

/** The sixteen bytes of an IPv6 address (isIPv6 already holds). */
function ipv6Bytes(s: string): number[] {
  const [head, tail = ''] = s.includes('::') ? s.split('::') : [s, undefined];
  const groups = (p: string) => (p ? p.split(':') : []);
  const words = (p: string[]) =>
    p.flatMap((g) =>
      g.includes('.')
        ? [(+g.split('.')[0] << 8) | +g.split('.')[1], (+g.split('.')[2] << 8) | +g.split('.')[3]]
        : [parseInt(g, 16)],
    );
  const h = words(groups(head));
  const t = s.includes('::') ? words(groups(tail)) : [];
  const all = [...h, ...new Array<number>(8 - h.length - t.length).fill(0), ...t];
  return all.flatMap((w) => [w >> 8, w & 255]);
}

export function checkIpValues(ctx: RuleContext): void {
  const kf = ctx.doc.keyfile!;
  for (const family of ['ipv4', 'ipv6'] as const) {
    if (groupFor(kf, family) === undefined) continue;
    const iaid = entryOf(kf, family, 'dhcp-iaid');
    const iaidText = iaid && unescapedText(iaid.raw);
    if (iaid && iaidText !== undefined && !isIaid(iaidText))
      ctx.report(
        'KEYFILE-027',
        kfValueRange(iaid),
        verifyFails(
          'dhcp-iaid takes mac, perm-mac, ifname, stable (lowercase), a number or four hex bytes such as 0a:0b:0c:0d',
          `${family}.dhcp-iaid: '${iaidText}' is not a valid IAID`,
        ),
      );
  }
  const clientId = entryOf(kf, 'ipv4', 'dhcp-client-id');
  if (clientId && unescapedText(clientId.raw) === '')
    ctx.report(
      'KEYFILE-027',
      kfValueRange(clientId),
      verifyFails(
        'dhcp-client-id is empty (remove the line for the default)',
        'ipv4.dhcp-client-id: property is empty',
      ),
    );
  checkToken(ctx);
}

function checkToken(ctx: RuleContext): void {
  const kf = ctx.doc.keyfile!;
  const tokenE = entryOf(kf, 'ipv6', 'token');
  if (!tokenE) return;
  const token = unescapedText(tokenE.raw);
  const modeE = entryOf(kf, 'ipv6', 'addr-gen-mode');
  // As the reader takes addr-gen-mode: absent is eui64 next to a token, unreadable default-or-eui64.
  const mode = modeE ? unescapedText(modeE.raw).trim() : 'eui64';
  const n = /^-?(0x[0-9a-fA-F]+|\d+)$/.test(mode) ? Number(mode) : undefined;
  if (mode !== 'eui64' && n !== 0) {
    // A number that is no mode is refused earlier, for addr-gen-mode itself.
    if (n !== undefined && (n < 0 || n > 3)) return;
    ctx.report(
      'KEYFILE-037',
      kfValueRange(tokenE),
      verifyFails(
        `A token only sets the interface identifier of EUI-64 addresses, and addr-gen-mode=${mode} makes none (write addr-gen-mode=eui64, or remove the token)`,
        'ipv6.token: only makes sense with EUI64 address generation mode',
      ),
    );
    return;
  }
  const bytes = isIPv6(token) ? ipv6Bytes(token) : undefined;
  if (bytes && bytes.slice(0, 8).every((b) => b === 0) && bytes.slice(8).some((b) => b !== 0)) return;
  ctx.report(
    'KEYFILE-027',
    kfValueRange(tokenE),
    verifyFails(
      `"${token}" is no token: an IPv6 address with only the lower 64 bits set, such as ::1:2:3:4`,
      'ipv6.token: value is not a valid token',
    ),
  );
}
