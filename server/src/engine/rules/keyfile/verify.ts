// What NetworkManager's verify()/normalize() makes of a loaded keyfile: the profile-level
// checks that reject it (missing type, bad uuid, missing interface-name, controller without
// port-type, IP method against addresses) and the normalizations that silently drop settings.
// Facts: nm-setting-connection.c verify (SCON L1383-1640), nm-connection.c normalize
// (CONN L1077-1437, L1857-1883), nm-setting-ip4-config.c / nm-setting-ip6-config.c verify,
// nm-keyfile.c (id/uuid fallbacks, legacy interface-name), at NetworkManager 355bc902994f.
import { NM_SETTINGS, settingOfGroup, SETTING_BY_NAME, groupSpelling } from '../../catalog/nm';
import { isIPv4, isIPv6, isNmLegacyUuid } from '../../catalog/keyTypes';
import { KfEntry, unescapedText } from '../../parser/keyfile';
import { Range } from '../../types';
import type { RuleContext } from '../context';
import { ifnameProblem, readAddressOrRoute } from './valueCheck';
import { checkDhcpHostname } from './dhcpHostname';
import { checkIpValues } from './ipValues';
import { entriesOf, entryOf, groupFor, hasSetting, valueOf } from '../../model/keyfileView';
import { kfEntryRange, kfValueRange } from './schema';
import { keyfileEdits } from '../../fixes/keyfileEdits';
import { nmOlderThan } from '../../settings';
import { message } from '../registry';
import { lineSpan } from '../../util/lineSpan';
import { addressIndex } from '../../model/addresses';

const PORT_GROUPS = ['bond-port', 'bridge-port', 'team-port', 'ovs-port', 'ovs-interface'];
const PORT_TYPES = ['bond', 'bridge', 'team', 'ovs-bridge', 'ovs-port', 'vrf'];

const CANONICAL_UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** The connection type NM ends up with: `type=` (aliases resolved) or the single base-type group. */
export function keyfileType(ctx: RuleContext): { type?: string; entry?: KfEntry; inferred: boolean } {
  const kf = ctx.doc.keyfile!;
  const entry = entryOf(kf, 'connection', 'type');
  if (entry) return { type: settingOfGroup(unescapedText(entry.raw))?.name, entry, inferred: false };
  const bases = NM_SETTINGS.filter((s) => s.base && hasSetting(kf, s.name));
  return { type: bases.length === 1 ? bases[0].name : undefined, inferred: true };
}

function firstLine(ctx: RuleContext): Range {
  const kf = ctx.doc.keyfile!;
  const g = kf.groupsByName.get('connection')?.[0] ?? kf.groups[0];
  return g ? lineSpan(g.line, g.start, g.end) : lineSpan(0, 0, ctx.doc.lines[0].text.length);
}

