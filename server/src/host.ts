// Read-only facts about the machine the server runs on, used as virtualization evidence when
// the workspace is that machine's live network-scripts directory (typical over Remote-SSH).
// Reads /sys only; never executes anything.
import * as fs from 'fs';
import * as path from 'path';
import { type HostEvidence, type VendorId } from './engine';

const DMI: Array<[RegExp, VendorId]> = [
  [/innotek|virtualbox|oracle corporation.*virtualbox/i, 'virtualbox'],
  [/vmware/i, 'vmware'],
  [/microsoft corporation.*virtual machine|hyper-v/i, 'hyperv'],
  [/openstack/i, 'openstack'],
  [/proxmox/i, 'proxmox'],
  [/qemu|kvm|red hat.*(kvm|openstack)/i, 'kvm'],
  [/\bxen\b/i, 'xen'],
  [/parallels/i, 'parallels'],
  [/google compute engine/i, 'gce'],
];

const read = (p: string): string | undefined => {
  try {
    return fs.readFileSync(p, 'utf8').trim();
  } catch {
    return undefined;
  }
};

/** True when a workspace folder is the live configuration directory of this machine. */
export function isLiveConfigDir(folderPath: string): boolean {
  const norm = folderPath.replace(/\/+$/, '');
  return /^\/etc\/sysconfig(\/network-scripts)?$/.test(norm) || norm === '/etc';
}

/** Reads DMI and the permanent MACs of bond ports under `root` (default `/`). */
export function readHostEvidence(root = '/'): HostEvidence {
  const ev: HostEvidence = {};
  const vendor = read(path.join(root, 'sys/class/dmi/id/sys_vendor')) ?? '';
  const product = read(path.join(root, 'sys/class/dmi/id/product_name')) ?? '';
  const both = `${vendor} ${product}`;
  for (const [re, id] of DMI) {
    if (re.test(both)) {
      ev.vendor = id;
      ev.basis = `this machine reports "${both.trim()}" (DMI)`;
      break;
    }
  }
  const net = path.join(root, 'sys/class/net');
  try {
    for (const dev of fs.readdirSync(net).slice(0, 256)) {
      const perm = read(path.join(net, dev, 'bonding_slave/perm_hwaddr'));
      if (perm) (ev.macs ??= {})[dev] = perm;
    }
  } catch {
    /* no sysfs */
  }
  return ev;
}
