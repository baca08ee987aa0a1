// The host name a profile sends over DHCP, as verify() checks it: dhcp-hostname-flags only while a
// host name is sent, FQDN flags in [ipv4] only with dhcp-fqdn, and dhcp-fqdn non-empty, dotted and
// not next to dhcp-hostname. Facts: nm-setting-ip-config.c verify (dhcp-hostname, dhcp-hostname-flags
// against the deprecated dhcp-send-hostname boolean), nm-setting-ip4-config.c verify (dhcp-fqdn,
// NM_DHCP_HOSTNAME_FLAGS_FQDN_MASK), nm-keyfile.c _read_handle_renamed_properties and nm-connection.c
// _normalize_ip_config (dhcp-send-hostname= is the tri-state the boolean is copied from), NM 355bc902994f.
import { KfEntry, unescapedText } from '../../parser/keyfile';
import type { RuleContext } from '../context';
import { kfValueRange } from './schema';
import { verifyFails } from './verifyValues';
import { parseNmInt, readSendHostname } from './valueCheck';
import { entryOf, groupFor } from '../../model/keyfileView';

/** dhcp-hostname-flags as NetworkManager holds it: a plain guint, 0 when it cannot be read. */
function heldFlags(e: KfEntry | undefined): bigint {
  const v = e ? parseNmInt(e.raw).value : undefined;
  return v !== undefined && v >= 0n && v < 1n << 32n ? v : 0n;
}

export function checkDhcpHostname(ctx: RuleContext): void {
  const kf = ctx.doc.keyfile!;
  for (const family of ['ipv4', 'ipv6'] as const) {
    if (groupFor(kf, family) === undefined) continue;
    const hostname = entryOf(kf, family, 'dhcp-hostname');
    if (hostname && unescapedText(hostname.raw) === '')
      ctx.report(
        'KEYFILE-027',
        kfValueRange(hostname),
        verifyFails(
          'dhcp-hostname is empty (remove the line to send the machine’s host name)',
          `${family}.dhcp-hostname: property is empty`,
        ),
      );
    const flagsE = entryOf(kf, family, 'dhcp-hostname-flags');
    const flags = heldFlags(flagsE);
    if (flagsE && flags) checkFlagsWithoutHostname(ctx, family, flagsE);
    if (family === 'ipv4') checkFqdn(ctx, flagsE, flags, hostname);
  }
}

/** verify() compares the flags with the deprecated boolean: dhcp-send-hostname-deprecated=false
 *  fails at once, dhcp-send-hostname=false (tri-state 0) once normalize() has copied it over. */
function checkFlagsWithoutHostname(ctx: RuleContext, family: 'ipv4' | 'ipv6', flagsE: KfEntry): void {
  const kf = ctx.doc.keyfile!;
  const oldE = entryOf(kf, family, 'dhcp-send-hostname-deprecated');
  const old = oldE && /^(true|false|1|0)[ \t]*$/.exec(oldE.raw);
  const v2E = entryOf(kf, family, 'dhcp-send-hostname');
  const off =
    old && (old[1] === 'false' || old[1] === '0') ? oldE : v2E && readSendHostname(v2E.raw) === 0n ? v2E : undefined;
  if (!off) return;
  ctx.report(
    'KEYFILE-037',
    kfValueRange(flagsE),
    verifyFails(
      `dhcp-hostname-flags=${flagsE.raw.trim()} shapes the host name NetworkManager sends, but ${off.key}=${off.raw.trim()} sends none (remove the flags, or send the host name)`,
      `${family}.dhcp-hostname-flags: the property cannot be set when 'dhcp-send-hostname' is disabled`,
    ),
  );
}

function checkFqdn(ctx: RuleContext, flagsE: KfEntry | undefined, flags: bigint, hostname: KfEntry | undefined): void {
  const fqdnE = entryOf(ctx.doc.keyfile!, 'ipv4', 'dhcp-fqdn');
  if (fqdnE) {
    const fqdn = unescapedText(fqdnE.raw);
    if (fqdn === '')
      ctx.report(
        'KEYFILE-027',
        kfValueRange(fqdnE),
        verifyFails('dhcp-fqdn is empty', 'ipv4.dhcp-fqdn: property is empty'),
      );
    else if (!fqdn.includes('.'))
      ctx.report(
        'KEYFILE-027',
        kfValueRange(fqdnE),
        verifyFails(
          `"${fqdn}" has no dot, so it is no fully qualified name (use dhcp-hostname= for a short name)`,
          `ipv4.dhcp-fqdn: '${fqdn}' is not a valid FQDN`,
        ),
      );
    else if (hostname)
      ctx.report(
        'KEYFILE-037',
        kfValueRange(fqdnE),
        verifyFails(
          'dhcp-fqdn and dhcp-hostname exclude each other (keep one)',
          'ipv4.dhcp-fqdn: property cannot be set when dhcp-hostname is also set',
        ),
      );
    return;
  }
  // The four FQDN bits (NM_DHCP_HOSTNAME_FLAGS_FQDN_MASK): over DHCPv4 NetworkManager sends the FQDN option only for dhcp-fqdn.
  if (flagsE && flags & 15n)
    ctx.report(
      'KEYFILE-035',
      kfValueRange(flagsE),
      verifyFails(
        `dhcp-hostname-flags=${flagsE.raw.trim()} sets FQDN flags, which [ipv4] uses only with dhcp-fqdn= (a dotted name)`,
        'ipv4.dhcp-hostname-flags: FQDN flags requires a FQDN set',
      ),
    );
}
