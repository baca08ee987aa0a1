// The upstream sources every rule is checked against, each pinned to the version that was
// read. docs/sources.md is rendered from this table; rule metadata refers to it by id.

export interface Pin {
  project: string;
  /** Tag or commit that was read. */
  version: string;
  repo: string;
}

export const PINS = {
  linux: {
    project: 'Linux kernel',
    version: 'v6.12 (bond_opts table as in gregkh/linux 074de2f6706e)',
    repo: 'https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git',
  },
  nm: {
    project: 'NetworkManager',
    version: '355bc902994f8f616bc80dcb451455f7aeb6b809 (1.59.1-dev)',
    repo: 'https://gitlab.freedesktop.org/NetworkManager/NetworkManager',
  },
  initscripts: {
    project: 'initscripts (network-scripts)',
    version: '10.27 (849d5b047eb1)',
    repo: 'https://github.com/fedora-sysv/initscripts',
  },
  glib: {
    project: 'GLib',
    version: 'GNOME/glib ec5397f9b0fba888a2643a8a9c0238c5f1f55980 (gkeyfile.c as read)',
    repo: 'https://gitlab.gnome.org/GNOME/glib',
  },
  iproute2: {
    project: 'iproute2',
    version:
      'iproute2/iproute2 ee2a4a866256 (v7.1.0-55; ip/iplink_bond.c, ip/ipaddress.c and ip/iplink_bridge.c as read; bridge_parse_opt unchanged since 0778b741225a, read first)',
    repo: 'https://git.kernel.org/pub/scm/network/iproute2/iproute2.git',
  },
  ipcalc: {
    project: 'ipcalc (the /bin/ipcalc initscripts calls)',
    version: 'nmav/ipcalc 178fb70c2fd3 (ipcalc.1 as read)',
    repo: 'https://github.com/nmav/ipcalc',
  },
  vendors: {
    project: 'Vendor documentation',
    version: 'the documents named below, as published for the product version given',
    repo: '',
  },
} as const satisfies Record<string, Pin>;

export type PinId = keyof typeof PINS;

export interface SourceDoc {
  pin: PinId;
  path: string;
}

