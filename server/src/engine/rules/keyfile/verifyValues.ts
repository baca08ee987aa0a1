// The value checks of the 802.1X, wired, Wi-Fi and GSM verify() functions that a list of allowed
// words cannot express: lengths, digit strings, Wi-Fi channels per band, flag combinations.
// Pure functions; each returns our explanation and the text verify() fails with.
// Facts: NetworkManager 355bc902994f, libnm-core-impl/nm-setting-gsm.c verify and _verify_apn,
// nm-setting-wired.c verify (wake-on-lan), nm-setting-vlan.c verify (id, parent),
// nm-setting-bridge.c verify and check_range, nm-base.h (NM_BRIDGE_*_MIN/MAX),
// nm-setting-wireless.c verify, nm-setting-wireless-security.c verify, nm-setting-8021x.c verify,
// nm-utils.c (nm_utils_wifi_channel_to_freq tables, _nm_utils_wps_method_validate,
// _nm_utils_secret_flags_validate),
// nm-keyfile.c get_bytes (how ssid= becomes bytes).
import { isIfname, isNmLegacyUuid } from '../../catalog/keyTypes';
import type { NmValueTest } from '../../catalog/nm/verifyRules';

export interface VerifyProblem {
  why: string;
  nm: string;
}

/** The message of a refused profile: our explanation, then the text verify() fails with. */
export const verifyFails = (why: string, nm: string): string =>
  `${why}: verify() fails ("${nm}") and NetworkManager does not load the profile.`;

/** What a test may ask about the rest of the profile: a key of the same setting, as read. */
export type ValueOf = (key: string) => string | undefined;

const utf8Length = (s: string): number => new TextEncoder().encode(s).length;

/** nm-utils.c table_2ghz, table_5ghz, table_6ghz: the channels each band has. 6 GHz skips 165
 *  and lists 169, as the table does. */
const range = (from: number, to: number, step: number): number[] =>
  Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step);
export const WIFI_CHANNELS: Record<string, ReadonlySet<number>> = {
  bg: new Set(range(1, 14, 1)),
  a: new Set([
    32,
    ...range(36, 64, 4),
    ...range(100, 144, 4),
    ...range(149, 165, 4),
    183,
    184,
    185,
    187,
    188,
    189,
    192,
    196,
  ]),
  '6GHz': new Set([...range(1, 161, 4), ...range(169, 233, 4)]),
};

/** `keyfile get_bytes`: digits and `;` only is the old list-of-bytes form; anything else is text. */
export function ssidLength(value: string): number {
  if (/^[\s\d;]+$/.test(value)) {
    const items = value.split(';');
    const last = items.pop();
    if (last !== undefined && last.trim() === '' && items.length && items.every((i) => /^\s*\d{1,3}\s*$/.test(i)))
      if (items.every((i) => Number(i) <= 255)) return items.length;
  }
  return utf8Length(value.replace(/\\;/g, ';'));
}

function apn(key: string, value: string, allowEmpty: boolean): VerifyProblem | undefined {
  const nm = (text: string) => `gsm.${key}: ${text}`;
  if (!allowEmpty && value === '') return { why: `${key}= is empty`, nm: nm('property value is empty') };
  if (utf8Length(value) > 64)
    return { why: 'An APN has at most 64 characters', nm: nm('property value is too long (>64)') };
  if (!/^[A-Za-z0-9._-]*$/.test(value))
    return {
      why: 'An APN takes letters, digits, ., _ and - only',
      nm: nm(`'${value}' contains invalid char(s) (use [A-Za-z._-])`),
    };
  return undefined;
}

function mccMnc(key: string, value: string): VerifyProblem | undefined {
  const why = `${key}= is an MCC and MNC: 5 or 6 digits`;
  const n = utf8Length(value);
  if (key === 'network-id') {
    if (n < 5 || n > 6) return { why, nm: `gsm.network-id: '${value}' length is invalid (should be 5 or 6 digits)` };
    if (!/^[0-9]+$/.test(value)) return { why, nm: `gsm.network-id: '${value}' is not a number` };
    return undefined;
  }
  if (n !== 5 && n !== 6) return { why, nm: `gsm.sim-operator-id: property is empty or wrong size` };
  if (!/^[0-9]+$/.test(value)) return { why, nm: `gsm.sim-operator-id: property must contain only digits` };
  return undefined;
}

const isPowerOfTwo = (n: bigint) => n > 0n && (n & (n - 1n)) === 0n;

/** The STP timers verify() holds to the kernel's ranges; 0 passes only with stp=false. */
const BRIDGE_TIMERS: Record<string, [string, number, number]> = {
  'bridge-forward-delay': ['forward-delay', 2, 30],
  'bridge-hello-time': ['hello-time', 1, 10],
  'bridge-max-age': ['max-age', 6, 40],
};

