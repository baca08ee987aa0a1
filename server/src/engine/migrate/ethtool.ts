// ETHTOOL_OPTS as NetworkManager's ifcfg-rh reader reads it: `;`-separated ethtool command
// lines; `-K/--features/--offload`, `-A/--pause`, `-C/--coalesce`, `-G/--set-ring` lines become
// [ethtool] options, any other line is read as `ethtool -s` arguments (autoneg, speed, duplex,
// wol, sopass) for [ethernet]. Facts: nms-ifcfg-rh-reader.c parse_ethtool_options,
// parse_ethtool_option, _next_ethtool_options_nmternary/_uint32, and nms-ifcfg-rh-utils.c
// _get_ethtoolid_*_by_name, all at NetworkManager 355bc902994f.

import { isMac } from '../catalog/keyTypes';
import { nmProperty } from '../catalog/nm';

export type EthtoolKind = 'feature' | 'pause' | 'coalesce' | 'ring';

const KIND_BY_FLAG: Record<string, EthtoolKind> = {
  '--coalesce': 'coalesce',
  '--features': 'feature',
  '--offload': 'feature',
  '--pause': 'pause',
  '--set-ring': 'ring',
  '-A': 'pause',
  '-C': 'coalesce',
  '-G': 'ring',
  '-K': 'feature',
};

/** The kernel's own feature names that ethtool also accepts, and the NM feature they are. */
const KERNEL_FEATURE_NAMES: Record<string, string> = {
  'rx-checksum': 'rx',
  'rx-gro': 'gro',
  'rx-hashing': 'rxhash',
  'rx-lro': 'lro',
  'rx-ntuple-filter': 'ntuple',
  'rx-vlan-hw-parse': 'rxvlan',
  'tx-generic-segmentation': 'gso',
  'tx-vlan-hw-insert': 'txvlan',
};

/** The [ethtool] keys of each kind start with these. */
const KEY_PREFIX: Record<EthtoolKind, string> = {
  feature: 'feature-',
  coalesce: 'coalesce-',
  ring: 'ring-',
  pause: 'pause-',
};

/** The [ethtool] key NM stores an ethtool word under, or undefined when NM does not know it.
 *  ifcfg-rh's name tables (_get_ethtoolid_*_by_name) cover every feature, coalesce, ring and
 *  pause option of NetworkManager's ethtool table, whose keys the keyfile catalog lists; they
 *  name a pause option by its key (pause-rx), the others by the word after the prefix. */
export function ethtoolOptionName(kind: EthtoolKind, word: string): string | undefined {
  const p = KEY_PREFIX[kind];
  const known = (k: string) => k.startsWith(p) && nmProperty('ethtool', k)?.k === k;
  if (kind === 'pause') return known(word) ? word : undefined;
  if (known(p + word)) return p + word;
  const alias = kind === 'feature' ? KERNEL_FEATURE_NAMES[word] : undefined;
  return alias !== undefined && known(p + alias) ? p + alias : undefined;
}

/** Wake-on-LAN flags (nm-setting-wired.h NMSettingWiredWakeOnLan). */
export const WOL = { none: 0, phy: 0x2, unicast: 0x4, multicast: 0x8, broadcast: 0x10, arp: 0x20, magic: 0x40 };
export const WOL_DEFAULT = 0x1;
export const WOL_IGNORE = 0x8000;

const WOL_LETTERS: Record<string, number> = {
  p: WOL.phy,
  u: WOL.unicast,
  m: WOL.multicast,
  b: WOL.broadcast,
  a: WOL.arp,
  g: WOL.magic,
  s: 0,
};

export interface EthtoolResult {
  wol: number;
  wolPassword?: string;
  autoneg: boolean;
  speed: number;
  duplex?: 'half' | 'full';
  /** [ethtool] options in the order they were set; undefined when no ethtool line was seen. */
  ethtool?: Map<string, string>;
  /** What NM warns about and ignores, one line each. */
  ignored: string[];
  /** What NM keeps with another value. */
  changed: string[];
}

const UINT32_MAX = 4294967295;

/** A non-empty ETHTOOL_OPTS value. */
export function parseEthtoolOpts(value: string): EthtoolResult {
  const out: EthtoolResult = { wol: WOL_DEFAULT, autoneg: false, speed: 0, ignored: [], changed: [] };
  for (const line of value.split(';')) {
    const words = line.split(/[ \t\n]/).filter(Boolean);
    if (!words.length) continue;
    const kind = KIND_BY_FLAG[words[0]];
    if (kind) {
      // The second word is the interface; a line without one is dropped whole.
      if (words.length < 2) continue;
      out.ethtool ??= new Map();
      commandLine(kind, words.slice(2), out);
    } else setLine(words, out);
  }
  return out;
}

function commandLine(kind: EthtoolKind, w: string[], out: EthtoolResult): void {
  const bool = kind === 'feature' || kind === 'pause';
  let i = 0;
  // A lone last word is never read (NM needs a name and a value).
  while (i + 1 < w.length) {
    const name = ethtoolOptionName(kind, w[i]);
    const val = w[i + 1];
    if (bool) {
      const onoff = val === 'on' ? 'true' : val === 'off' ? 'false' : undefined;
      if (!name) {
        i += onoff ? 2 : 1;
        continue;
      }
      if (!onoff) {
        out.ignored.push(`"${w[i]}" needs on or off`);
        i += 1;
        continue;
      }
      out.ethtool!.set(name, onoff);
      i += 2;
    } else {
      const n = /^[ \t\n\r\f\v]*\+?\d+[ \t\n\r\f\v]*$/.test(val) ? Number(val) : -1;
      const valid = n >= 0 && n <= UINT32_MAX;
      if (!name) {
        i += valid ? 2 : 1;
        continue;
      }
      // NM stores an unreadable number as (guint32) -1.
      out.ethtool!.set(name, String(valid ? n : UINT32_MAX));
      if (!valid) out.changed.push(`"${val}" is not a number for ${w[i]}: NetworkManager stores ${UINT32_MAX} instead`);
      i += 2;
    }
  }
}

function setLine(w: string[], out: EthtoolResult): void {
  for (let i = 0; i < w.length;) {
    const opt = w[i];
    const val = w[++i];
    const known = ['autoneg', 'speed', 'duplex', 'wol', 'sopass'].includes(opt);
    if (!known) continue; // unknown words are skipped one at a time
    if (val === undefined) {
      out.ignored.push(`${opt} without a value`);
      break;
    }
    i++;
    if (opt === 'autoneg') {
      if (val === 'on' || val === 'off') out.autoneg = val === 'on';
      else out.ignored.push(`autoneg "${val}"`);
    } else if (opt === 'speed') {
      if (/^[ \t\n\r\f\v]*\+?\d+[ \t\n\r\f\v]*$/.test(val) && Number(val) <= UINT32_MAX) out.speed = Number(val);
      else out.ignored.push(`speed "${val}"`);
    } else if (opt === 'duplex') {
      if (val === 'half' || val === 'full') out.duplex = val;
      else out.ignored.push(`duplex "${val}"`);
    } else if (opt === 'wol') {
      let flags = WOL.none;
      for (const c of val) {
        if (c === 'd') flags = WOL.none;
        else if (c in WOL_LETTERS) flags |= WOL_LETTERS[c];
        else out.ignored.push(`Wake-on-LAN letter "${c}"`);
      }
      out.wol = flags;
    } else if (opt === 'sopass') {
      if (isMac(val, [6])) out.wolPassword = val;
      else out.ignored.push(`Wake-on-LAN password "${val}"`);
    }
  }
}