export function checkKeyfileVerify(ctx: RuleContext): void {
  const kf = ctx.doc.keyfile;
  if (!kf || kf.errors.length) return; // GLib refused the file: NM never gets this far
  const edits = keyfileEdits(ctx.doc);
  const t = keyfileType(ctx);
  if (t.entry && !t.type) {
    const raw = unescapedText(t.entry.raw);
    ctx.report(
      'KEYFILE-030',
      kfValueRange(t.entry),
      `"${raw}" is not a connection type NetworkManager knows: verify() fails and the profile is not loaded.`,
    );
  } else if (!t.type) {
    const bases = NM_SETTINGS.filter((s) => s.base && hasSetting(kf, s.name)).map((s) => groupSpelling(s));
    ctx.report(
      'KEYFILE-030',
      firstLine(ctx),
      bases.length
        ? `No type= and several type groups ([${bases.join('], [')}]): NetworkManager cannot tell the type, verify() fails and the profile is not loaded.`
        : 'No type= and no group naming a type ([ethernet], [bond], …): verify() fails ("connection.type: property is missing") and the profile is not loaded.',
    );
  }
  // Each entry read once; its value is what valueOf would read again.
  const id = entryOf(kf, 'connection', 'id');
  if (id && unescapedText(id.raw) === '')
    ctx.report(
      'KEYFILE-030',
      kfEntryRange(id),
      'id is empty: verify() fails ("connection.id: property is empty") and the profile is not loaded. Remove the line to use the file name, or give a name.',
    );
  const uuidE = entryOf(kf, 'connection', 'uuid');
  const uuid = uuidE && unescapedText(uuidE.raw);
  if (uuidE && uuid !== undefined && !CANONICAL_UUID.test(uuid) && !isNmLegacyUuid(uuid))
    ctx.report(
      'KEYFILE-030',
      kfValueRange(uuidE),
      `"${uuid}" is not a UUID: verify() fails and the profile is not loaded.`,
    );
  else if (!uuidE)
    ctx.report(
      'KEYFILE-036',
      firstLine(ctx),
      'No uuid=: NetworkManager derives one from the file path, so renaming or moving the file gives the profile a new identity (ports that name it by UUID lose it).',
    );
  checkInterfaceName(ctx, t.type);
  const c = controllerEntry(ctx);
  checkPort(ctx, c);
  // verify() sees [ipv4]/[ipv6] of a port too: normalize() removes them only from a valid profile.
  checkIp(ctx, 'ipv4');
  checkIp(ctx, 'ipv6');
  checkDhcpHostname(ctx);
  checkIpValues(ctx);
  if (t.type === 'vlan') {
    const parent = valueOf(kf, 'vlan', 'parent');
    if (!parent && !valueOf(kf, '802-3-ethernet', 'mac-address'))
      ctx.report(
        'KEYFILE-035',
        rangeOfGroup(ctx, 'vlan') ?? firstLine(ctx),
        'A VLAN needs parent= (interface name or UUID) or [ethernet] mac-address= to find its parent: verify() fails and the profile is not loaded.',
      );
  }
  // nm-setting-bluetooth.c verify: bdaddr is required, so an absent [bluetooth] cannot be
  // filled in by normalize() either ("setting required for connection of type").
  if (t.type === 'bluetooth' && !valueOf(kf, 'bluetooth', 'bdaddr'))
    ctx.report(
      'KEYFILE-035',
      rangeOfGroup(ctx, 'bluetooth') ?? firstLine(ctx),
      'A Bluetooth profile needs [bluetooth] bdaddr= (the device address): verify() fails and the profile is not loaded.',
    );
  if (t.type === 'wireguard') checkWireGuardMethods(ctx);
  if (t.type === 'infiniband' && !valueOf(kf, 'infiniband', 'transport-mode'))
    ctx.report(
      'KEYFILE-035',
      rangeOfGroup(ctx, 'infiniband') ?? firstLine(ctx),
      'InfiniBand needs transport-mode=datagram or connected: verify() fails and the profile is not loaded.',
      {
        fixes: [
          {
            title: 'Add transport-mode=datagram',
            edits: [edits.addKey(kf.groupsByName.get('infiniband'), 'infiniband', 'transport-mode', 'datagram')],
          },
        ],
      },
    );
}

// nm-setting-wireguard.c verify: WireGuard is layer 3 only and supports a few IP methods.
const WG_METHODS: Record<'ipv4' | 'ipv6', string[]> = {
  ipv4: ['disabled', 'manual'],
  ipv6: ['ignore', 'link-local', 'manual', 'disabled'],
};

function checkWireGuardMethods(ctx: RuleContext): void {
  const kf = ctx.doc.keyfile!;
  for (const family of ['ipv4', 'ipv6'] as const) {
    const e = entryOf(kf, family, 'method');
    const m = valueOf(kf, family, 'method')?.trim();
    if (!e || !m || WG_METHODS[family].includes(m)) continue;
    ctx.report(
      'KEYFILE-032',
      kfValueRange(e),
      `NetworkManager does not support ${family}.method=${m} on WireGuard (only ${WG_METHODS[family].join(', ')}): verify() fails and the profile is not loaded.`,
    );
  }
}

