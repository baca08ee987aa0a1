// How NetworkManager's keyfile reader parses one value of a given catalog type, and what goes
// wrong. Pure functions over text: the rules turn the problems into findings.
// Facts: nm-keyfile.c read_one_setting_value and its parsers, nm-shared-utils.c
// _nm_utils_ascii_str_to_int64, gkeyfile.c g_key_file_parse_value_as_boolean (NM 355bc902994f).
import { isIPv4, isIPv6, isIfname } from '../../catalog/keyTypes';
import { storageRange, type NmPropertyRow } from '../../catalog/nm';
import { splitList, unescapedText, unescapeValue } from '../../parser/keyfile';
import type { RuleCode } from '../registry';

export type Outcome =
  | 'ignored' // NM logs a warning and keeps the default (or drops the entry)
  | 'rejected' // verify() fails: the whole profile is not loaded
  | 'surprising'; // NM reads it, but not as the writer meant

export interface ValueProblem {
  code: RuleCode;
  outcome: Outcome;
  message: string;
  /** Columns relative to the raw value; the whole value when absent. */
  start?: number;
  end?: number;
  /** A replacement for the whole value that keeps the meaning. */
  replacement?: string;
}

/** `_nm_utils_ascii_str_to_int64` with base 0: spaces around, `+`, 0x hex and 0-prefixed octal. */
export function parseNmInt(raw: string): { value?: bigint; octal?: boolean } {
  const s = raw.trim();
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
  if (!m) return {};
  const sign = m[1] === '-' ? -1n : 1n;
  const body = m[2];
  if (/^0[xX]/.test(body)) return { value: sign * BigInt(body) };
  if (body.length > 1 && body[0] === '0') return { value: sign * BigInt('0o' + body.slice(1)), octal: true };
  return { value: sign * BigInt(body) };
}

const GLIB_BOOL = /^(true|false|1|0)[ \t]*$/;
const BOOL_WORDS: Record<string, string> = {
  yes: 'true',
  no: 'false',
  on: 'true',
  off: 'false',
  y: 'true',
  n: 'false',
  True: 'true',
  False: 'false',
  TRUE: 'true',
  FALSE: 'false',
};

export function checkBoolean(raw: string): ValueProblem | undefined {
  if (GLIB_BOOL.test(raw)) return undefined;
  const meant = BOOL_WORDS[raw.trim()] ?? BOOL_WORDS[raw.trim().toLowerCase()];
  return {
    code: 'KEYFILE-020',
    outcome: 'ignored',
    message: `"${raw}" is not a keyfile boolean: GLib accepts only true, false, 1 and 0 (case-sensitive), so NetworkManager warns and keeps the default.`,
    replacement: meant,
  };
}

function inRange(row: NmPropertyRow, v: bigint): boolean {
  if (!row.range) return true;
  return v >= BigInt(row.range[0]) && v <= BigInt(row.range[1]);
}

function enumLabel(row: NmPropertyRow): string {
  return (row.values ?? []).map((v) => (v.name ? `${v.num} (${v.name})` : String(v.num))).join(', ');
}

