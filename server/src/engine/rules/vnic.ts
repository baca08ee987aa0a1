// Virtual-NIC pitfalls: a bond whose ports are virtual NICs (known by their MAC prefix, the
// user's virtualization setting, or — weakly — their names). Sources (ids of docs/sources.md):
// `kernel.bonding.rst` fail_over_mac; `vendor.virtualbox`, `vendor.vmware`, `vendor.hyperv`.
import { BOND_OPTION_BY_NAME } from '../catalog/bonding';
import { Vendor, VENDORS, vendorOfIfname, vendorOfMac } from '../catalog/vendors';
import { styled } from '../fixes/bondingOpts';
import { deleteKey } from '../fixes/edits';
import { failOverMacFix, lacksFailOverMac } from '../fixes/failOverMac';
import { bondInt, BondConfig, Profile } from '../model/profile';
import { RelatedInfo } from '../types';
import { bondStateOf } from '../model/bondState';
import { normalizeMac } from '../model/system';
import { isIPv4 } from '../catalog/keyTypes';
import { basename } from '../parser/fileKind';
import { platformLabel } from '../snapshot/dmi';
import type { MachineEvidence } from '../snapshot/machine';
import { PARAVIRTUAL_DRIVERS } from '../snapshot/nicDrivers';
import { keyRange, RuleContext, tokenRange, valueRange } from './context';
import { lineSpan } from '../util/lineSpan';

export interface Evidence {
  vendor: Vendor;
  /** 'platform': the machine's own DMI data or paravirtual NIC driver (a snapshot). */
  source: 'mac' | 'platform' | 'setting' | 'name';
  related: RelatedInfo[];
  /** Human words for where the evidence comes from. */
  basis: string;
}

export function platformEvidence(ctx: RuleContext, bond: Profile): Evidence | undefined {
  const v = ctx.settings.virtualization;
  if (v === 'none') return undefined;
  if (v !== 'auto') {
    const vendor = VENDORS[v];
    return vendor
      ? { vendor, source: 'setting', related: [], basis: `the virtualization setting says ${vendor.name}` }
      : undefined;
  }
  const members = [bond, ...ctx.system.portsOf(bond)];
  let found: Vendor | undefined;
  const related: RelatedInfo[] = [];
  const files = new Set<string>();
  for (const m of members) {
    for (const mac of m.macs) {
      const vendor = vendorOfMac(mac.value);
      if (!vendor) continue;
      found ??= vendor;
      if (vendor !== found) continue;
      files.add(m.doc.file.base);
      related.push({
        uri: m.doc.uri,
        range: mac.range,
        message: `${mac.key}=${mac.value} is a ${vendor.name} MAC (${m.doc.file.base})`,
      });
    }
  }
  // A capture of the running bond shows each port's permanent MAC.
  const cap = ctx.system.captureOf(bond);
  let captured: Set<string> | undefined;
  if (cap) {
    captured = new Set<string>();
    for (const sl of bondStateOf(cap).capture.slaves) {
      captured.add(sl.name);
      const f = sl.fields.get('Permanent HW addr');
      const vendor = f && vendorOfMac(f.value);
      if (!vendor) continue;
      found ??= vendor;
      if (vendor !== found) continue;
      files.add(cap.file.base);
      related.push({
        uri: cap.uri,
        range: lineSpan(f.line, f.valueStart, f.valueEnd),
        message: `${sl.name}'s permanent MAC ${f.value} is a ${vendor.name} MAC (${cap.file.base})`,
      });
    }
  }
  // A snapshot of the machine: permanent MACs of the ports as the kernel reports them.
  const machine = ctx.system.machine;
  if (machine) {
    for (const m of members) {
      // The capture already showed this port's permanent MAC.
      const perm = m.device && !captured?.has(m.device) ? machine.permMacs.get(m.device) : undefined;
      const vendor = perm && vendorOfMac(perm.mac);
      if (!vendor) continue;
      found ??= vendor;
      if (vendor !== found) continue;
      files.add(basename(perm.ref.uri));
      related.push({ ...perm.ref, message: `${m.device}'s permanent MAC ${perm.mac} is a ${vendor.name} MAC` });
    }
  }
  // The machine itself, when the server runs where the files live.
  const host = ctx.settings.host;
  if (host?.macs) {
    for (const m of members) {
      const mac = m.device ? host.macs[m.device] : undefined;
      const vendor = mac && vendorOfMac(mac);
      if (!vendor) continue;
      found ??= vendor;
      if (vendor === found) files.add(`${m.device} on this machine`);
    }
  }
  const platform = machine && machinePlatform(machine, members);
  // The machine's own DMI data says where it runs; MACs can be copied from elsewhere.
  if (found && platform?.fromDmi && platform.vendor !== found) found = undefined;
  if (found) {
    if (platform?.vendor === found) related.unshift(...platform.related);
    return {
      vendor: found,
      source: 'mac',
      related,
      basis: `${[...files].join(', ')} ${files.size === 1 ? 'has' : 'have'} ${found.name} MAC addresses`,
    };
  }
  if (platform)
    return { vendor: platform.vendor, source: 'platform', related: platform.related, basis: platform.basis };
  if (host?.vendor && VENDORS[host.vendor]) {
    return {
      vendor: VENDORS[host.vendor],
      source: 'setting',
      related: [],
      basis: host.basis ?? `this machine is a ${VENDORS[host.vendor].name} VM`,
    };
  }
  for (const m of members.slice(1)) {
    const vendor = m.device ? vendorOfIfname(m.device) : undefined;
    if (vendor && m.deviceRange) {
      return {
        vendor,
        source: 'name',
        related: [
          {
            uri: m.doc.uri,
            range: m.deviceRange,
            message: `${m.device} is a typical ${vendor.name} interface name`,
          },
        ],
        basis: `interface names such as ${m.device}`,
      };
    }
  }
  return undefined;
}