function rangeOfGroup(ctx: RuleContext, setting: string): Range | undefined {
  const kf = ctx.doc.keyfile!;
  const g = groupFor(kf, setting);
  const occ = g !== undefined ? kf.groupsByName.get(g)?.[0] : undefined;
  return occ ? lineSpan(occ.line, occ.start, occ.end) : undefined;
}

/** The interface the profile binds to: [connection] interface-name, else the legacy [<type>] key. */
export function keyfileInterface(ctx: RuleContext, type: string | undefined): KfEntry | undefined {
  const kf = ctx.doc.keyfile!;
  return entryOf(kf, 'connection', 'interface-name') ?? (type ? entryOf(kf, type, 'interface-name') : undefined);
}

function checkInterfaceName(ctx: RuleContext, type: string | undefined): void {
  const e = keyfileInterface(ctx, type);
  if (e) {
    // The entry NM reads, so its value is the one valueOf would give.
    const name = unescapedText(e.raw);
    const problem = ifnameProblem(name);
    if (problem)
      ctx.report(
        'KEYFILE-030',
        kfValueRange(e),
        `${problem}: verify() rejects the interface name and the profile is not loaded.`,
      );
    return;
  }
  const s = type ? SETTING_BY_NAME.get(type) : undefined;
  if (s?.needsInterfaceName)
    ctx.report(
      'KEYFILE-030',
      firstLine(ctx),
      `A ${groupSpelling(s)} profile needs interface-name= in [connection]: verify() fails ("connection.interface-name: property is missing") and the profile is not loaded.`,
    );
}

/** controller/master and port-type/slave-type: the deprecated key is read later and wins. */
export function controllerEntry(ctx: RuleContext): KfEntry | undefined {
  const kf = ctx.doc.keyfile!;
  return entryOf(kf, 'connection', 'master') ?? entryOf(kf, 'connection', 'controller');
}

export function portTypeEntry(ctx: RuleContext): KfEntry | undefined {
  const kf = ctx.doc.keyfile!;
  return entryOf(kf, 'connection', 'slave-type') ?? entryOf(kf, 'connection', 'port-type');
}

/** The port type NM ends up with: written, or inferred from the single port group. */
export function effectivePortType(ctx: RuleContext): string | undefined {
  const kf = ctx.doc.keyfile!;
  const pt = portTypeEntry(ctx);
  if (pt) return valueOf(kf, 'connection', pt.key);
  const groups = PORT_GROUPS.filter((g) => hasSetting(kf, g));
  return groups.length === 1 ? SETTING_BY_NAME.get(groups[0])?.portOf : undefined;
}