export function checkInteger(row: NmPropertyRow, raw: string): ValueProblem | undefined {
  const { value, octal } = parseNmInt(raw);
  if (value === undefined) {
    if (row.t === 'enum' && row.values) {
      const byName = row.values.find((v) => v.name === raw.trim());
      return {
        code: 'KEYFILE-022',
        outcome: 'ignored',
        message: `${row.k} takes a number in a keyfile, not a name: NetworkManager cannot read "${raw}" and keeps the default.${byName ? ` Write ${byName.num} for ${byName.name}.` : ` Values: ${enumLabel(row)}.`}`,
        replacement: byName ? String(byName.num) : undefined,
      };
    }
    if (row.t === 'flags' && row.flags) {
      const names = raw.split(/[\s,|;]+/).filter(Boolean);
      const bits = names.map((n) => row.flags!.find((f) => f.name === n)?.bit);
      const sum = bits.every((b) => b !== undefined) ? bits.reduce((a, b) => a + b, 0) : undefined;
      return {
        code: 'KEYFILE-022',
        outcome: 'ignored',
        message: `${row.k} takes the decimal sum of its flags in a keyfile, not names: NetworkManager cannot read "${raw}" and keeps the default.${sum !== undefined ? ` Write ${sum}.` : ''}`,
        replacement: sum !== undefined ? String(sum) : undefined,
      };
    }
    return {
      code: 'KEYFILE-021',
      outcome: 'ignored',
      message: `"${raw}" is not a number; NetworkManager warns and keeps the default${row.def ? ` (${row.def})` : ''}.`,
    };
  }
  const keeps = `NetworkManager warns, ignores the line and keeps the default${row.def ? ` (${row.def})` : ''}; the profile still loads.`;
  const store = storageRange(row);
  if (store && (value < store[0] || value > store[1])) {
    return {
      code: 'KEYFILE-021',
      outcome: 'ignored',
      message: `${value} does not fit ${row.k}, which holds ${store[0] < 0n ? 'a signed' : 'an unsigned'} 32-bit number ("value cannot be interpreted as integer"): ${keeps}`,
    };
  }
  if (!inRange(row, value)) {
    return {
      code: 'KEYFILE-021',
      outcome: 'ignored',
      message: `${value} is outside ${row.range![0]}..${row.range![1]}: ${keeps}`,
    };
  }
  // A plain integer property (enumCheck 'none', such as powersave) keeps any number it can store.
  if (
    row.t === 'enum' &&
    row.values?.length &&
    row.enumCheck !== 'none' &&
    !row.values.some((v) => BigInt(v.num) === value)
  ) {
    const rejected = row.enumCheck === 'verify';
    return {
      code: rejected ? 'KEYFILE-030' : 'KEYFILE-022',
      outcome: rejected ? 'rejected' : 'ignored',
      message: rejected
        ? `${value} is not a value of ${row.k} (${enumLabel(row)}): verify() of ${row.s}.${row.k} fails and NetworkManager does not load the profile.`
        : `${value} is not a value of ${row.k} (${enumLabel(row)}); NetworkManager warns and keeps the default.`,
    };
  }
  const nm =
    row.t === 'flags' && value >= 0n && value < 1n << 32n ? flagsRefusal(row.k, value, row.s === 'ipv6') : undefined;
  if (nm)
    return {
      code: 'KEYFILE-030',
      outcome: 'rejected',
      message: `verify() of ${row.s}.${row.k} refuses ${nm}: NetworkManager does not load the profile.`,
    };
  // Flags verify() checks itself (wake-on-lan, wake-on-wlan, wps-method) are worded by the verify rules.
  if (nm === undefined && row.t === 'flags' && row.flags && row.flags.length && row.enumCheck !== 'verify') {
    const known = row.flags.reduce((a, f) => a | BigInt(f.bit), 0n);
    if ((value & ~known) !== 0n) {
      return {
        code: 'KEYFILE-022',
        outcome: 'ignored',
        message: `${value} sets bits ${row.k} does not have (known: ${row.flags.map((f) => `${f.bit} ${f.name}`).join(', ')}): NetworkManager warns, ignores the line and keeps the default.`,
      };
    }
  }
  if (octal) {
    return {
      code: 'KEYFILE-029',
      outcome: 'surprising',
      message: `A leading 0 makes NetworkManager read "${raw.trim()}" as octal: it means ${value}.`,
      replacement: String(value),
    };
  }
  return undefined;
}

/** [ethtool] numbers (nm-keyfile.c _read_setting, gendata): g_key_file_get_uint64 (decimal, a sign
 *  allowed, g_ascii_strtoull), then a cast to guint32 with no check: only the low 32 bits stay.
 *  nm-setting-ethtool.c verify then holds adaptive coalescing to 0/1 and fec-mode to known modes. */
