// Where a machine's files sit inside a snapshot: an sosreport (as the `sos` tool writes it) or
// any tree laid out like a machine's root. Pure path logic; the host does the reading.
// Sources: sos 4.12.0 plugins networking.py, hardware.py, pci.py, host.py, system.py,
// networkmanager.py and Plugin._mangle_command (docs/sources.md, "Machine snapshots").

/** Directories whose direct children are a machine's config or running-bond files. */
const MACHINE_DIRS = ['etc/sysconfig/network-scripts', 'etc/NetworkManager/system-connections', 'proc/net/bonding'];

/** Each directory with the slashes it is searched with (made once: asked of every file). */
const MACHINE_DIR_PATHS = MACHINE_DIRS.map((d) => [d, `/${d}/`, `${d}/`] as const);

const norm = (p: string): string => p.replace(/\\/g, '/');

/**
 * The root of the machine a config or capture file belongs to, when the file sits directly in
 * one of the machine's well-known directories (`<root>/etc/sysconfig/network-scripts/ifcfg-x`,
 * `<root>/proc/net/bonding/bond0`). The innermost match wins, so an sosreport unpacked on a
 * machine is its own machine. Files in subdirectories (backups) do not belong: no tool reads them.
 * Returns undefined for files elsewhere; '' for a root at the top of the path (`/etc/...`).
 */
export function machineRootOf(uri: string): string | undefined {
  const p = norm(uri);
  // Indexed, without destructuring: asked of every file, in code that runs cold, where a for-of
  // or an array pattern allocates at each step.
  for (let i = 0; i < MACHINE_DIR_PATHS.length; i++) {
    const d = MACHINE_DIR_PATHS[i][0];
    const inner = MACHINE_DIR_PATHS[i][1];
    const top = MACHINE_DIR_PATHS[i][2];
    const at = p.lastIndexOf(inner);
    if (at < 0 && !p.startsWith(top)) continue;
    const rest = p.slice(at < 0 ? d.length + 1 : at + d.length + 2);
    if (!rest || rest.includes('/')) continue;
    return at < 0 ? '' : p.slice(0, at);
  }
  return undefined;
}

/** What a file of the snapshot tells, by its path relative to the root. */
export type SnapshotRole =
  | { kind: 'dmidecode' }
  | { kind: 'dmi-id'; field: 'sys_vendor' | 'product_name' }
  | { kind: 'lspci' }
  | { kind: 'ethtool-i'; dev: string }
  | { kind: 'ip-link' }
  | { kind: 'sys-perm-hwaddr'; dev: string }
  | { kind: 'sys-operstate'; dev: string }
  | { kind: 'hostname' }
  | { kind: 'connection-file'; name: string }
  | { kind: 'hook-script'; name: string };

const DEV = '([A-Za-z0-9_.:@-]{1,15})';

// sos names a command's output file by replacing every run of characters other than letters,
// digits, '-', '.' and '/' with '_' (Plugin._mangle_command), under sos_commands/<plugin>/.
const ROLES: Array<[RegExp, (m: RegExpExecArray) => SnapshotRole]> = [
  [/^sos_commands\/hardware\/dmidecode$/, () => ({ kind: 'dmidecode' })],
  [/^sys\/class\/dmi\/id\/(sys_vendor|product_name)$/, (m) => ({ kind: 'dmi-id', field: m[1] as 'sys_vendor' })],
  [/^sos_commands\/pci\/lspci_-nnvv$/, () => ({ kind: 'lspci' })],
  [new RegExp(`^sos_commands/networking/ethtool_-i_${DEV}$`), (m) => ({ kind: 'ethtool-i', dev: m[1] })],
  [/^sos_commands\/networking\/(ip_-d_address|ip_-s_-d_link|ip_-d_link)$/, () => ({ kind: 'ip-link' })],
  [new RegExp(`^sys/class/net/${DEV}/bonding_slave/perm_hwaddr$`), (m) => ({ kind: 'sys-perm-hwaddr', dev: m[1] })],
  [new RegExp(`^sys/class/net/${DEV}/operstate$`), (m) => ({ kind: 'sys-operstate', dev: m[1] })],
  [/^(sos_commands\/host\/hostname|etc\/hostname)$/, () => ({ kind: 'hostname' })],
  [/^etc\/NetworkManager\/system-connections\/([^/]+)$/, (m) => ({ kind: 'connection-file', name: m[1] })],
  [/^(?:usr\/)?sbin\/(if(?:up|down)(?:-pre)?-local)$/, (m) => ({ kind: 'hook-script', name: m[1] })],
];

/**
 * The files above as globs relative to a machine root (the server watches each one at any depth),
 * so that a change to one re-reads the machine's evidence. Keyfiles are watched as profiles.
 * A unit test holds these globs and ROLES to the same files.
 */
export const SNAPSHOT_WATCH_GLOBS: readonly string[] = [
  'sos_commands/hardware/dmidecode',
  'sys/class/dmi/id/{sys_vendor,product_name}',
  'sos_commands/pci/lspci_-nnvv',
  'sos_commands/networking/{ethtool_-i_*,ip_-d_address,ip_-s_-d_link,ip_-d_link}',
  'sys/class/net/*/{operstate,bonding_slave/perm_hwaddr}',
  '{sos_commands/host/hostname,etc/hostname}',
  'sbin/{ifup-pre-local,ifup-local,ifdown-pre-local,ifdown-local}',
];

export function snapshotRole(rel: string): SnapshotRole | undefined {
  const p = norm(rel).replace(/^\.?\/+/, '');
  for (const [re, f] of ROLES) {
    const m = re.exec(p);
    if (m) return f(m);
  }
  return undefined;
}

/**
 * Where the host looks (relative to the root): directories listed one level deep, and
 * `sys/class/net/<dev>/` entries for each device. Nothing else of a snapshot is read.
 */
export const SNAPSHOT_DIRS: readonly string[] = [
  'sos_commands/hardware',
  'sos_commands/pci',
  'sos_commands/networking',
  'sos_commands/host',
  'sys/class/dmi/id',
  'etc',
  'etc/NetworkManager/system-connections',
];
export const SYS_NET = 'sys/class/net';
export const SYS_NET_FILES: readonly string[] = ['bonding_slave/perm_hwaddr', 'operstate'];

/** An sosreport root holds sos_commands/ (and version.txt); a plain machine tree does not. */
export const SOS_MARKER = 'sos_commands';

/** The hook scripts initscripts runs by absolute path (ifup, ifup-post, ifdown, ifdown-post). */
export const HOOK_SCRIPTS: readonly string[] = ['ifup-pre-local', 'ifup-local', 'ifdown-pre-local', 'ifdown-local'];
/** Where the host looks for them, relative to the root: only whether they exist matters. With
 *  /usr merged (RHEL 7 on) /sbin is a link to usr/sbin, and a copied tree may hold either. */
export const HOOK_SCRIPT_PATHS: readonly string[] = ['sbin', 'usr/sbin'].flatMap((d) =>
  HOOK_SCRIPTS.map((n) => `${d}/${n}`),
);