/** `c`: the controller entry (controllerEntry). */
function checkPort(ctx: RuleContext, c: KfEntry | undefined): void {
  const kf = ctx.doc.keyfile!;
  const edits = keyfileEdits(ctx.doc);
  const pt = portTypeEntry(ctx);
  const ptValue = pt ? unescapedText(pt.raw) : undefined;
  if (pt && ptValue && !PORT_TYPES.includes(ptValue)) return; // KEYFILE-027 already says it
  if (pt && ptValue && !c) {
    ctx.report(
      'KEYFILE-031',
      kfEntryRange(pt),
      `${pt.key}=${ptValue} without controller=: verify() fails ("Slave connections need a valid 'controller' property") and the profile is not loaded.`,
    );
    return;
  }
  if (!c) return;
  if (!pt) {
    const groups = PORT_GROUPS.filter((g) => hasSetting(kf, g));
    if (groups.length !== 1)
      ctx.report(
        'KEYFILE-031',
        kfEntryRange(c),
        `${c.key}= without port-type=${groups.length ? ` and several port groups` : ' and no port group such as [bond-port]'}: verify() fails ("Cannot set 'controller' without 'port-type'") and the profile is not loaded.`,
        {
          fixes: [
            {
              title: 'Add port-type=bond',
              edits: [edits.addKey(kf.groupsByName.get('connection'), 'connection', 'port-type', 'bond')],
            },
            {
              title: 'Add port-type=bridge',
              edits: [edits.addKey(kf.groupsByName.get('connection'), 'connection', 'port-type', 'bridge')],
            },
          ],
        },
      );
  }
  // NetworkManager 1.46 and later write controller= alone: an advisory only for profiles that
  // must also work with an older version, as the host says (settings.minimumNmVersion).
  if (c.key === 'controller' && !entryOf(kf, 'connection', 'master') && nmOlderThan(ctx.settings, '1.46'))
    ctx.report(
      'KEYFILE-034',
      kfEntryRange(c),
      message('KEYFILE-034', 'main', { version: ctx.settings.minimumNmVersion!, value: c.raw.trim() }),
    );
  const portType = effectivePortType(ctx);
  if (portType && portType !== 'vrf') {
    for (const ip of ['ipv4', 'ipv6']) {
      const g = groupFor(kf, ip);
      if (!g || !entriesOf(kf, ip).length) continue;
      const occ = kf.groupsByName.get(g)![0];
      ctx.report(
        'KEYFILE-033',
        lineSpan(occ.line, occ.start, occ.end),
        `A ${portType} port has no IP configuration of its own: NetworkManager removes [${g}] when it loads the profile. Configure addresses on the ${portType}.`,
        { tags: [1] },
      );
    }
  }
}

const ROUTE_KEY = /^routes?(?:0|[1-9]\d*)?$/;
// IP methods that allow no addresses, or no DNS servers (nm-setting-ip4-config.c,
// nm-setting-ip6-config.c verify).
const NO_ADDRESSES = { ipv4: ['link-local', 'disabled'], ipv6: ['ignore', 'link-local', 'disabled'] };
const NO_DNS = { ipv4: ['link-local', 'shared', 'disabled'], ipv6: ['ignore', 'link-local', 'disabled'] };

function checkIp(ctx: RuleContext, family: 'ipv4' | 'ipv6'): void {
  const kf = ctx.doc.keyfile!;
  const g = groupFor(kf, family);
  if (g === undefined) return;
  const methodE = entryOf(kf, family, 'method');
  const method = methodE && unescapedText(methodE.raw);
  if (!methodE) {
    const occ = kf.groupsByName.get(g)![0];
    ctx.report(
      'KEYFILE-032',
      lineSpan(occ.line, occ.start, occ.end),
      `[${g}] without method=: verify() fails ("${family}.method: property is missing") and the profile is not loaded.`,
    );
    return;
  }
  // Sorted into addresses, routes and DNS in one pass over the entries.
  const addresses: KfEntry[] = [];
  const dns: KfEntry[] = [];
  let routes = 0;
  const fam = family === 'ipv4' ? 4 : 6;
  for (const o of kf.groupsByName.get(g) ?? [])
    for (const e of o.entries) {
      // Each pattern tried only on keys with its first letter.
      const c = e.key.charCodeAt(0);
      if (c === 97 /* a */ && addressIndex(e.key) !== undefined) addresses.push(e);
      else if (c === 114 /* r */ && ROUTE_KEY.test(e.key))
        routes += readAddressOrRoute(fam, 'route', e.raw).kept ? 1 : 0;
      else if ((e.key === 'dns' || e.key === 'dns-search') && e.raw.trim() !== '') dns.push(e);
    }
  const kept = checkGateway(ctx, family, addresses);
  // Only what the reader kept counts: an address it dropped with a warning is no address.
  if (method === 'manual' && !kept && !routes && valueOf(kf, family, 'clat') !== '2')
    ctx.report(
      'KEYFILE-032',
      kfValueRange(methodE),
      addresses.length
        ? `method=manual needs at least one address or route, and NetworkManager could not read ${addresses.length === 1 ? 'the address' : 'any of the addresses'}: verify() fails ("${family}.method: method 'manual' requires at least an address, a route, or CLAT set to 'force'") and the profile is not loaded.`
        : `method=manual needs at least one address (address1=…) or route: verify() fails ("${family}.method: method 'manual' requires at least an address, a route, or CLAT set to 'force'") and the profile is not loaded.`,
    );
  const noAddr = NO_ADDRESSES[family];
  const noDns = NO_DNS[family];
  if (method && noAddr.includes(method))
    for (const a of addresses)
      ctx.report(
        'KEYFILE-032',
        kfEntryRange(a),
        `Addresses are not allowed with method=${method}: verify() fails and the profile is not loaded.`,
      );
  if (method && noDns.includes(method))
    for (const d of dns)
      ctx.report(
        'KEYFILE-032',
        kfEntryRange(d),
        `${d.key} is not allowed with method=${method}: verify() fails and the profile is not loaded.`,
      );
}