/** Files (or documents) of the pinned trees that rules cite. */
export const SOURCE_FILES = {
  'kernel.bond_options': { pin: 'linux', path: 'drivers/net/bonding/bond_options.c' },
  'kernel.bond_main': { pin: 'linux', path: 'drivers/net/bonding/bond_main.c' },
  'kernel.bond_procfs': { pin: 'linux', path: 'drivers/net/bonding/bond_procfs.c' },
  'kernel.bond_netlink': { pin: 'linux', path: 'drivers/net/bonding/bond_netlink.c' },
  'kernel.bonding.rst': { pin: 'linux', path: 'Documentation/networking/bonding.rst' },
  'kernel.br_stp': { pin: 'linux', path: 'net/bridge/br_stp.c' },
  'kernel.br_stp_if': { pin: 'linux', path: 'net/bridge/br_stp_if.c' },
  'kernel.br_netlink': { pin: 'linux', path: 'net/bridge/br_netlink.c' },
  'kernel.br_private': { pin: 'linux', path: 'net/bridge/br_private.h' },
  'kernel.eth': { pin: 'linux', path: 'net/ethernet/eth.c' },
  'kernel.etherdevice': { pin: 'linux', path: 'include/linux/etherdevice.h' },
  'iproute2.bridge': { pin: 'iproute2', path: 'ip/iplink_bridge.c' },
  'iproute2.bond': { pin: 'iproute2', path: 'ip/iplink_bond.c' },
  'iproute2.ipaddress': { pin: 'iproute2', path: 'ip/ipaddress.c' },
  'ipcalc.man': { pin: 'ipcalc', path: 'ipcalc.1 (--netmask)' },
  'nm.bond': { pin: 'nm', path: 'src/libnm-core-impl/nm-setting-bond.c' },
  'nm.vlan': { pin: 'nm', path: 'src/libnm-core-impl/nm-setting-vlan.c' },
  'nm.bridge': { pin: 'nm', path: 'src/libnm-core-impl/nm-setting-bridge.c' },
  'nm.setting-ethtool': { pin: 'nm', path: 'src/libnm-core-impl/nm-setting-ethtool.c' },
  'nm.ip4': { pin: 'nm', path: 'src/libnm-core-impl/nm-setting-ip4-config.c' },
  'nm.keyfile': { pin: 'nm', path: 'src/libnm-core-impl/nm-keyfile.c' },
  'nm.keyfile-utils': { pin: 'nm', path: 'src/libnm-core-impl/nm-keyfile-utils.c' },
  'nm.kf-plugin': { pin: 'nm', path: 'src/core/settings/plugins/keyfile/nms-keyfile-utils.c' },
  'nm.kf-reader': { pin: 'nm', path: 'src/core/settings/plugins/keyfile/nms-keyfile-reader.c' },
  'nm.kf-write-test': {
    pin: 'nm',
    path: 'src/core/settings/plugins/keyfile/tests/keyfiles/Test_Write_Bridge_Component',
  },
  'nm.connection': { pin: 'nm', path: 'src/libnm-core-impl/nm-connection.c' },
  'nm.setting-connection': { pin: 'nm', path: 'src/libnm-core-impl/nm-setting-connection.c' },
  'nm.ip-config': { pin: 'nm', path: 'src/libnm-core-impl/nm-setting-ip-config.c' },
  'nm.ip6': { pin: 'nm', path: 'src/libnm-core-impl/nm-setting-ip6-config.c' },
  'nm.infiniband': { pin: 'nm', path: 'src/libnm-core-impl/nm-setting-infiniband.c' },
  'nm.wired': { pin: 'nm', path: 'src/libnm-core-impl/nm-setting-wired.c' },
  'nm.wireless': { pin: 'nm', path: 'src/libnm-core-impl/nm-setting-wireless.c' },
  'nm.wireless-security': { pin: 'nm', path: 'src/libnm-core-impl/nm-setting-wireless-security.c' },
  'nm.8021x': { pin: 'nm', path: 'src/libnm-core-impl/nm-setting-8021x.c' },
  'nm.gsm': { pin: 'nm', path: 'src/libnm-core-impl/nm-setting-gsm.c' },
  'nm.libnm-utils': { pin: 'nm', path: 'src/libnm-core-impl/nm-utils.c' },
  'nm.wireguard': { pin: 'nm', path: 'src/libnm-core-impl/nm-setting-wireguard.c' },
  'nm.bluetooth': { pin: 'nm', path: 'src/libnm-core-impl/nm-setting-bluetooth.c' },
  'nm.inet-utils': { pin: 'nm', path: 'src/libnm-glib-aux/nm-inet-utils.c' },
  'nm.base': { pin: 'nm', path: 'src/libnm-base/nm-base.h' },
  'nm.shared-utils': { pin: 'nm', path: 'src/libnm-glib-aux/nm-shared-utils.c' },
  'nm.settings': { pin: 'nm', path: 'src/core/settings/nm-settings.c' },
  'nm.settings-storage': { pin: 'nm', path: 'src/core/settings/nm-settings-storage.c' },
  'nm.reader': { pin: 'nm', path: 'src/core/settings/plugins/ifcfg-rh/nms-ifcfg-rh-reader.c' },
  'nm.utils': { pin: 'nm', path: 'src/core/settings/plugins/ifcfg-rh/nms-ifcfg-rh-utils.c' },
  'nm.shvar': { pin: 'nm', path: 'src/core/settings/plugins/ifcfg-rh/shvar.c' },
  'nm.dispatcher-man': { pin: 'nm', path: 'man/NetworkManager-dispatcher.xml (NetworkManager-dispatcher(8))' },
  'nm.ifcfg-man': { pin: 'nm', path: 'man/nm-settings-ifcfg-rh.xsl (nm-settings-ifcfg-rh(5))' },
  'glib.gkeyfile': { pin: 'glib', path: 'glib/gkeyfile.c' },
  'is.functions': { pin: 'initscripts', path: 'network-scripts/network-functions' },
  'is.ifup': { pin: 'initscripts', path: 'network-scripts/ifup' },
  'is.ifup-eth': { pin: 'initscripts', path: 'network-scripts/ifup-eth' },
  'is.ifup-post': { pin: 'initscripts', path: 'network-scripts/ifup-post' },
  'is.ifdown': { pin: 'initscripts', path: 'network-scripts/ifdown' },
  'is.ifdown-post': { pin: 'initscripts', path: 'network-scripts/ifdown-post' },
  'is.ifup-routes': { pin: 'initscripts', path: 'network-scripts/ifup-routes' },
  'is.sysconfig': { pin: 'initscripts', path: 'doc/sysconfig.txt' },
  'vendor.virtualbox': {
    pin: 'vendors',
    path: 'VirtualBox 7 User Manual, chapter "Virtual Networking" (bridged networking, promiscuous mode)',
  },
  'vendor.vmware': {
    pin: 'vendors',
    path: 'VMware vSphere 7.0 Networking guide, "Security policy" of standard/distributed switches',
  },
  'vendor.hyperv': { pin: 'vendors', path: 'Microsoft Learn, Set-VMNetworkAdapter -MacAddressSpoofing' },
  'vendor.rhel10': {
    pin: 'vendors',
    path: 'Red Hat Enterprise Linux 10 release notes, "Removed functionality", networking (teamd and libteam)',
  },
  'vendor.teamd': { pin: 'vendors', path: 'libteam teamd.conf(5), "runner.name"' },
  'vendor.teamd.src': {
    pin: 'vendors',
    path: 'libteam (jpirko/libteam) teamd sources: teamd_link_watch.c lw_ethtool_load_options, lw_psr_callback_periodic; teamd_hash_func.c teamd_hash_default_frags',
  },
  'vendor.leapp': {
    pin: 'vendors',
    path: 'oamg/leapp-repository ffac6f293875, el9toel10 actor networkdeprecations (ifcfg files inhibit the upgrade)',
  },
  'vendor.openstack': { pin: 'vendors', path: 'OpenStack Neutron port security / allowed-address-pairs API reference' },
} as const satisfies Record<string, SourceDoc>;

export type SourceId = keyof typeof SOURCE_FILES;

/** One citation: a source file and the function or section in it. */
export interface SourceRef {
  src: SourceId;
  at: string;
}

export const src = (s: SourceId, at: string): SourceRef => ({ src: s, at });
