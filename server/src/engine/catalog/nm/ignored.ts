// Keys NetworkManager knows by name but never reads from a keyfile: D-Bus-only forms of
// properties (gen-metadata-nm-settings-libnm-core.xml.in lists them without a GObject property)
// and keys of NetworkManager 0.9 that old files still carry. NM skips them silently, so they are
// "ignored", not "unknown".
import type { NmPropertyRow } from './types';

const dbusOnly = (s: string, k: string, doc: string): NmPropertyRow => ({ s, k, t: 'string', notKeyfile: true, doc });

export const NM_IGNORED_ROWS: readonly NmPropertyRow[] = [
  ...['ipv4', 'ipv6'].flatMap((s) => [
    dbusOnly(s, 'address-data', 'D-Bus form of the addresses; a keyfile uses `address1=`, `address2=`….'),
    dbusOnly(s, 'route-data', 'D-Bus form of the routes; a keyfile uses `route1=`, `route2=`….'),
    dbusOnly(s, 'dns-data', 'D-Bus form of the DNS servers; a keyfile uses `dns=`.'),
    dbusOnly(s, 'address-labels', 'Internal D-Bus property; not read from keyfiles.'),
    dbusOnly(s, 'routing-rules', 'D-Bus form of the routing rules; a keyfile uses `routing-rule1=`….'),
  ]),
  dbusOnly(
    '802-3-ethernet',
    'assigned-mac-address',
    'D-Bus-only alias of `cloned-mac-address`; not read from keyfiles.',
  ),
  dbusOnly(
    '802-11-wireless',
    'assigned-mac-address',
    'D-Bus-only alias of `cloned-mac-address`; not read from keyfiles.',
  ),
  dbusOnly('802-11-wireless', 'security', 'Obsolete D-Bus property; the `[wifi-security]` group is what counts.'),
  dbusOnly('gsm', 'network-type', 'Key of NetworkManager 0.9; ignored since 1.0.'),
  dbusOnly('gsm', 'allowed-bands', 'Key of NetworkManager 0.9; ignored since 1.0.'),
  dbusOnly('gsm', 'band', 'Key of NetworkManager 0.9; ignored since 1.0.'),
];
