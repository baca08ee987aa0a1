// Documentation half of the keyfile rules. Every example is a keyfile in NetworkManager's
// /etc folder (KF_DIR), so the folder and file-name rules see it where NetworkManager would.
import { src } from './sources';
import type { Files, RuleDocs, RuleExample } from './types';
import type { KEYFILE_RULES } from './keyfile';
import { kf, KF_DIR, KF_ETH, KF_PORT, kfEdit } from './examples';

const K = (bad: Files, good: Files, fixed?: string): RuleExample[] => [
  fixed === undefined ? { bad, good, dir: KF_DIR } : { bad, good, dir: KF_DIR, fixed },
];

const TEAM =
  '[connection]\nid=team0\nuuid=5fcd7a1c-3e3f-4c7e-9a3c-2b8f4f1d0a09\ntype=team\ninterface-name=team0\n\n[team]\nconfig={}\n\n[ipv4]\nmethod=auto\n';
/** A WPA-Enterprise Wi-Fi keyfile; `eap` is the [802-1x] group's body. */
const WIFI_EAP = (eap: string, wifi = '') =>
  `[connection]\nid=corp\nuuid=5fcd7a1c-3e3f-4c7e-9a3c-2b8f4f1d0a07\ntype=wifi\ninterface-name=wlan0\n\n[wifi]\nssid=corp\nmode=infrastructure\n${wifi}\n[wifi-security]\nkey-mgmt=wpa-eap\n\n[802-1x]\n${eap}\n[ipv4]\nmethod=auto\n`;
const PEAP = 'eap=peap\nidentity=alice\nphase2-auth=mschapv2\n';
const VLAN = (extra: string) =>
  `[connection]\nid=v\nuuid=5fcd7a1c-3e3f-4c7e-9a3c-2b8f4f1d0a05\ntype=vlan\n\n[vlan]\nid=10\n${extra}\n[ipv4]\nmethod=auto\n`;