export function checkEthtoolNumber(k: string, raw: string): ValueProblem[] {
  const m = /^\s*([+-]?)(\d+)$/.exec(raw);
  if (!m)
    return [
      {
        code: 'KEYFILE-021',
        outcome: 'ignored',
        message: `NetworkManager reads ethtool numbers as plain decimal (no hex, nothing after the digits): it cannot read "${raw}" ("is not a uint32"), warns and leaves this ethtool setting alone.`,
      },
    ];
  const max64 = (1n << 64n) - 1n;
  const mag = BigInt(m[2]);
  // strtoull: a value beyond 64 bits is the maximum, a negative one wraps around.
  const u64 = mag > max64 ? max64 : m[1] === '-' ? ((1n << 64n) - mag) & max64 : mag;
  const kept = u64 & 0xffffffffn;
  const out: ValueProblem[] = [];
  if (kept !== mag || (m[1] === '-' && mag !== 0n))
    out.push({
      code: 'KEYFILE-021',
      outcome: 'surprising',
      message: `${raw.trim()} does not fit 32 bits: NetworkManager keeps only the low 32 bits, without a warning, and applies ${kept}.`,
    });
  if ((k === 'coalesce-adaptive-rx' || k === 'coalesce-adaptive-tx') && kept > 1n)
    out.push({
      code: 'KEYFILE-027',
      outcome: 'rejected',
      message: `${k} is 0 or 1 (a number, not true/false): verify() fails ("ethtool.${k}: coalesce option must be either 0 or 1") and NetworkManager does not load the profile.`,
    });
  if (k === 'fec-mode' && (kept === 1n || kept >= 64n))
    out.push({
      code: 'KEYFILE-027',
      outcome: 'rejected',
      message: `fec-mode is a sum of 2 (auto), 4 (off), 8 (rs), 16 (baser) and 32 (llrs); ${kept} is not: verify() fails ("ethtool.fec-mode: … is not valid FEC modes") and NetworkManager does not load the profile.`,
    });
  return out;
}

/** GLib's g_key_file_get_integer: strtol base 10, digits then the end or a blank, int range. */
function glibInteger(raw: string): bigint | undefined {
  const m = /^\s*([+-]?\d+)(?:\s[^]*)?$/.exec(raw);
  if (!m) return undefined;
  const v = BigInt(m[1]);
  return v >= -(2n ** 31n) && v < 2n ** 31n ? v : undefined;
}

/** What NetworkManager makes of [ipv4]/[ipv6] dhcp-send-hostname= (nm-keyfile.c
 *  _read_handle_renamed_properties): an integer, else a GLib boolean, else nothing (warning). The
 *  value is the tri-state dhcp-send-hostname-v2. */
export function readSendHostname(raw: string): bigint | undefined {
  const n = glibInteger(raw);
  if (n !== undefined) return n;
  const b = /^(true|false)[ \t]*$/.exec(raw);
  return b ? (b[1] === 'true' ? 1n : 0n) : undefined;
}

function checkSendHostname(row: NmPropertyRow, raw: string): ValueProblem | undefined {
  const v = readSendHostname(raw);
  if (v === undefined) {
    const byName = row.values?.find((x) => x.name === raw.trim());
    return {
      code: 'KEYFILE-022',
      outcome: 'ignored',
      message: `NetworkManager cannot read "${raw}" as dhcp-send-hostname (a number or true/false): it warns ("invalid value for '${row.s}.dhcp-send-hostname'"), ignores the line and keeps the default (-1: the global default, else dhcp-send-hostname-deprecated).${byName ? ` Write ${byName.num} for ${byName.name}.` : ` Values: ${enumLabel(row)}.`}`,
      replacement: byName ? String(byName.num) : undefined,
    };
  }
  if (v >= -1n && v <= 1n) return undefined;
  // normalize() copies the tri-state into the old boolean, which cannot hold it: verify() still fails.
  return {
    code: 'KEYFILE-030',
    outcome: 'rejected',
    message: `${v} is not a value of dhcp-send-hostname (${enumLabel(row)}): NetworkManager reads it, normalize() cannot make the deprecated boolean agree, so verify() fails ("${row.s}.dhcp-send-hostname: the value is inconsistent with 'dhcp-send-hostname-v2'") and the profile is not loaded.`,
  };
}

