// One machine's running state, gathered from a snapshot's files: the platform, each
// interface's NIC model and driver, link state and permanent MAC. Built from texts the host
// supplies; reading nothing itself.
import { parseDmidecode, platformFromDmiId, PlatformInfo } from './dmi';
import { parseEthtoolI } from './ethtool';
import { LinkInfo, parseIpLink } from './ipLink';
import { snapshotRole } from './layout';
import { parseLspci, PciNic, sameSlot } from './lspci';
import { refOn, SourceRef } from './text';

export interface SnapshotFile {
  /** Path relative to the snapshot root, '/'-separated. */
  rel: string;
  uri: string;
  text: string;
}

export interface NicEvidence {
  name: string;
  driver?: string;
  driverRef?: SourceRef;
  /** The lspci device line ("Intel Corporation 82540EM Gigabit Ethernet Controller"). */
  pci?: PciNic;
}

export interface PermMac {
  mac: string;
  ref: SourceRef;
}

export interface MachineEvidence {
  /** The root as the documents' URIs spell it (the key of the machine's system). */
  root: string;
  kind: 'sosreport' | 'machine';
  hostname?: string;
  platform?: PlatformInfo;
  links: Map<string, LinkInfo>;
  nics: Map<string, NicEvidence>;
  /** Permanent MACs of bond ports (ip -d bond_slave perm_hwaddr or sysfs bonding_slave/perm_hwaddr). */
  permMacs: Map<string, PermMac>;
  /** Operational state from sysfs (when the snapshot has it and `ip` output does not). */
  operstate: Map<string, string>;
  /** Names of files in etc/NetworkManager/system-connections (keyfile profiles). */
  connectionFiles: string[];
  /** initscripts hook scripts the tree holds ("/sbin/ifup-local"), one per name: existence only. */
  hookScripts: string[];
}

export function machineEvidence(root: string, files: readonly SnapshotFile[], sosreport: boolean): MachineEvidence {
  const m: MachineEvidence = {
    root,
    kind: sosreport ? 'sosreport' : 'machine',
    links: new Map(),
    nics: new Map(),
    permMacs: new Map(),
    operstate: new Map(),
    connectionFiles: [],
    hookScripts: [],
  };
  const dmiId: { sys_vendor?: SnapshotFile; product_name?: SnapshotFile } = {};
  const drivers: Array<[string, ReturnType<typeof parseEthtoolI>]> = [];
  let pci: PciNic[] = [];
  for (const f of files) {
    const role = snapshotRole(f.rel);
    if (!role) continue;
    switch (role.kind) {
      case 'dmidecode':
        m.platform = parseDmidecode(f.uri, f.text) ?? m.platform;
        break;
      case 'dmi-id':
        dmiId[role.field] = f;
        break;
      case 'lspci':
        pci = parseLspci(f.uri, f.text);
        break;
      case 'ethtool-i':
        drivers.push([role.dev, parseEthtoolI(f.uri, f.text)]);
        break;
      case 'ip-link':
        // ip -d address and ip -s -d link describe the same interfaces; the first one read wins.
        for (const l of parseIpLink(f.uri, f.text)) if (!m.links.has(l.name)) m.links.set(l.name, l);
        break;
      case 'sys-perm-hwaddr': {
        const mac = f.text.trim().split('\n')[0];
        if (/^[0-9a-fA-F:]{17}$/.test(mac))
          m.permMacs.set(role.dev, { mac: mac.toLowerCase(), ref: refOn(f.uri, 0, mac) });
        break;
      }
      case 'sys-operstate':
        m.operstate.set(role.dev, f.text.trim());
        break;
      case 'hostname':
        m.hostname ??= f.text.trim().split('\n')[0] || undefined;
        break;
      case 'connection-file':
        m.connectionFiles.push(role.name);
        break;
      case 'hook-script':
        // sbin/ and usr/sbin/ are one folder on a /usr-merged machine: name each hook once.
        if (!m.hookScripts.some((h) => h.endsWith(`/${role.name}`))) m.hookScripts.push(`/${f.rel}`);
        break;
    }
  }
  m.platform ??= platformFromDmiId(dmiId.sys_vendor, dmiId.product_name);
  for (const l of m.links.values()) {
    const p = l.bondPort;
    if (p?.permHwaddr && p.permRef && !m.permMacs.has(l.name))
      m.permMacs.set(l.name, { mac: p.permHwaddr, ref: p.permRef });
  }
  for (const [dev, d] of drivers) {
    const bus = d.busInfo ?? m.links.get(dev)?.parentDev;
    m.nics.set(dev, {
      name: dev,
      driver: d.driver,
      driverRef: d.ref,
      pci: bus ? pci.find((n) => sameSlot(n.slot, bus)) : undefined,
    });
  }
  // Interfaces without ethtool output: the PCI device named by ip's parentdev.
  for (const l of m.links.values()) {
    if (m.nics.has(l.name) || !l.parentDev) continue;
    const dev = pci.find((n) => sameSlot(n.slot, l.parentDev!));
    if (dev) m.nics.set(l.name, { name: l.name, driver: dev.driver, pci: dev });
  }
  return m;
}