export const KEYFILE_DOCS = {
  'KEYFILE-001': {
    sources: [
      src('glib.gkeyfile', 'g_key_file_parse_line / g_key_file_parse_group / g_key_file_parse_key_value_pair'),
      src('nm.kf-reader', 'nms_keyfile_reader_from_file (the load error ends the read)'),
    ],
    explanation:
      'GLib accepts only blank lines, `#` comments, `[group]` headers and `key=value` lines, with a group before the first key and the file in UTF-8. One other line makes the whole load fail, and NetworkManager then has no profile from this file at all. Later unreadable lines are reported too, but the first one is what stops GLib.',
    examples: K(kfEdit('[ipv6]', '[ipv6] # v6'), kf(KF_ETH)),
  },
  'KEYFILE-002': {
    sources: [src('glib.gkeyfile', 'g_key_file_parse_data (lines end at \\n only)')],
    explanation:
      'GLib splits a key file at line feeds only. A carriage return that is not followed by a line feed stays inside the line, so the text an editor shows as the next line becomes part of this value.',
    examples: K(kfEdit('id=eth0\n', 'id=eth0\r'), kf(KF_ETH)),
  },
  'KEYFILE-003': {
    sources: [
      src('glib.gkeyfile', 'g_key_file_parse_value_as_string (\\s \\n \\t \\r \\\\, and \\; in lists)'),
      src('nm.keyfile-utils', 'nm_keyfile_plugin_kf_get_string'),
    ],
    explanation:
      'Key-file values know the escapes `\\s`, `\\n`, `\\t`, `\\r` and `\\\\`, and `\\;` inside lists. GLib treats any other backslash sequence as an error and returns no value, so NetworkManager leaves the property unset.',
    examples: K(kfEdit('id=eth0', 'id=eth\\q0'), kfEdit('id=eth0', 'id=eth\\s0')),
  },
  'KEYFILE-004': {
    sources: [src('glib.gkeyfile', 'g_key_file_get_string (values must be UTF-8)')],
    explanation:
      'GLib hands out a value as text only when it is valid UTF-8 without NUL bytes; otherwise the read fails and NetworkManager does not set the property.',
    examples: K(kfEdit('id=eth0', 'id=eth\u00000'), kf(KF_ETH)),
  },
  'KEYFILE-010': {
    sources: [src('nm.keyfile', '_read_setting ("invalid setting name")')],
    explanation:
      'Each group names a setting (or one of the aliases `ethernet`, `wifi`, `wifi-security`). A group NetworkManager has no setting for is skipped with a warning, keys and all.',
    examples: K(kfEdit('[ipv6]', '[ipv 6]'), kf(KF_ETH), KF_ETH),
  },
  'KEYFILE-011': {
    sources: [
      src('nm.keyfile', '_read_setting / read_one_setting_value (only the setting’s properties are looked up)'),
    ],
    explanation:
      'NetworkManager reads a setting by asking for each of its properties by name; a key that is no property is never asked for and has no effect. (The `[ethtool]` group is read key by key instead, and NetworkManager warns about names it does not know.)',
    examples: K(kfEdit('mac-address=', 'mac-adress='), kf(KF_ETH)),
  },
  'KEYFILE-012': {
    sources: [
      src('nm.keyfile', 'read_one_setting_value (properties without a keyfile parser are skipped)'),
      src('glib.gkeyfile', 'g_key_file_get_locale_string (translations are separate keys)'),
    ],
    explanation:
      'Some keys are valid elsewhere but not read from a keyfile: translations such as `id[de]=`, and properties NetworkManager only takes over D-Bus or computes itself. They have no effect here.',
    examples: K(kfEdit('id=eth0', 'id=eth0\nid[de]=Netz'), kf(KF_ETH)),
  },
  'KEYFILE-013': {
    sources: [
      src('nm.setting-connection', 'controller / port-type and their deprecated spellings master / slave-type'),
      src('nm.keyfile', '_read_handle_renamed_properties'),
    ],
    explanation:
      '`master` and `slave-type` are the old spellings of `controller` and `port-type` (NetworkManager 1.46). Both are still read; when both spellings are present with different values, the old one is read last and wins. The new spelling alone is not understood by older NetworkManager, so the hint is not given when `ifcfg.minimumNetworkManagerVersion` names a version before the new spelling (a conflict between the two is still reported).',
    examples: [
      ...K(kf(KF_PORT.replace('controller=', 'master=')), kf(KF_PORT)),
      {
        bad: kf(KF_PORT.replace('controller=', 'master=')),
        good: kf(KF_PORT.replace('controller=', 'master=')),
        dir: KF_DIR,
        goodSettings: { minimumNmVersion: '1.40' },
      },
    ],
  },
  'KEYFILE-014': {
    sources: [
      src('nm.keyfile-utils', 'nm_keyfile_plugin_kf_get_* (the alias group is read only when the real one is missing)'),
    ],
    explanation:
      'NetworkManager looks a setting up under its real name first (`802-3-ethernet`, `802-11-wireless`, `802-11-wireless-security`) and falls back to the short alias only when that group is missing. With both present, every key of the alias group is ignored.',
    examples: K(kfEdit('[ethernet]', '[802-3-ethernet]\nmtu=1500\n\n[ethernet]'), kf(KF_ETH)),
  },
  'KEYFILE-015': {
    sources: [src('glib.gkeyfile', 'g_key_file_add_key (a repeated key replaces the earlier value)')],
    explanation: 'GLib keeps only the last value of a key in a group; the earlier lines have no effect.',
    examples: K(
      kfEdit('[ethernet]\n', '[ethernet]\nmtu=1500\nmtu=9000\n'),
      kfEdit('[ethernet]\n', '[ethernet]\nmtu=9000\n'),
      KF_ETH.replace('[ethernet]\n', '[ethernet]\nmtu=9000\n'),
    ),
  },
  'KEYFILE-016': {
    sources: [src('vendor.rhel10', 'teaming removed; use a bond')],
    explanation:
      'Team profiles still load in upstream NetworkManager, but Red Hat Enterprise Linux 10 no longer ships the team daemon; such a profile cannot be activated there. A bond does the same job.',
    examples: K(kf(TEAM), kf(KF_ETH)),
  },
  'KEYFILE-020': {
    sources: [
      src('glib.gkeyfile', 'g_key_file_parse_value_as_boolean (true, false, 1, 0)'),
      src('nm.keyfile', 'read_one_setting_value (boolean properties)'),
    ],
    explanation:
      'Keyfile booleans are `true`, `false`, `1` or `0` exactly; `yes`, `on` or `True` make GLib fail, NetworkManager warns and the property keeps its default.',
    examples: K(
      kfEdit('[ethernet]\n', '[ethernet]\nauto-negotiate=yes\n'),
      kfEdit('[ethernet]\n', '[ethernet]\nauto-negotiate=true\n'),
      KF_ETH.replace('[ethernet]\n', '[ethernet]\nauto-negotiate=true\n'),
    ),
  },
  'KEYFILE-021': {
    sources: [
      src('nm.keyfile-utils', 'nm_keyfile_plugin_kf_get_int64'),
      src('nm.shared-utils', '_nm_utils_ascii_str_to_int64'),
      src(
        'nm.keyfile',
        'read_one_setting_value (guint and flags up to G_MAXUINT, gint and enums G_MININT..G_MAXINT, gint64, guint64)',
      ),
      src('nm.shared-utils', 'nm_g_object_set_property (the property’s own range: "invalid or out of range")'),
      src('nm.keyfile', '_read_setting (ethtool numbers: g_key_file_get_uint64 cast to 32 bits)'),
    ],
    explanation:
      'Numbers are parsed with range checks. Text that is not a number, a number the property’s storage cannot hold (more than 32 bits for a uint32, enum or flags property; "value cannot be interpreted as integer") or one outside the property’s own range is refused with a warning: NetworkManager ignores that line, keeps the default and still loads the profile. `[ethtool]` numbers are different: they are read as decimal 64-bit numbers and silently cut to their low 32 bits, so `coalesce-rx-usecs=4294967296` applies 0 and `-5` applies 4294967291.',
    examples: K(kfEdit('[ethernet]\n', '[ethernet]\nmtu=big\n'), kfEdit('[ethernet]\n', '[ethernet]\nmtu=9000\n')),
  },
  'KEYFILE-022': {
    sources: [
      src('nm.keyfile', 'read_one_setting_value (enum and flags properties are stored as numbers)'),
      src('nm.keyfile', '_read_handle_renamed_properties (dhcp-send-hostname: an integer, else a boolean)'),
      src('nm.keyfile', 'ip6_addr_gen_mode_parser (a name or a number; otherwise default-or-eui64)'),
    ],
    explanation:
      'Enum and flag properties are stored as integers in a keyfile (nmcli shows names, the file holds numbers). A name, or a number that is not one of the values, is not understood and the default stays. Two keys differ: `dhcp-send-hostname` also takes true/false, and `addr-gen-mode` takes the mode’s name (eui64, stable-privacy, default-or-eui64, default, case-sensitive); a word NetworkManager cannot read there becomes default-or-eui64.',
    examples: K(
      kfEdit('type=ethernet', 'type=ethernet\nmdns=yes'),
      kfEdit('type=ethernet', 'type=ethernet\nmdns=2'),
      KF_ETH.replace('type=ethernet', 'type=ethernet\nmdns=2'),
    ),
  },
  'KEYFILE-023': {
    sources: [src('nm.keyfile', 'mac_address_parser')],
    explanation:
      'A MAC address is six hex pairs (twenty for InfiniBand) separated by `:` or `-`, or the old list of decimal bytes. Anything else, a blank after the address included (GLib keeps trailing blanks), is ignored with a warning, so the profile no longer binds to that NIC.',
    examples: K(kfEdit('52:54:00:12:34:56', '52:54:00:12:34'), kf(KF_ETH)),
  },
  'KEYFILE-024': {
    sources: [
      src('nm.keyfile', 'ip_address_or_route_parser / read_one_ip_address_or_route / read_field / build_address'),
      src('nm.keyfile', 'gateway_parser (the gateway= key replaces the gateway of the address keys)'),
    ],
    explanation:
      '`addressN=` holds `address/prefix` and optionally `,gateway`. NetworkManager reads the fields character by character: anything but hex digits, `:`, `.` and `%` before a `/ , ;`, a trailing blank included, drops the entry with a warning, and so does an address that is not one. A missing prefix makes it warn and assume /24 (IPv4) or /64 (IPv6). Only the first address with a gateway field sets the gateway, and a `gateway=` key replaces it; other gateway fields are ignored.',
    examples: K(kfEdit('192.0.2.10/24', '192.0.2.300/24'), kf(KF_ETH)),
  },
  'KEYFILE-025': {
    sources: [
      src(
        'nm.keyfile',
        'ip_address_or_route_parser / read_one_ip_address_or_route / build_route / fill_route_attributes',
      ),
      src('nm.ip-config', 'nm_ip_routing_rule_validate ("missing priority")'),
    ],
    explanation:
      '`routeN=` holds `destination/prefix[,next hop[,metric]]` and `routeN_options=` a comma-separated `name=value` list. NetworkManager drops a route it cannot read (a trailing blank is enough), and all options of a route when one of them is malformed; an option name it does not know is skipped without a word. A `routing-ruleN=` without its priority is dropped as well (NetworkManager, unlike ip-rule, wants one written).',
    examples: K(
      kfEdit('dns=', 'route1=198.51.100.0/24,192.0.2.254,abc\ndns='),
      kfEdit('dns=', 'route1=198.51.100.0/24,192.0.2.254,10\ndns='),
    ),
  },
  'KEYFILE-026': {
    sources: [src('nm.keyfile', 'ip_dns_parser')],
    explanation:
      'Each `dns=` entry must be an address of the group’s family (IPv4 under [ipv4], IPv6 under [ipv6]) or a DNS URI; others are dropped with a warning.',
    examples: K(kfEdit('dns=192.0.2.53;', 'dns=192.0.2.53;bogus;'), kf(KF_ETH)),
  },
  'KEYFILE-027': {
    sources: [
      src('nm.ip-config', 'verify() (method must be one of the allowed values)'),
      src(
        'nm.wired',
        'verify() (every mac-address-denylist entry must be a MAC; wake-on-lan default/ignore stand alone)',
      ),
      src('nm.wireless', 'verify() (mode, band, channel of the band, wake-on-wlan, ssid length, denylist)'),
      src('nm.wireless-security', 'verify() (key-mgmt, auth-alg, proto, pairwise, group, pmf, wps-method)'),
      src('nm.8021x', 'verify() (eap, phase1-*, phase2-auth, phase2-autheap, phase1-auth-flags)'),
      src('nm.gsm', 'verify() / _verify_apn (apn, network-id, sim-operator-id)'),
      src('nm.wireguard', 'verify() (private-key-flags)'),
      src('nm.ip6', 'verify() (addr-gen-mode must be one of the four modes)'),
      src('nm.ip4', 'verify() (dhcp-fqdn non-empty and with a dot)'),
      src('nm.ip-config', 'verify() (the gateway must be an address of the family)'),
      src('nm.vlan', 'verify() (id at most 4094; parent an interface name or UUID)'),
      src('nm.setting-ethtool', 'verify() (coalesce-adaptive-rx/tx 0 or 1; fec-mode without 1 and bits above 32)'),
      src('nm.libnm-utils', '_nm_utils_iaid_verify (dhcp-iaid)'),
      src('nm.ip4', 'verify() (dhcp-client-id non-empty)'),
      src('nm.ip6', 'verify() (token: only the lower 64 bits)'),
      src(
        'nm.bridge',
        'verify() / check_range (forward-delay 2-30, hello-time 1-10, max-age 6-40, 0 only without STP; group-forward-mask without bits 0-2)',
      ),
      src('nm.ip-config', 'verify() (dhcp-hostname non-empty)'),
      src(
        'nm.libnm-utils',
        'nm_utils_wifi_channel_to_freq (the channels of each band), _nm_utils_wps_method_validate, _nm_utils_secret_flags_validate',
      ),
    ],
    explanation:
      'Some properties take one of a fixed set of words (`method=`, Wi-Fi `mode=` and `band=`, `key-mgmt=`, 802.1X `eap=` and `phase2-auth=`…), compared case-sensitively except `key-mgmt` and `auth-alg`, which NetworkManager lowercases first; in a list such as `eap=peap;tls` every entry counts. Others have a shape: a channel the band has, an SSID of 1 to 32 bytes, a mobile network code of 5 or 6 digits, an APN of letters, digits, `.`, `_` and `-`, flags without unknown or exclusive bits (WireGuard’s `private-key-flags` takes one bit, and not 4), every entry of a `mac-address-denylist` must be a MAC (a `#` inside a value is not a comment), an `addr-gen-mode` given as a number must be 0 to 3, `dhcp-fqdn` must be a dotted name and neither it nor `dhcp-hostname` may be empty, the gateway must be an address of the group’s family (no trailing blank), a VLAN `id` at most 4094 and its `parent` an interface name or UUID, the bridge timers within the kernel’s ranges even with `stp=false` (where only 0 is added), `[ethtool]` `coalesce-adaptive-rx`/`-tx` 0 or 1 and `fec-mode` a sum of 2 to 32, `dhcp-iaid` one of mac, perm-mac, ifname, stable, a number or four hex bytes, `dhcp-client-id` not empty, and an IPv6 `token` an address with only its lower 64 bits set. Anything else makes the setting’s verify() fail, and NetworkManager does not load the profile. Invalid team JSON is dropped instead.',
    examples: [
      ...K(kfEdit('method=auto', 'method=automatic'), kf(KF_ETH)),
      ...K(
        kf(WIFI_EAP(PEAP.replace('mschapv2', 'MSCHAPV2')), 'corp.nmconnection'),
        kf(WIFI_EAP(PEAP), 'corp.nmconnection'),
        WIFI_EAP(PEAP),
      ),
      ...K(
        kf(WIFI_EAP(PEAP, 'band=bg\nchannel=36\n'), 'corp.nmconnection'),
        kf(WIFI_EAP(PEAP, 'band=a\nchannel=36\n'), 'corp.nmconnection'),
      ),
    ],
  },
  'KEYFILE-028': {
    sources: [
      src('glib.gkeyfile', 'g_key_file_parse_key_value_pair (leading whitespace of a value is removed, trailing kept)'),
    ],
    explanation:
      'GLib strips the spaces after `=` but keeps those at the end of the line, so they become part of the name or string NetworkManager stores.',
    examples: K(kfEdit('id=eth0', 'id=eth0  '), kf(KF_ETH)),
  },
  'KEYFILE-029': {
    sources: [
      src('nm.shared-utils', '_nm_utils_ascii_str_to_int64 (base 0: 0x is hex, a leading 0 is octal)'),
      src('nm.keyfile', 'read_one_setting_value (integers)'),
    ],
    explanation:
      'NetworkManager parses integers with base 0, like C: a leading `0` makes the rest octal, so `mtu=01500` is 832. The fix writes the decimal value NetworkManager already uses, which changes nothing in behaviour.',
    examples: K(
      kfEdit('[ethernet]\n', '[ethernet]\nmtu=01500\n'),
      kfEdit('[ethernet]\n', '[ethernet]\nmtu=832\n'),
      KF_ETH.replace('[ethernet]\n', '[ethernet]\nmtu=832\n'),
    ),
  },
  'KEYFILE-030': {
    sources: [
      src('nm.setting-connection', 'verify() (type, id, uuid, interface-name)'),
      src('nm.keyfile', 'nm_keyfile_read_ensure_id / nm_keyfile_read_ensure_uuid'),
      src('nm.setting-connection', 'verify() (mptcp-flags)'),
      src('nm.ip-config', 'verify() (dhcp-hostname-flags)'),
      src('nm.libnm-utils', '_nm_utils_validate_dhcp_hostname_flags'),
      src('nm.keyfile', '_read_handle_renamed_properties (dhcp-send-hostname= is the tri-state dhcp-send-hostname-v2)'),
      src('nm.connection', '_normalize_ip_config (copies dhcp-send-hostname-v2 into the deprecated boolean)'),
      src('nm.ip-config', 'verify() (dhcp-send-hostname must agree with dhcp-send-hostname-v2)'),
    ],
    explanation:
      'Every profile needs a known `type=` (or a single group that implies it), a non-empty `id`, a valid UUID and, for virtual devices, a valid `interface-name`. If one is wrong, verify() fails and NetworkManager skips the file. A missing id or uuid is filled in from the file name; an empty or malformed one is not. The same happens to flags verify() refuses: unknown bits in `mptcp-flags` or `dhcp-hostname-flags`, and pairs that exclude each other (`disabled` (1) with any other MPTCP flag, `signal` (16) with `fullmesh` (128); `fqdn-no-update` (4) with `fqdn-serv-update` (1), `fqdn-clear-flags` (8) with any other, and `fqdn-encoded` (2) in [ipv6]). In [ipv4]/[ipv6], `dhcp-send-hostname=` holds the tri-state -1/0/1 (or true/false); NetworkManager reads any other number, normalize() cannot copy it into the deprecated boolean, and verify() fails.',
    examples: K(kfEdit('type=ethernet', 'type=ethernets'), kf(KF_ETH)),
  },
  'KEYFILE-031': {
    sources: [
      src('nm.setting-connection', 'verify() (controller needs port-type and the reverse)'),
      src('nm.connection', '_normalize_connection_port_type (port-type from the single port group)'),
    ],
    explanation:
      'A port needs both `controller=` and `port-type=`. When port-type is missing NetworkManager can take it from a single port group such as [bond-port]; otherwise verify() fails and the profile is not loaded.',
    examples: K(kf(KF_PORT.replace('port-type=bond\n', '')), kf(KF_PORT)),
  },
  'KEYFILE-032': {
    sources: [
      src('nm.ip-config', 'verify() (addresses and DNS against the method)'),
      src('nm.ip4', 'verify() (manual needs an address)'),
      src('nm.ip-config', 'verify() (a gateway needs an address)'),
      src('nm.ip6', 'verify()'),
      src('nm.wireguard', 'verify() (WireGuard allows only some IP methods)'),
    ],
    explanation:
      'Every IP group needs `method=`. `manual` needs at least one address (or a route) that NetworkManager can read, and a gateway needs an address whatever the method; `disabled`, `link-local` and (IPv6) `ignore` allow no addresses, and the methods that take no DNS refuse `dns=`. A port profile is checked too: NetworkManager removes its IP settings only once the profile is valid. WireGuard takes only `disabled`/`manual` for IPv4 and `ignore`/`link-local`/`manual`/`disabled` for IPv6. Any of these makes verify() fail and the profile is not loaded.',
    examples: K(kfEdit('address1=192.0.2.10/24,192.0.2.1\n', ''), kf(KF_ETH)),
  },
  'KEYFILE-033': {
    sources: [src('nm.connection', '_normalize_ip_config (ports lose their IP settings)')],
    explanation:
      'A port of a bond, bridge or team has no addresses of its own: NetworkManager removes its [ipv4] and [ipv6] groups when it normalises the profile. Addresses belong on the controller.',
    examples: K(kf(`${KF_PORT}\n[ipv4]\nmethod=auto\n`), kf(KF_PORT)),
  },
  'KEYFILE-034': {
    sources: [
      src(
        'nm.setting-connection',
        'controller and port-type (added in 1.46, commit 00bc10b8c0) alias the deprecated master and slave-type',
      ),
      src(
        'nm.setting-connection',
        'verify() at tag 1.44.4: a profile with neither master nor slave-type is no port, so an older version that skips the unknown controller= loads a standalone interface',
      ),
      src('nm.kf-write-test', 'what the keyfile writer of 1.46 and later writes for a port: controller= alone'),
    ],
    explanation:
      'NetworkManager before 1.46 (RHEL 8, and RHEL 9 before 9.4) knows only `master=`. Such a version skips `controller=` as an unknown key and brings the port up as a standalone interface. Writing both keys with the same value works everywhere. NetworkManager 1.46 and later write `controller=` alone, so this is reported only when `ifcfg.minimumNetworkManagerVersion` (`ifcfg-lint --minimum-nm-version`) names a version before 1.46: of 314 real-world keyfiles (test/corpus/realworld), the 3 that use `controller=` would all be reported, and so would every port keyfile NetworkManager 1.46+ or the migration preview writes.',
    examples: [
      {
        bad: kf(KF_PORT),
        good: kf(KF_PORT.replace('controller=bond0', 'controller=bond0\nmaster=bond0')),
        dir: KF_DIR,
        settings: { minimumNmVersion: '1.40' },
      },
      { bad: kf(KF_PORT), good: kf(KF_PORT), dir: KF_DIR, settings: { minimumNmVersion: '1.40' }, goodSettings: {} },
    ],
  },
  'KEYFILE-035': {
    sources: [
      src('nm.vlan', 'verify() (parent or a MAC to find it)'),
      src('nm.infiniband', 'verify() (transport-mode)'),
      src('nm.bluetooth', 'verify() (bdaddr)'),
      src(
        'nm.8021x',
        'verify() (eap), verify_identity, verify_tls, verify_ttls (exactly one of phase2-auth and phase2-autheap)',
      ),
      src(
        'nm.wireless-security',
        'verify() (key-mgmt; 802.1X key management needs the 802-1x setting; LEAP needs leap-username)',
      ),
      src('nm.wireless', 'verify() (ssid; channel needs band; mode=mesh needs band and channel)'),
      src('nm.ip4', 'verify() (FQDN flags in dhcp-hostname-flags need dhcp-fqdn)'),
    ],
    explanation:
      'Some settings cannot work without a property, or without another setting: a VLAN needs `parent=` (or the parent’s MAC in [ethernet]), InfiniBand needs `transport-mode=`, Bluetooth needs `bdaddr=`, [wifi] needs `ssid=` and [wifi-security] `key-mgmt=`. Some needs follow from a value: `key-mgmt=wpa-eap` or `ieee8021x` needs an [802-1x] group, which needs `eap=`; the EAP methods peap, ttls, md5, leap, fast and pwd need `identity=`, tls needs `client-cert=` and `private-key=`, and peap and ttls need exactly one of `phase2-auth=` and `phase2-autheap=`; a `channel=` needs `band=`, and `mode=mesh` needs both; in [ipv4], FQDN flags in `dhcp-hostname-flags` need `dhcp-fqdn=` (even on a port or with method=disabled). Without it verify() fails and the profile is not loaded.',
    examples: [
      ...K(kf(VLAN('')), kf(VLAN('parent=eth0\n'))),
      ...K(
        kf(WIFI_EAP(PEAP.replace('phase2-auth=mschapv2\n', '')), 'corp.nmconnection'),
        kf(WIFI_EAP(PEAP), 'corp.nmconnection'),
      ),
      ...K(
        kf(WIFI_EAP('eap=tls\nidentity=alice\nca-cert=/etc/pki/corp-ca.pem\n'), 'corp.nmconnection'),
        kf(
          WIFI_EAP(
            'eap=tls\nidentity=alice\nca-cert=/etc/pki/corp-ca.pem\nclient-cert=/etc/pki/alice.pem\nprivate-key=/etc/pki/alice.key\nprivate-key-password=secret\n',
          ),
          'corp.nmconnection',
        ),
      ),
    ],
  },
  'KEYFILE-036': {
    sources: [src('nm.keyfile', 'nm_keyfile_read_ensure_uuid (a UUID made from the file path)')],
    explanation:
      'Without `uuid=` NetworkManager makes one from the file’s path. The profile loads, but renaming or moving the file changes its identity, and ports that name it by UUID lose it.',
    examples: K(kfEdit('uuid=5fcd7a1c-3e3f-4c7e-9a3c-2b8f4f1d0a01\n', ''), kf(KF_ETH)),
  },
  'KEYFILE-037': {
    sources: [
      src('nm.8021x', 'verify() (optional only on Ethernet; certificate passwords only for PKCS#11), verify_ttls'),
      src('nm.wireless-security', 'verify() (mesh, LEAP, shared key, pmf against key-mgmt)'),
      src('nm.wireless', 'verify() (ap-isolation and channel-width only in AP mode)'),
      src('nm.gsm', 'verify() (empty number, username, device-id, sim-id)'),
      src('nm.ip-config', 'verify() (dhcp-hostname-flags while the deprecated dhcp-send-hostname boolean is false)'),
      src('nm.connection', '_normalize_ip_config (dhcp-send-hostname= copied into that boolean)'),
      src('nm.ip4', 'verify() (dhcp-fqdn and dhcp-hostname exclude each other)'),
      src('nm.ip6', 'verify() (a token only with addr-gen-mode=eui64)'),
      src('nm.keyfile', 'ip6_addr_gen_mode_parser (no addr-gen-mode next to a token reads as eui64)'),
    ],
    explanation:
      'Some properties are fine alone but not together, and verify() refuses the combination: both `phase2-auth=` and `phase2-autheap=`; `optional=true` in [802-1x] outside Ethernet; `client-cert-password=` (and the other certificate passwords) for a certificate that is a file, not on a PKCS#11 token; `key-mgmt` other than none or sae on a mesh; `auth-alg=leap` without `key-mgmt=ieee8021x`, `auth-alg=shared` without `key-mgmt=none`; `pmf=2`/`3` without WPA, or `pmf=1`/`2` with WPA3; `ap-isolation` or `channel-width` outside `mode=ap`; `dhcp-hostname-flags` other than 0 while `dhcp-send-hostname=false` (or `dhcp-send-hostname-deprecated=false`, which verify() checks before normalize() copies the first over it); `dhcp-fqdn=` together with `dhcp-hostname=`; an IPv6 `token=` with an `addr-gen-mode` other than eui64 (without the key NetworkManager picks eui64). An empty string where the property may only be unset (`username=`, `leap-username=`) belongs here too. The profile is not loaded.',
    examples: [
      ...K(
        kf(WIFI_EAP(`${PEAP}phase2-autheap=mschapv2\n`), 'corp.nmconnection'),
        kf(WIFI_EAP(PEAP), 'corp.nmconnection'),
      ),
      ...K(
        kf(
          WIFI_EAP(
            'eap=tls\nidentity=alice\nclient-cert=/etc/pki/alice.pem\nclient-cert-password=secret\nprivate-key=/etc/pki/alice.key\n',
          ),
          'corp.nmconnection',
        ),
        kf(
          WIFI_EAP(
            'eap=tls\nidentity=alice\nclient-cert=/etc/pki/alice.pem\nprivate-key=/etc/pki/alice.key\nprivate-key-password=secret\n',
          ),
          'corp.nmconnection',
        ),
      ),
    ],
  },
  'KEYFILE-040': {
    sources: [src('nm.keyfile', 'nm_keyfile_utils_ignore_filename')],
    explanation:
      'NetworkManager skips names that start with a dot, end in `~`, have a six-character extension like temporary files, or end in `.pem`/`.der`; outside /etc it reads only `*.nmconnection`.',
    examples: K(kf(KF_ETH, 'eth0.nmconnection~'), kf(KF_ETH)),
  },
  'KEYFILE-041': {
    sources: [src('nm.kf-plugin', 'nms_keyfile_utils_check_file_permissions')],
    explanation:
      'Keyfiles can hold secrets, so NetworkManager refuses a file that is not a regular file, not owned by root (or the user NetworkManager runs as), or that gives group or others any permission at all, even read (it checks mode & 0077). Seen only when the workspace is the machine’s own keyfile folder.',
    examples: [
      {
        bad: kf(KF_ETH),
        good: kf(KF_ETH),
        dir: KF_DIR,
        settings: { host: { keyfileStats: { [`${KF_DIR}/eth0.nmconnection`]: { mode: 0o100644, uid: 0 } } } },
        goodSettings: { host: { keyfileStats: { [`${KF_DIR}/eth0.nmconnection`]: { mode: 0o100600, uid: 0 } } } },
      },
    ],
  },
  'KEYFILE-042': {
    sources: [src('nm.keyfile', 'nm_keyfile_utils_ignore_filename (no extension needed in /etc)')],
    explanation:
      'In /etc/NetworkManager/system-connections any file name counts, so a copy such as `eth0.nmconnection.bak` is loaded as a second profile with the same UUID. Names without `.nmconnection` load too, but other tools do not expect them.',
    examples: K(kf(KF_ETH, 'eth0.nmconnection.bak'), kf(KF_ETH)),
  },
} satisfies Record<keyof typeof KEYFILE_RULES, RuleDocs>;
