// Virtual NIC vendors recognised by MAC prefix, and how likely their virtual switch is to
// drop a MAC that moved between vNICs. Prefixes: the IEEE OUI registry; what each
// virtual switch does with a moved MAC: `vendor.virtualbox`, `vendor.vmware`, `vendor.hyperv`
// (docs/sources.md).
import type { Severity } from '../types';

export type VendorId =
  | 'virtualbox'
  | 'vmware'
  | 'hyperv'
  | 'virtualpc'
  | 'xen'
  | 'kvm'
  | 'parallels'
  | 'proxmox'
  | 'openstack'
  | 'virtual-iron'
  | 'azure'
  | 'gce';

export interface Vendor {
  id: VendorId;
  name: string;
  /** Severity of "active-backup without fail_over_mac=active" on this platform. */
  severity: Severity;
  /** Why a moved MAC breaks here, in one sentence. */
  why: string;
  /** Host-side alternative to fixing the guest. */
  hostFix: string;
}

export const VENDORS: Record<VendorId, Vendor> = {
  virtualbox: {
    id: 'virtualbox',
    name: 'VirtualBox',
    severity: 'warning',
    why: 'VirtualBox delivers incoming frames to a virtual adapter by destination MAC, so frames for the moved MAC do not reach the adapter that carries it after failover',
    hostFix: 'or allow promiscuous mode on the adapters (VBoxManage modifyvm --nicpromiscN allow-all)',
  },
  vmware: {
    id: 'vmware',
    name: 'VMware',
    severity: 'warning',
    why: "vSphere 7.0+ standard and distributed switches reject MAC address changes and forged transmits by default (a switch security policy; VMware Workstation behaves differently), so the backup vNIC using the other vNIC's MAC is cut off",
    hostFix: 'or set "MAC address changes" and "Forged transmits" to Accept on the port group',
  },
  hyperv: {
    id: 'hyperv',
    name: 'Hyper-V',
    severity: 'warning',
    why: "Hyper-V drops frames whose source MAC is not the adapter's own unless MAC address spoofing is enabled on the VM's network adapter",
    hostFix:
      "or enable MAC address spoofing / NIC teaming on the VM's adapters (Set-VMNetworkAdapter -MacAddressSpoofing On)",
  },
  virtualpc: {
    id: 'virtualpc',
    name: 'Microsoft Virtual PC/Virtual Server',
    severity: 'warning',
    why: 'the virtual switch pins each adapter to its own MAC',
    hostFix: '',
  },
  openstack: {
    id: 'openstack',
    name: 'OpenStack',
    severity: 'warning',
    why: 'Neutron port security only lets each port use its own MAC and fixed IP',
    hostFix: 'and add the bond IP to allowed-address-pairs of every port',
  },
  kvm: {
    id: 'kvm',
    name: 'QEMU/KVM',
    severity: 'information',
    why: 'a plain Linux bridge relearns the moved MAC, but macvtap, libvirt nwfilter (clean-traffic) and untrusted SR-IOV VFs drop it',
    hostFix: 'or use trustGuestRxFilters=yes (macvtap) / `vf trust on`',
  },
  proxmox: {
    id: 'proxmox',
    name: 'Proxmox VE',
    severity: 'information',
    why: "bridges with MAC learning disabled and the VM firewall's MAC filter drop a MAC the vNIC was not assigned",
    hostFix: 'or keep MAC learning on and the firewall macfilter off',
  },
  xen: {
    id: 'xen',
    name: 'Xen',
    severity: 'information',
    why: 'a VIF in locking mode "locked" drops frames that do not carry its own MAC',
    hostFix: 'or unlock the VIFs',
  },
  parallels: {
    id: 'parallels',
    name: 'Parallels',
    severity: 'information',
    why: 'its virtual network may not accept a MAC moved between adapters (undocumented)',
    hostFix: '',
  },
  'virtual-iron': {
    id: 'virtual-iron',
    name: 'Virtual Iron',
    severity: 'information',
    why: 'virtual switches usually pin each vNIC to its MAC',
    hostFix: '',
  },
  azure: {
    id: 'azure',
    name: 'Azure',
    severity: 'information',
    why: 'the cloud fabric forwards per vNIC and pairs the accelerated-networking VF with its synthetic NIC itself',
    hostFix: '',
  },
  gce: {
    id: 'gce',
    name: 'Google Compute Engine',
    severity: 'information',
    why: 'each vNIC must sit in a different VPC network, so a guest bond cannot provide redundancy',
    hostFix: '',
  },
};

const OUI: Array<[string, VendorId]> = [
  ['080027', 'virtualbox'],
  ['005056', 'vmware'],
  ['000C29', 'vmware'],
  ['000569', 'vmware'],
  ['001C14', 'vmware'],
  ['00155D', 'hyperv'],
  ['0003FF', 'virtualpc'],
  ['00163E', 'xen'],
  ['525400', 'kvm'],
  ['001C42', 'parallels'],
  ['BC2411', 'proxmox'],
  ['FA163E', 'openstack'],
  ['000F4B', 'virtual-iron'],
  ['000D3A', 'azure'],
];
const OUI_MAP = new Map(OUI);

/** Normalises `08:00:27:5c:b0:e5` / `08-00-27-…` / single-digit octets to upper hex. */
export function normalizeMac(mac: string): string | undefined {
  const parts = mac.trim().split(/[:-]/);
  if (parts.length < 3 || !parts.every((p) => /^[0-9A-Fa-f]{1,2}$/.test(p))) return undefined;
  return parts.map((p) => p.padStart(2, '0').toUpperCase()).join(':');
}

// Called for every port of every bond on every analysis: recent answers are remembered. A
// bond's checks ask about the same few MACs many times in a row, so a small cache serves them;
// a large one would only keep a workspace's worth of MACs alive in a language server.
const macCache = new Map<string, Vendor | null>();
const MAC_CACHE_SIZE = 512;

export function vendorOfMac(mac: string): Vendor | undefined {
  const hit = macCache.get(mac);
  if (hit !== undefined) return hit ?? undefined;
  const n = normalizeMac(mac);
  let v: Vendor | undefined;
  if (n) {
    const id = OUI_MAP.get(n.slice(0, 8).replace(/:/g, ''));
    v = id ? VENDORS[id] : n.startsWith('42:01:') ? VENDORS.gce : undefined;
  }
  if (macCache.size >= MAC_CACHE_SIZE) macCache.clear();
  macCache.set(mac, v ?? null);
  return v;
}

/** Interface names that suggest a hypervisor (weak evidence: Information at most). */
const NAME_HINTS: Array<[RegExp, VendorId]> = [
  [/^enp0s(3|8|9|10)$/, 'virtualbox'],
  [/^ens(192|224|256|161|33)$/, 'vmware'],
  [/^ens(18|19)$/, 'proxmox'],
  [/^(ens3|enp1s0)$/, 'kvm'],
];

export function vendorOfIfname(name: string): Vendor | undefined {
  for (const [re, id] of NAME_HINTS) if (re.test(name)) return VENDORS[id];
  return undefined;
}

export const VIRTUALIZATION_SETTINGS: readonly string[] = ['auto', 'none', ...Object.keys(VENDORS)];
