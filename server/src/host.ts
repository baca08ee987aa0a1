// Read-only facts about the machine the server runs on, used as virtualization evidence when
// the workspace is that machine's live network-scripts directory (typical over Remote-SSH).
// Reads /sys only; never executes anything.
import { readFileSync, readdirSync, realpathSync, statSync } from 'fs';
import { join, resolve } from 'path';
import { pathToFileURL } from 'url';
import { HOOK_SCRIPTS, type HostEvidence, vendorOfDmi } from './engine';

const read = (p: string): string | undefined => {
  try {
    return readFileSync(p, 'utf8').trim();
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
  const vendor = read(join(root, 'sys/class/dmi/id/sys_vendor')) ?? '';
  const product = read(join(root, 'sys/class/dmi/id/product_name')) ?? '';
  const both = `${vendor} ${product}`;
  // The same words as a snapshot's dmidecode or /sys/class/dmi/id files.
  const id = vendorOfDmi(both);
  if (id) {
    ev.vendor = id;
    ev.basis = `this machine reports "${both.trim()}" (DMI)`;
  }
  const net = join(root, 'sys/class/net');
  try {
    for (const dev of readdirSync(net).slice(0, 256)) {
      const perm = read(join(net, dev, 'bonding_slave/perm_hwaddr'));
      if (perm) (ev.macs ??= {})[dev] = perm;
    }
  } catch {
    /* no sysfs */
  }
  return ev;
}

/**
 * The initscripts hook scripts present under `root` (default `/`): ifup, ifup-post, ifdown and
 * ifdown-post run /sbin/<hook> when it is executable (initscripts 10.27). Existence only: a
 * stat, never opened, read or run.
 */
export function readHookScripts(root = '/'): string[] {
  return HOOK_SCRIPTS.filter((n) => {
    try {
      return statSync(join(root, 'sbin', n)).isFile();
    } catch {
      return false;
    }
  }).map((n) => `/sbin/${n}`);
}

// The folders NetworkManager's keyfile plugin reads (nms-keyfile-utils.c, NMS_KEYFILE_PATH_NAME_*).
const KEYFILE_DIRS = [
  'etc/NetworkManager/system-connections',
  'usr/lib/NetworkManager/system-connections',
  'run/NetworkManager/system-connections',
];

/**
 * The live keyfile folders a workspace folder is, or contains (/etc, /etc/NetworkManager), on
 * the machine rooted at `root`. Only these get ownership facts: elsewhere a file's owner says
 * nothing about what NetworkManager would do.
 */
export function keyfileDirsOf(folderPath: string, root = '/'): string[] {
  const norm = resolve(folderPath);
  return KEYFILE_DIRS.map((d) => join(root, d)).filter((d) => {
    if (d !== norm && !d.startsWith(norm.replace(/\/+$/, '') + '/')) return false;
    // The real folder, not a copy that happens to sit at a look-alike path through a link.
    try {
      return realpathSync(d) === d && statSync(d).isDirectory();
    } catch {
      return false;
    }
  });
}

/** Owner and mode of every file in the keyfile folders, by file URI, as NetworkManager's
 *  nms_keyfile_utils_check_file_permissions sees them (stat() follows links). */
export function readKeyfileStats(dirs: string[], max = 4096): NonNullable<HostEvidence['keyfileStats']> {
  const out: NonNullable<HostEvidence['keyfileStats']> = {};
  let n = 0;
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      if (n++ >= max) return out;
      const file = join(dir, name);
      try {
        const st = statSync(file);
        if (st.isDirectory()) continue;
        out[pathToFileURL(file).toString()] = { mode: st.mode, uid: st.uid };
      } catch {
        /* vanished, or a dangling link: NetworkManager cannot read it either */
      }
    }
  }
  return out;
}