/** The order in which the reader takes address keys (nm-keyfile.c _build_list_data_cmp): by number
 *  (`address` before `address0`), then `address` before `addresses`. */
function addressOrder(key: string): [number, number] {
  return [addressIndex(key)!, key.startsWith('addresses') ? 1 : 0];
}

/** nm-keyfile.c ip_address_or_route_parser and gateway_parser, then nm-setting-ip-config.c verify:
 *  the gateway is the `gateway=` key, else the gateway field of the first address the reader
 *  keeps; verify() refuses one that is no address of the family, or one without any address.
 *  Returns how many addresses the reader keeps. */
function checkGateway(ctx: RuleContext, family: 'ipv4' | 'ipv6', entries: KfEntry[]): number {
  const kf = ctx.doc.keyfile!;
  const fam = family === 'ipv4' ? 4 : 6;
  const sorted = entries
    .map((e) => ({ e, o: addressOrder(e.key), r: readAddressOrRoute(fam, 'address', e.raw) }))
    .sort((a, b) => a.o[0] - b.o[0] || a.o[1] - b.o[1]);
  const kept = sorted.filter((a) => a.r.kept);
  const gatewayE = entryOf(kf, family, 'gateway');
  const fromAddress = kept.find((a) => a.r.gateway !== undefined);
  const isIP = fam === 4 ? isIPv4 : isIPv6;
  // Later gateway fields are not read; the gateway= key replaces the first one.
  for (const a of kept)
    if (
      a.r.gateway !== undefined &&
      (a !== fromAddress || gatewayE) &&
      a.r.gateway !== (gatewayE && unescapedText(gatewayE.raw))
    )
      ctx.report(
        'KEYFILE-024',
        kfValueRange(a.e),
        gatewayE
          ? `NetworkManager ignores this gateway ${a.r.gateway}: the gateway= key of [${family}] wins.`
          : `NetworkManager ignores this gateway ${a.r.gateway}: only the first address with a gateway (${fromAddress!.e.key}) sets it.`,
      );
  const gwE = gatewayE ?? fromAddress?.e;
  const gw = gatewayE ? unescapedText(gatewayE.raw) : fromAddress?.r.gateway;
  if (gwE && gw !== undefined) {
    const at = kfValueRange(gwE);
    if (!isIP(gw))
      ctx.report(
        'KEYFILE-027',
        at,
        `${gw === '' ? 'The gateway is empty' : /\s$/.test(gw) ? `"${gw}" ends in a blank, which is part of a keyfile value` : `"${gw}" is not an IPv${fam} address`}: verify() fails ("${family}.gateway: gateway is invalid") and NetworkManager does not load the profile.`,
      );
    else if (!kept.length)
      ctx.report(
        'KEYFILE-032',
        at,
        `A gateway needs an address NetworkManager can read in [${family}] (method=${valueOf(kf, family, 'method') ?? ''} alone gives none): verify() fails ("${family}.gateway: gateway cannot be set if there are no addresses configured") and the profile is not loaded. Remove the gateway or add the address.`,
      );
  }
  return kept.length;
}