/**
 * What a snapshot says about the platform of a bond's ports: the DMI system line (dmidecode or
 * sys/class/dmi/id) and, per port, the NIC model (lspci) and driver (ethtool -i). A paravirtual
 * driver (vmxnet3, hv_netvsc, virtio_net) names the hypervisor when DMI does not.
 */
function machinePlatform(
  machine: MachineEvidence,
  members: Profile[],
): { vendor: Vendor; related: RelatedInfo[]; basis: string; fromDmi: boolean } | undefined {
  const related: RelatedInfo[] = [];
  let vendor: Vendor | undefined;
  let basis = '';
  const p = machine.platform;
  if (p?.vendor) {
    vendor = VENDORS[p.vendor];
    basis = `${basename(p.ref.uri)} says "${platformLabel(p)}"`;
    related.push({ ...p.ref, message: `${basename(p.ref.uri)}: this machine is "${platformLabel(p)}"` });
  }
  for (const m of members.slice(1)) {
    const nic = m.device ? machine.nics.get(m.device) : undefined;
    if (!nic) continue;
    const pv = nic.driver ? PARAVIRTUAL_DRIVERS[nic.driver] : undefined;
    if (!vendor && pv) {
      vendor = VENDORS[pv];
      basis = `${m.device} uses the ${vendor.name} paravirtual driver ${nic.driver}`;
    }
    if (nic.pci)
      related.push({
        ...nic.pci.ref,
        message: `${m.device}: ${nic.pci.model}${nic.driver ? ` (driver ${nic.driver})` : ''}`,
      });
    else if (nic.driverRef) related.push({ ...nic.driverRef, message: `${m.device}: driver ${nic.driver}` });
  }
  return vendor ? { vendor, related, basis, fromDmi: !!p?.vendor } : undefined;
}

export function checkVirtualNics(ctx: RuleContext): void {
  const p = ctx.profile;
  if (p.type === 'bond' && p.bond) bondRules(ctx, p, p.bond);
  if (p.master) portRules(ctx, p);
}