/** ipv6.addr-gen-mode (nm-keyfile.c ip6_addr_gen_mode_parser, nm_utils_enum_from_str): a name,
 *  or any decimal or 0x number in the int range; what cannot be read becomes default-or-eui64,
 *  a number that is no mode fails verify() (nm-setting-ip6-config.c). */
function checkAddrGenMode(row: NmPropertyRow, raw: string): ValueProblem | undefined {
  const names = row.choices ?? [];
  const s = unescapedText(raw).trim();
  if (names.includes(s)) return undefined;
  const hex = /^(-?)0x([0-9a-fA-F]+)$/.exec(s);
  const n = hex ? BigInt(`0x${hex[2]}`) * (hex[1] ? -1n : 1n) : /^-?\d+$/.test(s) ? BigInt(s) : undefined;
  if (n === undefined || n < -(2n ** 31n) || n >= 2n ** 31n)
    return {
      code: 'KEYFILE-022',
      outcome: 'ignored',
      message: `"${raw}" is not an address generation mode (${names.join(', ')}, case-sensitive): NetworkManager warns ("invalid option") and uses default-or-eui64.`,
    };
  if (n >= 0n && n <= 3n) return undefined;
  return {
    code: 'KEYFILE-027',
    outcome: 'rejected',
    message: `${n} is no address generation mode (0 eui64, 1 stable-privacy, 2 default-or-eui64, 3 default): NetworkManager reads the number, verify() fails ("ipv6.addr-gen-mode: property is invalid") and the profile is not loaded.`,
  };
}

/** Plain uint32 flags whose verify() refuses unknown bits and some combinations: connection.mptcp-flags
 *  (nm-setting-connection.c verify, nm_mptcp_flags_normalize) and ipvX.dhcp-hostname-flags
 *  (_nm_utils_validate_dhcp_hostname_flags, nm-utils.c). '' = accepted, undefined = another property. */
function flagsRefusal(k: string, v: bigint, ipv6: boolean): string | undefined {
  const all = k === 'mptcp-flags' ? 511n : k === 'dhcp-hostname-flags' ? 15n : 0n;
  const two = (a: bigint, b: bigint) => (v & a && v & b ? `flag ${a} with ${v & b}` : '');
  return !all
    ? undefined
    : v & ~all
      ? `unknown bits 0x${(v & ~all).toString(16)}`
      : all > 15n
        ? two(1n, 510n) || two(16n, 128n)
        : two(4n, 1n) || two(8n, 7n) || (ipv6 && v & 2n ? 'flag 2 (encoded) over DHCPv6' : '');
}

/** `nm_utils_hwaddr_aton` (hex pairs separated by `:` or `-`), else the obsolete decimal byte list. */
export function isKeyfileMac(raw: string, octets: number[]): boolean {
  const sep = raw.includes(':') ? ':' : raw.includes('-') ? '-' : '';
  if (sep) {
    const parts = raw.split(sep);
    if (octets.includes(parts.length) && parts.every((p) => /^[0-9A-Fa-f]{1,2}$/.test(p))) return true;
  }
  const items = splitList(raw).map((i) => i.text.trim());
  return octets.includes(items.length) && items.every((x) => /^\d{1,3}$/.test(x) && Number(x) <= 255);
}

const CLONED_WORDS = ['preserve', 'permanent', 'random', 'stable'];

export function checkMac(row: NmPropertyRow, raw: string): ValueProblem | undefined {
  const octets = row.s === 'infiniband' ? [20] : [6];
  if (row.k === 'cloned-mac-address') {
    const words = row.s === '802-11-wireless' ? [...CLONED_WORDS, 'stable-ssid'] : CLONED_WORDS;
    if (words.includes(raw)) return undefined;
  }
  if (isKeyfileMac(raw, octets)) return undefined;
  return {
    code: 'KEYFILE-023',
    outcome: 'ignored',
    message: `"${raw}" is not a ${octets[0]}-byte MAC address${/\s$/.test(raw) ? ' (the trailing blank is part of the value)' : ''}; NetworkManager ignores the key ("ignoring invalid MAC address").`,
  };
}