export function checkVerifyValue(test: NmValueTest, value: string, get: ValueOf): VerifyProblem | undefined {
  switch (test) {
    case 'apn':
      return apn('apn', value, true);
    case 'apn-nonempty':
      return apn('initial-eps-bearer-apn', value, false);
    case 'network-id':
    case 'sim-operator-id':
      return mccMnc(test, value);
    case 'ssid': {
      const n = ssidLength(value);
      if (n >= 1 && n <= 32) return undefined;
      return {
        why: n ? `The SSID is ${n} bytes long; Wi-Fi allows at most 32` : 'ssid= is empty',
        nm: '802-11-wireless.ssid: SSID length is out of range <1-32> bytes',
      };
    }
    case 'wifi-channel': {
      const band = get('band');
      const channel = Number(value);
      const channels = band === undefined ? undefined : WIFI_CHANNELS[band];
      if (!channel || !channels || channels.has(channel)) return undefined;
      return {
        why: `Band ${band} has no channel ${channel}`,
        nm: `802-11-wireless.channel: '${channel}' is not a valid channel`,
      };
    }
    case 'wake-on-lan':
    case 'wake-on-wlan': {
      // Wired keeps any other bit without a check; Wi-Fi refuses bits above 256.
      const n = BigInt(value);
      const wl = test === 'wake-on-wlan';
      const key = wl ? '802-11-wireless.wake-on-wlan: Wake-on-WLAN' : '802-3-ethernet.wake-on-lan: Wake-on-LAN';
      if (n & 0x8001n) {
        if (isPowerOfTwo(n)) return undefined;
        return {
          why: `${test}=1 (default) and 32768 (ignore) stand alone`,
          nm: `${key} mode 'default' and 'ignore' are exclusive flags`,
        };
      }
      if (!wl || (n & ~0x1fen) === 0n) return undefined;
      return { why: `${value} sets bits above 256`, nm: `${key} trying to set unknown flag` };
    }
    case 'vlan-id':
      if (BigInt(value) < 4095n) return undefined;
      return {
        why: 'VLAN IDs run from 0 to 4094 (4095 is reserved)',
        nm: `vlan.id: the vlan id must be in range 0-4094 but is ${value}`,
      };
    case 'vlan-parent':
      if (isNmLegacyUuid(value) || isIfname(value)) return undefined;
      return {
        why: `parent= names the parent by interface name or UUID, and "${value}" is neither${/\s$/.test(value) ? ' (the trailing blank is part of the value)' : ''}`,
        nm: `vlan.parent: '${value}' is neither an UUID nor an interface name`,
      };
    case 'bridge-forward-delay':
    case 'bridge-hello-time':
    case 'bridge-max-age': {
      const [key, min, max] = BRIDGE_TIMERS[test];
      const n = Number(value);
      if ((n >= min && n <= max) || (n === 0 && get('stp') === 'false')) return undefined;
      return {
        why: `${key} must be ${min} to ${max} seconds${n === 0 ? ' (0 only with stp=false)' : ', with or without STP'}`,
        nm: `bridge.${key}: value '${value}' is out of range <${min}-${max}>`,
      };
    }
    case 'bridge-group-forward-mask':
      if ((BigInt(value) & 7n) === 0n) return undefined;
      return {
        why: 'The bridge never forwards STP, MAC pause or LACP frames (bits 1, 2 and 4)',
        nm: "bridge.group-forward-mask: the mask can't contain bits 0 (STP), 1 (MAC) or 2 (LACP)",
      };
    case 'wps-method': {
      const n = BigInt(value);
      if (n > 8n)
        return {
          why: `${value} is above 8 (pin)`,
          nm: '802-11-wireless-security.wps-method: property is invalid',
        };
      if (n & 1n && n !== 1n)
        return {
          why: 'wps-method=1 (disabled) stands alone',
          nm: "802-11-wireless-security.wps-method: can't be simultaneously disabled and enabled",
        };
      return undefined;
    }
    case 'secret-flags': {
      const n = BigInt(value);
      const nm = (t: string) => `wireguard.private-key-flags: ${t}`;
      if (n && !isPowerOfTwo(n))
        return {
          why: '1 (agent-owned), 2 (not-saved) and 4 (not-required) exclude each other here',
          nm: nm('conflicting secret flags'),
        };
      if (n === 4n)
        return {
          why: 'WireGuard cannot work without its private key',
          nm: nm('secret flags must not be "not-required"'),
        };
      return undefined;
    }
    case 'auth-flags': {
      const n = BigInt(value);
      if (n & ~0x1ffn)
        return {
          why: `${value} sets bits above 256`,
          nm: `802-1x.phase1-auth-flags: invalid auth flags: '${value}' contains unknown flags`,
        };
      const pairs: Array<[bigint, bigint, string]> = [
        [0x1n, 0x20n, '1.0'],
        [0x2n, 0x40n, '1.1'],
        [0x4n, 0x80n, '1.2'],
        [0x10n, 0x100n, '1.3'],
      ];
      const both = pairs.find(([d, e]) => (n & d) !== 0n && (n & e) !== 0n);
      if (!both) return undefined;
      return {
        why: `${value} both disables and enables TLS ${both[2]}`,
        nm: '802-1x.phase1-auth-flags: invalid auth flags: both enable and disable are set for the same TLS version',
      };
    }
  }
}