function bondRules(ctx: RuleContext, p: Profile, b: BondConfig): void {
  const a = b.assignment;
  const r = b.range;
  const ev = platformEvidence(ctx, p);
  const strong = ev && ev.source !== 'name' ? ev : undefined;
  const mode = b.effectiveMode.name;
  // Spelled as the file spells modes, for the few fixes that switch to active-backup.
  const modeAb = () => styled(b, BOND_OPTION_BY_NAME.get('mode')!, 'active-backup');
  const switchToAb = () => {
    const fom = `fail_over_mac=${styled(b, BOND_OPTION_BY_NAME.get('fail_over_mac')!, 'active')}`;
    const ab = modeAb();
    const toks = b.tokens
      .filter((t) => t.key !== 'fail_over_mac')
      .map((t) => (t.key === 'mode' ? `mode=${ab}` : t.text));
    if (!b.modeToken) toks.unshift(`mode=${ab}`);
    toks.push(fom);
    return [
      {
        title: `Use mode=${ab} with ${fom}`,
        preferred: true,
        edits: b.edits.rewrite(toks),
      },
    ];
  };

  if (lacksFailOverMac(b)) {
    const fix = [failOverMacFix(b)];
    const fomText =
      b.fom === 'follow'
        ? "fail_over_mac=follow still moves the bond's MAC onto whichever vNIC becomes active"
        : "with the default fail_over_mac=none every port is given the first port's MAC";
    if (strong) {
      ctx.report(
        'VNIC-001',
        r,
        `Active-backup bond on ${strong.vendor.name} virtual NICs (${strong.basis}): ${fomText}, and ${strong.vendor.why}. Failover then happens inside the guest but the network is dead. Set fail_over_mac=active (1) so each vNIC keeps its own MAC${strong.vendor.hostFix ? `, ${strong.vendor.hostFix}` : ''}.`,
        { severity: strong.vendor.severity, related: strong.related, fixes: fix },
      );
    } else if (ev) {
      ctx.report(
        'VNIC-016',
        r,
        `This looks like a ${ev.vendor.name} VM (${ev.basis}): ${fomText}, and ${ev.vendor.why}. If these are virtual NICs, set fail_over_mac=active (1).`,
        { related: ev.related, fixes: fix },
      );
    } else if (ctx.settings.virtualization === 'auto') {
      ctx.report(
        'VNIC-017',
        r,
        'If these ports are virtual NICs (VirtualBox, VMware, Hyper-V, OpenStack…), the hypervisor drops the MAC that active-backup moves between them and failover leaves the network dead: use fail_over_mac=active (1). On physical NICs the default is fine.',
        { fixes: fix },
      );
    }
  }
  if (strong) {
    if (mode === 'balance-tlb' || mode === 'balance-alb') {
      ctx.report(
        'VNIC-002',
        r,
        `${mode} moves MAC addresses between ports when one fails (alb also answers ARP with per-port MACs); ${strong.vendor.name}'s virtual switch drops that traffic. Prefer active-backup with fail_over_mac=active.`,
        { related: strong.related, fixes: switchToAb() },
      );
    } else if (mode === 'balance-rr' || mode === 'balance-xor' || mode === 'broadcast') {
      ctx.report(
        'VNIC-003',
        r,
        `${mode}${b.mode ? '' : ' (the default: no mode given)'} needs an EtherChannel on the switch and sends one MAC out of several vNICs; ${strong.vendor.name}'s virtual switch offers neither to a guest. Prefer active-backup with fail_over_mac=active.`,
        { related: strong.related, fixes: switchToAb() },
      );
    } else if (mode === '802.3ad') {
      ctx.report(
        'VNIC-004',
        r,
        `802.3ad inside a ${strong.vendor.name} VM has no LACP partner: virtual switches and bridges do not pass LACPDUs to the physical switch. Prefer active-backup with fail_over_mac=active.`,
        { related: strong.related, fixes: switchToAb() },
      );
    }
    const mii = bondInt(b, 'miimon');
    const arp = bondInt(b, 'arp_interval') ?? 0;
    const miiTok = b.opts.get('miimon');
    if (
      miiTok &&
      (mii ?? 0) > 0 &&
      arp === 0 &&
      ['active-backup', 'balance-rr', 'balance-xor', 'broadcast'].includes(mode)
    ) {
      const gw = ctx.doc.effective.get('GATEWAY')?.value.text;
      ctx.report(
        'VNIC-005',
        tokenRange(a, miiTok),
        `In a VM, miimon only sees the virtual cable (the hypervisor's link state), not the host's uplink. ARP monitoring (arp_interval + arp_ip_target) tests real reachability.`,
        {
          fixes:
            gw && isIPv4(gw)
              ? [
                  {
                    title: `Use ARP monitoring of the gateway ${gw}`,

                    edits: b.edits.rewrite([
                      ...b.tokens.filter((t) => !['miimon', 'updelay', 'downdelay'].includes(t.key)).map((t) => t.text),
                      'arp_interval=1000',
                      `arp_ip_target=${gw}`,
                    ]),
                  },
                ]
              : undefined,
        },
      );
    }
    const mac = ctx.doc.effective.get('MACADDR');
    if (mac && mac.value.text && b.fom === 'none' && mode === 'active-backup') {
      ctx.report(
        'VNIC-008',
        keyRange(mac),
        `MACADDR gives the bond a MAC that belongs to no vNIC; ${strong.vendor.name} drops traffic from every port using it.`,
        {
          fixes: [{ title: 'Delete MACADDR', edits: deleteKey(ctx.doc, 'MACADDR') }],
        },
      );
    }
    if (strong.vendor.id === 'openstack') {
      ctx.report(
        'VNIC-010',
        r,
        "OpenStack port security lets each port use only its own MAC and fixed IP: add the bond's IP (and MAC, with fail_over_mac=none) to allowed-address-pairs of every port, or disable port security on them.",
        { related: strong.related },
      );
    }
    if (strong.vendor.id === 'azure' || strong.vendor.id === 'gce') {
      ctx.report('VNIC-015', r, `Guest bonding gives no redundancy on ${strong.vendor.name}: ${strong.vendor.why}.`, {
        related: strong.related,
      });
    }
  }
  if (!strong && b.mode && ['balance-rr', 'balance-xor', 'broadcast'].includes(mode)) {
    ctx.report(
      'BOND-040',
      tokenRange(a, b.modeToken!),
      `${mode} needs a static EtherChannel / trunk group configured on the switch ports; without it the switch sees one MAC flapping between ports.`,
    );
  }
  if (b.fom === 'active' && mode === 'active-backup') {
    const g = bondInt(b, 'num_grat_arp') ?? bondInt(b, 'num_unsol_na');
    if (g === undefined || g <= 1) {
      ctx.report(
        'VNIC-006',
        tokenRange(a, b.opts.get('fail_over_mac')!),
        'With fail_over_mac=active every peer learns the new MAC from the gratuitous ARP sent at failover; one lost packet stalls traffic. Sending a few (num_grat_arp=3) makes failover robust.',
        {
          fixes: [{ title: 'Add num_grat_arp=3', edits: [b.edits.append('num_grat_arp=3')] }],
        },
      );
    }
    const mac = ctx.doc.effective.get('MACADDR');
    if (mac && mac.value.text) {
      ctx.report(
        'VNIC-007',
        keyRange(mac),
        'MACADDR on the bond conflicts with fail_over_mac=active: the bond always takes the MAC of the active port, so this address is ignored (or fights the driver).',
        {
          fixes: [{ title: 'Delete MACADDR', preferred: true, edits: deleteKey(ctx.doc, 'MACADDR') }],
        },
      );
    }
  }
  const bridge = ctx.doc.effective.get('BRIDGE');
  if (bridge && bridge.value.text) {
    const useMode = (m: string) => ({
      title: `Use mode=${m}`,
      edits: b.edits.rewrite([`mode=${m}`, ...b.tokens.filter((t) => t.key !== 'mode').map((t) => t.text)]),
    });
    if (['balance-rr', 'broadcast', 'balance-tlb', 'balance-alb'].includes(mode)) {
      ctx.report(
        'VNIC-012',
        r,
        `This bond is a port of bridge ${bridge.value.text} (guests behind it): modes 0, 3, 5 and 6 break guest connectivity; use active-backup, balance-xor or 802.3ad.`,
        {
          fixes: [useMode(styled(b, BOND_OPTION_BY_NAME.get('mode')!, '802.3ad')), useMode(modeAb())],
        },
      );
    }
    if ((bondInt(b, 'arp_interval') ?? 0) > 0) {
      ctx.report(
        'VNIC-013',
        tokenRange(a, b.opts.get('arp_interval')!),
        'ARP monitoring does not work on a bond that carries bridged guests; use miimon.',
        {
          fixes: [
            {
              title: 'Replace ARP monitoring with miimon=100',

              edits: b.edits.rewrite([
                ...b.tokens.filter((t) => !t.key.startsWith('arp_')).map((t) => t.text),
                ...(b.opts.has('miimon') ? [] : ['miimon=100']),
              ]),
            },
          ],
        },
      );
    }
    if (mode === 'active-backup') {
      ctx.report(
        'VNIC-014',
        r,
        'After an active-backup failover on this host, guests behind the bridge stay unreachable from outside until each sends traffic (nothing announces their MACs on the new port).',
      );
    }
  }
}