/** The wired and Wi-Fi verify() checks every denylist entry with nm_utils_hwaddr_valid (nm-setting-wired.c,
 *  nm-setting-wireless.c verify): one bad entry rejects the profile. */
function checkMacList(row: NmPropertyRow, raw: string): ValueProblem[] {
  return splitList(raw)
    .filter((it) => !isKeyfileMac(it.text.trim(), [6]))
    .map((it) => ({
      code: 'KEYFILE-027',
      outcome: 'rejected' as const,
      message: `"${it.text.trim()}" is not a MAC address: verify() fails ("${row.s}.${row.aliasOf ?? row.k}: '${it.text}' is not a valid MAC address") and NetworkManager does not load the profile. A # inside a value is not a comment.`,
      start: it.start,
      end: it.end,
    }));
}

// The characters of a field, by char code (a pattern per character cost more than the rest of
// reading an address): [0-9a-fA-F:.%] and [0-9].
const IP_CHARS = (c: number): boolean =>
  (c >= 48 && c <= 58) /* 0-9 : */ || (c >= 65 && c <= 70) || (c >= 97 && c <= 102) || c === 46 || c === 37;
const DIGIT = (c: number): boolean => c >= 48 && c <= 57;

/** nm-keyfile.c read_field over one value: each read() takes the characters of `chars` up to a
 *  `/ ; ,`, the end, or any other character (an error: `bad` is where, the position stays).
 *  `done` once the input is used up. One reader per line, no object per field: a router profile
 *  has thousands of routes. */
class FieldReader {
  at = 0;
  done = false;
  /** The field read last, or undefined when there was none (input used up, or an error). */
  field: string | undefined;
  /** Where the last read stopped at a character that is neither a field character nor a separator. */
  bad: number | undefined;
  constructor(readonly v: string) {}

  read(chars: (c: number) => boolean): void {
    this.field = this.bad = undefined;
    const v = this.v;
    if (this.done || this.at >= v.length) return;
    let i = this.at;
    while (i < v.length && chars(v.charCodeAt(i))) i++;
    if (i === v.length) {
      this.field = v.slice(this.at);
      this.done = true;
      return;
    }
    const c = v.charCodeAt(i);
    if (c === 47 /* / */ || c === 59 /* ; */ || c === 44 /* , */) {
      this.field = v.slice(this.at, i);
      this.at = i + 1;
      return;
    }
    this.bad = i;
  }
}

export interface AddressLine {
  /** A problem to report, if any. */
  problem?: ValueProblem;
  /** NetworkManager keeps the address or route (perhaps with a default prefix). */
  kept: boolean;
  /** An address line's gateway field, as written. */
  gateway?: string;
}

/** The last line read: the value check and verify() both read each address and route key, one
 *  right after the other. The result is never changed by its readers. */
let lastRead: { family: number; kind: string; raw: string; line: AddressLine } | undefined;

export function readAddressOrRoute(family: 4 | 6, kind: 'address' | 'route', raw: string): AddressLine {
  const m = lastRead;
  if (m && m.raw === raw && m.family === family && m.kind === kind) return m.line;
  const line = readLine(family, kind, raw);
  lastRead = { family, kind, raw, line };
  return line;
}

/** What nm-keyfile.c read_one_ip_address_or_route, build_address and build_route make of
 *  `ADDR[/PLEN][,GATEWAY]` (addresses) or `DEST[/PLEN][,NEXTHOP[,METRIC]]` (routes), the fields
 *  separated by any of `/ , ;`. GLib keeps trailing blanks, and a blank is no field character. */
