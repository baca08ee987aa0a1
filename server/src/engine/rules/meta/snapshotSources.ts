// Sources of the machine-snapshot readers (server/src/engine/snapshot/): what an sosreport
// holds and how the command outputs in it are laid out. Rendered into docs/sources.md by
// scripts/gen-rules-doc.ts; documentation only, not imported by the server or the CLI.

export interface SnapshotSource {
  id: string;
  project: string;
  version: string;
  url: string;
  /** What was read, and for which reader (Markdown). */
  usedFor: string;
}

export const SNAPSHOT_INTRO =
  "How `server/src/engine/snapshot/` finds a machine's files in an sosreport and reads the command outputs in it. Read for facts only; no code or text is taken from these projects.";

export const SNAPSHOT_SOURCES: readonly SnapshotSource[] = [
  {
    id: 'sos',
    project: 'sos (sosreport)',
    version: '4.12.0 (`5c7e63ee22a96435d16e07c1bcb53faa8020a498`, 4.12.0-4-g5c7e63ee)',
    url: 'https://github.com/sosreport/sos/tree/5c7e63ee22a96435d16e07c1bcb53faa8020a498',
    usedFor:
      'The report layout (`snapshot/layout.ts`): `sos/report/plugins/__init__.py` `_mangle_command()` (a command\'s output file name: runs of characters other than letters, digits, `-`, `.` and `/` become `_`, so `ip -d address` is `sos_commands/networking/ip_-d_address`, `ethtool -i eth0` is `ethtool_-i_eth0`), `add_cmd_output(root_symlink=…)` (the root\'s `dmidecode`, `lspci`, `hostname` links into `sos_commands/`); `sos/report/__init__.py` (`cmddir = \'sos_commands\'`, `version.txt`, the device list for `add_device_cmd`: every entry of `/sys/class/net` except `bonding_masters`). Plugins: `networking.py` (copies `/proc/net/` — hence `proc/net/bonding/bondN` — and `/sys/class/net/*/flags`, `statistics/`, `device/numa_node`; runs `ip -d address`, `ip -s -d link`, `ip -o addr`, and `ethtool -i` and the other short options per device), `networkmanager.py` (copies `/etc/NetworkManager/system-connections/`; runs `nmcli con show id "<name>"`, `nmcli dev show "<dev>"`), `system.py` (copies `/etc/sysconfig`, hence `etc/sysconfig/network-scripts/`), `hardware.py` (copies `/sys/class/dmi/id/*`; runs `dmidecode`), `pci.py` (runs `lspci -nnvv` and `lspci -tv`), `host.py` (runs `hostname`).',
  },
  {
    id: 'iproute2',
    project: 'iproute2',
    version:
      '`ee2a4a86625688d8c2b468ec15d7ae35a4f5717f` (v7.1.0-55; first read at `01e5409371270eb59179fb2a63f2827a63368b70`)',
    url: 'https://github.com/iproute2/iproute2',
    usedFor:
      'What `ip -d address`/`ip -d link` print (`snapshot/ipLink.ts`): `ip/ipaddress.c` (the header line with flags, `master`, `state`; `link/ether`), `ip/iplink_bond.c` `bond_print_opt()` (`bond mode … active_slave … miimon … primary … fail_over_mac …` as name-value pairs; mode and fail_over_mac by name from `mode_tbl`/`fail_over_mac_tbl`; `primary` and `active_slave` only when set — the running bond for BOND-062/063 when a snapshot has no `/proc/net/bonding/<bond>`), `ip link` adding the link mode (`mode DEFAULT`) to the header line, `ip/iplink_bond_slave.c` (`bond_slave state ACTIVE|BACKUP mii_status UP|DOWN|GOING_DOWN|GOING_BACK link_failure_count N perm_hwaddr MAC …`).',
  },
  {
    id: 'linux-bonding-procfs',
    project: 'Linux kernel',
    version: 'v6.12',
    url: 'https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/tree/drivers/net/bonding/bond_procfs.c?h=v6.12',
    usedFor:
      '`/proc/net/bonding/<bond>` lists every enslaved interface (`bond_info_show_slave()` per slave) and prints `Primary Slave:` in active-backup, balance-tlb and balance-alb (`bond_info_show_master()`): the running ports and primary that BOND-062/063/064 compare with the profiles. `drivers/net/bonding/bond_sysfs_slave.c`: `bonding_slave/perm_hwaddr`.',
  },
  {
    id: 'dmidecode',
    project: 'dmidecode',
    version: '3.x output format (fixtures modelled on 3.3/3.5 output; source not re-read for this change)',
    url: 'https://git.savannah.gnu.org/cgit/dmidecode.git',
    usedFor:
      'SMBIOS type 1 "System Information" (`Manufacturer:`, `Product Name:`) as dmidecode prints it (`snapshot/dmi.ts`); hypervisors report themselves there ("innotek GmbH" / "VirtualBox", "VMware, Inc." / "VMware Virtual Platform", "Microsoft Corporation" / "Virtual Machine", "QEMU").',
  },
  {
    id: 'pciutils',
    project: 'pciutils (lspci)',
    version: '3.x output format (source not re-read for this change)',
    url: 'https://github.com/pciutils/pciutils',
    usedFor:
      '`lspci -nnvv` device lines `slot class [cccc]: name [vvvv:dddd] (rev rr)` and the `Kernel driver in use:` line (`snapshot/lspci.ts`); the slot omits PCI domain 0000 that `ethtool -i` prints in `bus-info:`.',
  },
  {
    id: 'linux-nic-drivers',
    project: 'Linux kernel',
    version: 'v6.12',
    url: 'https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/tree/drivers/net?h=v6.12',
    usedFor:
      'Paravirtual NIC driver names as `ethtool -i` reports them (`snapshot/nicDrivers.ts`): `vmxnet3/` (`vmxnet3`), `hyperv/netvsc_drv.c` (`hv_netvsc`), `virtio_net.c` (`virtio_net`). Emulated `e1000` (82540EM) exists as real hardware and decides nothing by itself.',
  },
];

export const SNAPSHOT_NOTE =
  'Note: sos 4.12.0 does not copy `/sys/class/net/*/bonding_slave/perm_hwaddr`; in an sosreport the ports\' permanent MACs come from `proc/net/bonding/bondN` ("Permanent HW addr") and `ip -d address` (`perm_hwaddr`). The sysfs files are read when a tree laid out like a machine\'s root (not made by sos) has them.';
