// The platform from `dmidecode` (System Information section) or /sys/class/dmi/id files, and
// which hypervisor the words name.
import type { VendorId } from '../catalog/vendors';
import { linesOf, refOn, SourceRef } from './text';

export interface PlatformInfo {
  manufacturer?: string;
  product?: string;
  vendor?: VendorId;
  /** The line that names the platform best (Product Name, else Manufacturer). */
  ref: SourceRef;
}

// Manufacturer/Product Name as hypervisors report them in SMBIOS type 1.
const DMI_VENDORS: Array<[RegExp, VendorId]> = [
  [/innotek|virtualbox/i, 'virtualbox'],
  [/vmware/i, 'vmware'],
  [/microsoft corporation.*virtual machine|hyper-v/i, 'hyperv'],
  [/openstack/i, 'openstack'],
  [/proxmox/i, 'proxmox'],
  [/qemu|\bkvm\b|red hat.*(kvm|openstack)/i, 'kvm'],
  [/\bxen\b/i, 'xen'],
  [/parallels/i, 'parallels'],
  [/google compute engine/i, 'gce'],
];

export function vendorOfDmi(words: string): VendorId | undefined {
  return DMI_VENDORS.find(([re]) => re.test(words))?.[1];
}

/** Reads the "System Information" section (SMBIOS type 1) of dmidecode output. */
export function parseDmidecode(uri: string, text: string): PlatformInfo | undefined {
  const lines = linesOf(text);
  let inSystem = false;
  let man: { v: string; line: number } | undefined;
  let prod: { v: string; line: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (/^\S/.test(l)) {
      if (inSystem && (man || prod)) break;
      inSystem = /^System Information\s*$/.test(l);
      continue;
    }
    if (!inSystem) continue;
    const m = /^\s+(Manufacturer|Product Name):\s*(.*?)\s*$/.exec(l);
    if (!m) continue;
    if (m[1] === 'Manufacturer') man ??= { v: m[2], line: i };
    else prod ??= { v: m[2], line: i };
  }
  if (!man && !prod) return undefined;
  return platform(uri, lines, man, prod);
}

/** sys/class/dmi/id/sys_vendor and product_name (one value per file). */
export function platformFromDmiId(
  vendor?: { uri: string; text: string },
  product?: { uri: string; text: string },
): PlatformInfo | undefined {
  const v = vendor?.text.trim();
  const p = product?.text.trim();
  if (!v && !p) return undefined;
  const vendorId = vendorOfDmi(`${v ?? ''} ${p ?? ''}`);
  const best = p && (vendorId === undefined || vendorOfDmi(p)) ? product! : (vendor ?? product)!;
  const line = linesOf(best.text)[0] ?? '';
  return { manufacturer: v, product: p, vendor: vendorId, ref: refOn(best.uri, 0, line) };
}

function platform(
  uri: string,
  lines: string[],
  man: { v: string; line: number } | undefined,
  prod: { v: string; line: number } | undefined,
): PlatformInfo {
  const vendor = vendorOfDmi(`${man?.v ?? ''} ${prod?.v ?? ''}`);
  // Point at the line that shows the hypervisor's name when there is one.
  const at = prod && (vendor === undefined || vendorOfDmi(prod.v)) ? prod : (man ?? prod)!;
  return { manufacturer: man?.v, product: prod?.v, vendor, ref: refOn(uri, at.line, lines[at.line]) };
}

/** "VirtualBox (innotek GmbH)" — how the platform reads in a message or summary. */
export function platformLabel(p: PlatformInfo): string {
  const parts = [p.manufacturer, p.product].filter((x): x is string => !!x && !/^(none|not specified)$/i.test(x));
  return parts.join(' ');
}