function readLine(family: 4 | 6, kind: 'address' | 'route', raw: string): AddressLine {
  const isIP = family === 4 ? isIPv4 : isIPv6;
  const code: RuleCode = kind === 'address' ? 'KEYFILE-024' : 'KEYFILE-025';
  const r = new FieldReader(unescapedText(raw));
  r.read(IP_CHARS);
  const addr = r.field;
  if (r.bad !== undefined) return unexpected(code, kind, r.v, r.bad);
  r.read(DIGIT); // not a prefix: the next field starts at the same place
  const plen = r.field;
  r.read(IP_CHARS);
  const gw = r.field;
  if (r.bad !== undefined) return unexpected(code, kind, r.v, r.bad);
  let metricText: string | undefined;
  if (kind === 'route') {
    r.read(DIGIT);
    metricText = r.field;
    if (r.bad !== undefined) return unexpected(code, kind, r.v, r.bad);
  }
  if (!r.done && r.at < r.v.length)
    return dropped(code, `Extra fields after the ${kind} ("garbage at the end of value"); NetworkManager drops it.`);
  if (!addr || !isIP(addr))
    return dropped(
      code,
      `"${addr ?? ''}" is not an IPv${family} address; NetworkManager drops this ${kind} with a warning.`,
    );
  const max = family === 4 ? 32 : 128;
  const fallback = family === 4 ? 24 : kind === 'address' ? 64 : 128;
  let problem: ValueProblem | undefined;
  if (plen === undefined)
    problem = { code, outcome: 'surprising', message: `No prefix length: NetworkManager warns and uses /${fallback}.` };
  else if (plen === '' || Number(plen) > max)
    problem = {
      code,
      outcome: 'ignored',
      message: `${plen === '' ? 'The prefix length is empty' : `Prefix length ${plen} is larger than ${max}`}; NetworkManager uses the default prefix /${fallback} instead.`,
    };
  if (kind === 'address') return { kept: true, problem, gateway: gw || undefined };
  let hop = gw || undefined;
  // An old writer put `plen,metric` without a next hop into IPv6 routes; NM reads the number as metric.
  if (hop && !isIP(hop) && family === 6 && metricText === undefined && /^\d+$/.test(hop) && BigInt(hop) < 1n << 32n) {
    metricText = hop;
    hop = undefined;
  }
  if (hop && !isIP(hop))
    return dropped(code, `"${hop}" is not an IPv${family} next hop; NetworkManager drops this route.`);
  // Digits only: Number() is exact below 2^53 and cannot round a larger value under 2^32.
  if (metricText && Number(metricText) >= 2 ** 32)
    return dropped(code, `Metric ${metricText} does not fit 32 bits; NetworkManager drops this route.`);
  return { kept: true, problem };
}

const dropped = (code: RuleCode, message: string): AddressLine => ({
  kept: false,
  problem: { code, outcome: 'ignored', message },
});

/** read_field stopped at a character that is no field character and no separator. */
function unexpected(code: RuleCode, kind: string, v: string, at: number): AddressLine {
  return dropped(
    code,
    /\s/.test(v[at])
      ? `Trailing blanks are part of a keyfile value, and NetworkManager stops at the first one ("unexpected character ' '"): it drops this ${kind}.`
      : `NetworkManager stops at '${v[at]}' ("unexpected character"): it drops this ${kind} with a warning.`,
  );
}

export function checkAddressOrRoute(family: 4 | 6, kind: 'address' | 'route', raw: string): ValueProblem | undefined {
  return readAddressOrRoute(family, kind, raw).problem;
}

const ROUTE_OPTIONS: Record<string, 'int' | 'bool' | 'ip' | 'word'> = {
  advmss: 'int',
  cwnd: 'int',
  from: 'ip',
  initcwnd: 'int',
  initrwnd: 'int',
  'lock-advmss': 'bool',
  'lock-cwnd': 'bool',
  'lock-initcwnd': 'bool',
  'lock-initrwnd': 'bool',
  'lock-mtu': 'bool',
  'lock-window': 'bool',
  mtu: 'int',
  onlink: 'bool',
  quickack: 'bool',
  rto_min: 'int',
  scope: 'int',
  src: 'ip',
  table: 'int',
  tos: 'int',
  type: 'word',
  weight: 'int',
  window: 'int',
};
export const ROUTE_OPTION_NAMES = Object.keys(ROUTE_OPTIONS);