function portRules(ctx: RuleContext, port: Profile): void {
  const bond = ctx.system.resolveMaster(port);
  if (!bond || bond.type !== 'bond') return;
  const eff = ctx.doc.effective;
  const mac = eff.get('MACADDR');
  if (mac && mac.value.text) {
    const ev = platformEvidence(ctx, bond);
    if (ev && ev.source !== 'name') {
      ctx.report(
        'VNIC-009',
        keyRange(mac),
        `Changing a vNIC's MAC inside the guest (MACADDR) is blocked by ${ev.vendor.name} unless MAC changes are allowed on the host.`,
        {
          related: ev.related,
          fixes: [{ title: 'Delete MACADDR', edits: deleteKey(ctx.doc, 'MACADDR') }],
        },
      );
    }
  }
  const hw = eff.get('HWADDR');
  if (hw && hw.value.text) {
    const all = ctx.system.portsByHwaddr(bond).get(normalizeMac(hw.value.text)) ?? [];
    // Counted, not copied: with hundreds of ports on one MAC, a list of the others per port
    // would make the directory's work quadratic in memory. `all` holds every port of the bond
    // with this HWADDR, so this port is in it exactly when it is a port of the bond (asked of
    // the index in constant time: searching `all` made the directory's work quadratic in time).
    const twinCount = all.length - (all.length && ctx.system.isPortOf(bond, port) ? 1 : 0);
    if (twinCount) {
      const { message, related } = twinsFinding(all, port, twinCount);
      ctx.report('VNIC-011', valueRange(hw), message, { related });
    }
  }
}

