// The DHCP host name keys of an ifcfg file as NetworkManager's verify() judges them once the
// ifcfg-rh reader has turned them into a profile: flags only while a host name is sent, known
// flags in allowed pairs, FQDN flags over DHCPv4 only with DHCP_FQDN, and a dotted DHCP_FQDN.
// Facts: nms-ifcfg-rh-reader.c make_ip4_setting / make_ip6_setting (DHCP_HOSTNAME_FLAGS and
// DHCPV6_HOSTNAME_FLAGS read as base-10 numbers up to G_MAXUINT32, skipped for a disabled IPv4),
// nm-setting-ip-config.c verify, nm-utils.c _nm_utils_validate_dhcp_hostname_flags,
// nm-setting-ip4-config.c verify, NetworkManager 355bc902994f. The wording is in the metadata.
import { NM_FALSE } from '../catalog/keyTypes';
import type { Assignment } from '../parser/document';
import { RuleContext, valueRange } from './context';
import { message } from './registry';

/** What NetworkManager's verify() says of these flags (_nm_utils_validate_dhcp_hostname_flags). */
export function dhcpHostnameFlagsError(flags: bigint, ipv6: boolean): string | undefined {
  if (flags & ~15n) return `unknown flags 0x${(flags & ~15n).toString(16)}`;
  if ((flags & 5n) === 5n) return "'fqdn-no-update' and 'fqdn-serv-update' flags cannot be set at the same time";
  if (flags & 8n && flags & 7n) return "'fqdn-clear-flags' flag is incompatible with other FQDN flags";
  if (ipv6 && flags & 2n) return 'DHCPv6 does not support the E (encoded) FQDN flag';
  return undefined;
}

export function checkDhcpHostname(ctx: RuleContext): void {
  if (ctx.doc.file.kind !== 'ifcfg') return;
  const effective = ctx.doc.effective;
  const get = (key: string) => effective.get(key);
  const flagsAt = get('DHCP_HOSTNAME_FLAGS');
  const fqdn = get('DHCP_FQDN');
  // Nearly every file has neither key, and then the IPv4 side has nothing to judge.
  if ((flagsAt || fqdn) && !ip4Disabled(ctx)) {
    const flags = checkFamily(ctx, 'ipv4', flagsAt, get('DHCP_SEND_HOSTNAME'));
    const name = fqdn?.value.text ?? '';
    if (fqdn && name && !name.includes('.'))
      ctx.report('IFCFG-055', valueRange(fqdn), message('IFCFG-055', 'badFqdn', { value: name }));
    else if (!name && flags.value & 15n)
      ctx.report('IFCFG-055', valueRange(flags.at!), message('IFCFG-055', 'noFqdn', { value: flags.text }));
  }
  // make_ip6_setting reads the DHCPv6 keys whatever the IPv6 method.
  const flags6 = get('DHCPV6_HOSTNAME_FLAGS');
  if (flags6) checkFamily(ctx, 'ipv6', flags6, get('DHCPV6_SEND_HOSTNAME'));
}

/** make_ip4_setting returns before the DHCP keys when IPv4 is disabled: BOOTPROTO none or static
 *  (or none at all) without any address, prefix or netmask. */
function ip4Disabled(ctx: RuleContext): boolean {
  const text = (key: string) => ctx.doc.effective.get(key)?.value.text.trim() ?? '';
  const bootproto = text('BOOTPROTO').toLowerCase();
  const anyAddress = ['', '0', '1', '2'].some((i) => text(`IPADDR${i}`) || text(`PREFIX${i}`) || text(`NETMASK${i}`));
  return ['', 'none', 'static'].includes(bootproto) && !anyAddress;
}

/** Reports the flags verify() refuses; returns them as NetworkManager holds them (0 if unread). */
function checkFamily(
  ctx: RuleContext,
  family: 'ipv4' | 'ipv6',
  at: Assignment | undefined,
  sendAt: Assignment | undefined,
): { value: bigint; text: string; at?: Assignment } {
  // svGetValueInt64(…, 10, 0, G_MAXUINT32, -1): decimal, blanks around allowed, else not set.
  const m = at && /^\s*\+?(\d+)\s*$/.exec(at.value.text);
  const value = m && BigInt(m[1]) < 1n << 32n ? BigInt(m[1]) : 0n;
  if (!at || !value) return { value: 0n, text: '' };
  const shown = at.value.text.trim();
  const send = sendAt?.value.text.toLowerCase();
  // svGetValueBoolean: NetworkManager's own yes/no words, anything else is the default (yes).
  if (send !== undefined && NM_FALSE.includes(send))
    ctx.report(
      'IFCFG-055',
      valueRange(at),
      message('IFCFG-055', 'noHostname', { key: at.key, value: shown, send: sendAt!.key, family }),
    );
  const nm = dhcpHostnameFlagsError(value, family === 'ipv6');
  if (nm)
    ctx.report('IFCFG-055', valueRange(at), message('IFCFG-055', 'flags', { key: at.key, value: shown, family, nm }));
  return { value, text: shown, at };
}