export function checkRouteOptions(raw: string): ValueProblem | undefined {
  for (const part of raw.split(',')) {
    const p = part.trim();
    if (!p) continue;
    const eq = p.indexOf('=');
    if (eq <= 0)
      return {
        code: 'KEYFILE-025',
        outcome: 'ignored',
        message: `"${p}" is not name=value: NetworkManager drops all options of this route.`,
      };
    const name = p.slice(0, eq).trim();
    // Own properties only: a name such as `constructor` is no route option.
    const kind = Object.hasOwn(ROUTE_OPTIONS, name) ? ROUTE_OPTIONS[name] : undefined;
    if (!kind)
      return {
        code: 'KEYFILE-025',
        outcome: 'ignored',
        message: `"${name}" is not a route option NetworkManager knows (${ROUTE_OPTION_NAMES.join(', ')}); it is ignored.`,
      };
  }
  return undefined;
}

export function checkDnsList(family: 4 | 6, raw: string): ValueProblem[] {
  const out: ValueProblem[] = [];
  for (const it of splitList(raw)) {
    const t = it.text.trim();
    if (!t) continue;
    const addr = t.replace(/#.*$/, '');
    const ok = family === 4 ? isIPv4(addr) : isIPv6(addr.replace(/%[^%]+$/, ''));
    if (ok || /^[a-z0-9+]+:\/\//i.test(t)) continue;
    out.push({
      code: 'KEYFILE-026',
      outcome: 'ignored',
      message: `"${t}" is not an IPv${family} DNS server${family === 4 && isIPv6(addr) ? ' (IPv6 servers go under [ipv6])' : family === 6 && isIPv4(addr) ? ' (IPv4 servers go under [ipv4])' : ''}; NetworkManager drops it with a warning.`,
      start: it.start,
      end: it.end,
    });
  }
  return out;
}

/** GLib's refusals of escapes in the value, added to `out`. */
function badEscapes(out: ValueProblem[], row: NmPropertyRow, raw: string, list: boolean): void {
  // Without a backslash there is no escape to refuse.
  if (!raw.includes('\\')) return;
  for (const b of unescapeValue(raw, list).bad)
    out.push({
      code: 'KEYFILE-003',
      outcome: 'ignored',
      message: `${b.message} Current GLib then returns no value, so NetworkManager does not set ${row.k}.`,
      start: b.at,
      end: b.at + b.text.length,
    });
}

/** Adds a problem, if any (a function, not a closure made per value checked). */
const add = (out: ValueProblem[], p: ValueProblem | undefined) => {
  if (p) out.push(p);
};

/** Checks a value against its catalog row. Bond options are left to the bonding rules. */
export function checkValue(row: NmPropertyRow, raw: string): ValueProblem[] {
  const family: 4 | 6 = row.s === 'ipv6' ? 6 : 4;
  const out: ValueProblem[] = [];
  switch (row.t) {
    case 'boolean':
      add(out, checkBoolean(raw));
      break;
    case 'int32':
    case 'uint32':
    case 'int64':
    case 'uint64':
    case 'enum':
    case 'flags':
      if (row.s === 'ethtool') {
        out.push(...checkEthtoolNumber(row.k, raw));
        break;
      }
      add(out, checkInteger(row, raw));
      break;
    case 'dhcp-send-hostname':
      add(out, checkSendHostname(row, raw));
      break;
    case 'addr-gen-mode':
      add(out, checkAddrGenMode(row, raw));
      break;
    case 'mac':
      // GLib keeps trailing blanks, and the MAC parser takes none.
      add(out, checkMac(row, raw.trimStart()));
      break;
    case 'ip-address':
      add(out, checkAddressOrRoute(family, 'address', raw));
      break;
    case 'ip-route':
      add(out, checkAddressOrRoute(family, 'route', raw));
      break;
    case 'route-options':
      add(out, checkRouteOptions(raw));
      break;
    case 'routing-rule':
      // nm_ip_routing_rule_validate: unlike ip-rule, NetworkManager wants the priority written.
      if (
        !unescapedText(raw)
          .split(/\s+/)
          .some((w) => ['priority', 'order', 'pref', 'preference'].includes(w))
      )
        out.push({
          code: 'KEYFILE-025',
          outcome: 'ignored',
          message:
            'A routing rule needs its priority (priority N): NetworkManager drops this rule with a warning ("rule is invalid: missing priority").',
        });
      break;
    case 'strv':
      badEscapes(out, row, raw, true);
      if (row.k === 'dns' && (row.s === 'ipv4' || row.s === 'ipv6')) out.push(...checkDnsList(family, raw));
      if (/^mac-address-(deny|black)list$/.test(row.k)) out.push(...checkMacList(row, raw));
      if (row.choices) out.push(...checkChoiceList(row, raw));
      break;
    case 'json':
      badEscapes(out, row, raw, false);
      try {
        JSON.parse(unescapeValue(raw).value);
      } catch {
        out.push({
          code: 'KEYFILE-027',
          outcome: 'ignored',
          message:
            'Not valid JSON: NetworkManager drops the team configuration ("ignoring invalid team configuration").',
        });
      }
      break;
    case 'uint-list': {
      const items = splitList(raw).map((i) => i.text.trim());
      if (items.length !== 8 || !items.every((x) => /^\d+$/.test(x)))
        out.push({
          code: 'KEYFILE-021',
          outcome: 'ignored',
          message: `${row.k} needs exactly 8 numbers separated by ';' (one per 802.1p priority).`,
        });
      break;
    }
    case 'string':
    case 'ifname-or-uuid':
      badEscapes(out, row, raw, false);
      if (row.choices && !isChoice(row, unescapedText(raw))) {
        // verify() compares with strcmp: MSCHAPV2 is not mschapv2.
        const lower = row.choices.includes(raw.toLowerCase()) ? raw.toLowerCase() : undefined;
        out.push({
          code: 'KEYFILE-027',
          outcome: 'rejected',
          message: `"${raw}" is not one of ${row.choices.join(', ')}${lower ? ' (NetworkManager compares case-sensitively)' : ''}: verify() of ${row.s}.${row.aliasOf ?? row.k} fails and NetworkManager does not load the profile.`,
          replacement: lower,
        });
      }
      break;
    default:
      break;
  }
  return out;
}

function isChoice(row: NmPropertyRow, value: string): boolean {
  return row.choices!.includes(row.choicesFold ? value.toLowerCase() : value);
}

/** Lists such as eap= and proto=: verify() refuses the profile for one entry outside the list
 *  (_nm_utils_string_slist_validate, case-sensitive; an empty entry between two `;` counts). */
function checkChoiceList(row: NmPropertyRow, raw: string): ValueProblem[] {
  return splitList(raw)
    .filter((it) => !isChoice(row, unescapeValue(it.text).value))
    .map((it) => ({
      code: 'KEYFILE-027',
      outcome: 'rejected' as const,
      message: `${it.text === '' ? 'An empty entry' : `"${it.text}"`} is not one of ${row.choices!.join(', ')}${row.choicesFold ? '' : ' (lowercase)'}: verify() fails ("${row.s}.${row.k}: property is invalid") and NetworkManager does not load the profile.`,
      start: it.start,
      end: it.end,
    }));
}

/** Kernel interface-name rules as NM's verify() applies them. */
export function ifnameProblem(name: string): string | undefined {
  if (isIfname(name)) return undefined;
  if (name.length > 15) return `"${name}" is longer than 15 bytes`;
  if (/\s$/.test(name)) return `"${name}" ends in whitespace (trailing spaces are part of a keyfile value)`;
  return `"${name}" contains whitespace, '/' or ':' or is '.'/'..'`;
}