/** The message and related places of VNIC-011 for a port whose HWADDR `all` ports share. */
function twinsFinding(all: Profile[], port: Profile, twinCount: number): { message: string; related: RelatedInfo[] } {
  // Hundreds of ports with one MAC: name a few, so each finding stays small. Every port that
  // is not one of those few names the same ones: their finding is built once per group.
  let shared = true;
  for (let i = 0; i < MAX_TWINS_NAMED && i < all.length; i++) if (all[i] === port) shared = false;
  const cached = shared ? TWINS.get(all) : undefined;
  if (cached && cached.twinCount === twinCount) return cached;
  const named: Profile[] = [];
  for (const o of all) {
    if (named.length === MAX_TWINS_NAMED) break;
    if (o !== port) named.push(o);
  }
  const more = twinCount - named.length;
  const finding = {
    twinCount,
    message: `${named.map((o) => o.doc.file.base).join(', ')}${more ? ` and ${more} other ports` : ''} ${twinCount === 1 ? 'has' : 'have'} the same HWADDR. HWADDR must be each port's own permanent MAC — a bonded system shows the bond's MAC on every port, so copying it from "ip link" gives all ports one address and only one of them can match.`,
    related: named.map((o) => ({
      uri: o.doc.uri,
      range: valueRange(o.doc.effective.get('HWADDR')!),
      message: 'same HWADDR',
    })),
  };
  if (shared) TWINS.set(all, finding);
  return finding;
}

/** VNIC-011's finding for the ports that are not among the few named, per group of ports. */
const TWINS = new WeakMap<Profile[], { twinCount: number; message: string; related: RelatedInfo[] }>();

const MAX_TWINS_NAMED = 5;
