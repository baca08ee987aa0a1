// Values of ifcfg keys checked against the key's type, plus the rules that compare keys
// within one file (NETMASK vs PREFIX, address gaps, DEVICE vs file name…).
import { KeyInfo, lookupKey } from '../catalog/keys';
import {
  IS_FALSE,
  IS_TRUE,
  isIfname,
  isIPv4,
  isIPv6,
  isMac,
  isNetmask,
  isUuid,
  netmaskToPrefix,
  NM_FALSE,
  NM_TRUE,
  KeyType,
} from '../catalog/keyTypes';
import { Assignment } from '../parser/document';
import { deleteKey, replaceValue } from '../fixes/edits';
import { keyRange, RuleContext, valueRange } from './context';
import { lineSpan } from '../util/lineSpan';

export function checkValues(ctx: RuleContext): void {
  const kind = ctx.doc.file.kind;
  if (kind === 'rule' || kind === 'rule6' || kind === 'route6' || kind === 'capture') return;
  // forEach, not for-of: in code that runs cold, a for-of allocates an entry at each step.
  ctx.doc.effective.forEach((a) => {
    if (!a.value.nmValid) return;
    const m = lookupKey(a.key);
    if (!m || m.info.obsolete) return;
    const v = a.value.text;
    if (v === '') return;
    checkValue(ctx, a, m.info, v.trim() === v ? v : v.trim());
    if (m.info.source === 'initscripts' && ctx.settings.target === 'networkmanager') {
      ctx.report(
        'IFCFG-044',
        keyRange(a),
        `${a.key} is only read by the legacy network-scripts; NetworkManager ignores it.`,
        {},
      );
    }
    if (a.key === 'PROMISC' || a.key === 'ALLMULTI') {
      ctx.report(
        'IFCFG-037',
        keyRange(a),
        `${a.key} is no longer supported by initscripts and NetworkManager never read it: it has no effect.`,
        {
          fixes: [{ title: `Delete ${a.key}`, edits: deleteKey(ctx.doc, a.key) }],
        },
      );
    }
  });
  if (kind === 'ifcfg' || kind === 'alias') fileRelations(ctx);
}

/** strtol with base 0: decimal, 0x hexadecimal or 0 octal. */
function baseZero(v: string): number | undefined {
  if (/^0x[0-9a-f]+$/i.test(v)) return parseInt(v.slice(2), 16);
  if (/^0[0-7]+$/.test(v)) return parseInt(v.slice(1), 8);
  return /^\d+$/.test(v) ? Number(v) : undefined;
}

function boolFix(a: Assignment, to: string, nmDefault?: string) {
  // When NetworkManager's default is the same value, only the spelling changes for it.
  const same = nmDefault?.toLowerCase() === to;
  const title = same ? `Use "${to}" (already NetworkManager's default)` : `Write "${to}"`;
  return [{ title, preferred: true, edits: [replaceValue(a, to)] }];
}

// Each report makes its range: most values pass, and a range made up front was garbage.
function checkValue(ctx: RuleContext, a: Assignment, info: KeyInfo, v: string): void {
  const t: KeyType = info.type;
  switch (t.t) {
    case 'bool': {
      const l = v.toLowerCase();
      if (NM_TRUE.includes(l) || NM_FALSE.includes(l)) return;
      if (IS_TRUE.includes(l) || IS_FALSE.includes(l)) {
        const to = IS_TRUE.includes(l) ? 'yes' : 'no';
        ctx.report(
          'IFCFG-020',
          valueRange(a),
          `"${v}" is a boolean only for initscripts; NetworkManager does not accept on/off and uses the default of ${a.key}${info.default ? ` (${info.default})` : ''} instead. Use ${to}.`,
          { fixes: boolFix(a, to, info.default) },
        );
      } else {
        ctx.report(
          'IFCFG-020',
          valueRange(a),
          `"${v}" is not a boolean: NetworkManager expects yes/no (or true/false, 1/0) and falls back to the default of ${a.key}.`,
        );
      }
      return;
    }
    case 'bool-onoff':
      if (!['on', 'yes', 'off', 'no'].includes(v.toLowerCase()))
        ctx.report(
          'IFCFG-020',
          valueRange(a),
          `${a.key} accepts on/off or yes/no; NetworkManager treats "${v}" as off.`,
        );
      return;
    case 'ipv4':
      if (!isIPv4(v))
        ctx.report(
          'IFCFG-021',
          valueRange(a),
          `"${v}" is not an IPv4 address (a.b.c.d): NetworkManager refuses the profile.`,
        );
      return;
    case 'ipv4-prefix': {
      const [ip, len] = v.split('/');
      if (!isIPv4(ip) || (len !== undefined && !(/^\d+$/.test(len) && Number(len) <= 32)))
        ctx.report('IFCFG-021', valueRange(a), `"${v}" is not an IPv4 address with optional /prefix.`);
      return;
    }
    case 'ipv6':
    case 'ipv6-gw':
    case 'ipv6-list': {
      const items = t.t === 'ipv6-list' ? v.split(/\s+/) : [v];
      for (const it of items) {
        const [addr, suffix] = t.t === 'ipv6-gw' ? it.split('%') : it.split('/');
        const okSuffix =
          suffix === undefined ||
          (t.t === 'ipv6-gw' ? suffix.length > 0 : /^\d+$/.test(suffix) && Number(suffix) <= 128);
        if (!isIPv6(addr) || !okSuffix) {
          ctx.report(
            'IFCFG-022',
            valueRange(a),
            `"${it}" is not a valid IPv6 address${t.t === 'ipv6-gw' ? '' : ' (optionally /prefix)'}: NetworkManager refuses the profile.`,
          );
          return;
        }
      }
      return;
    }
    case 'ip':
      if (!isIPv4(v) && !isIPv6(v) && !/^[a-z]+:\/\//.test(v) && !v.includes('#'))
        ctx.report(
          'IFCFG-021',
          valueRange(a),
          `"${v}" is not an IPv4 or IPv6 address: NetworkManager refuses the profile.`,
        );
      return;
    case 'netmask':
      if (!isNetmask(v))
        ctx.report('IFCFG-024', valueRange(a), `"${v}" is not a contiguous netmask such as 255.255.255.0.`);
      return;
    case 'mac':
      if (!isMac(v))
        ctx.report(
          'IFCFG-025',
          valueRange(a),
          `"${v}" is not a MAC address (six hex octets separated by ":" or "-"): NetworkManager refuses the profile${a.key === 'HWADDR' ? ' and initscripts cannot match the device' : ''}.`,
        );
      return;
    case 'mac-or':
      if (!isMac(v) && !t.words.includes(v))
        ctx.report('IFCFG-025', valueRange(a), `"${v}" is neither a MAC address nor one of ${t.words.join(', ')}.`);
      return;
    case 'int': {
      if (a.key === 'PREFIX' || (a.key.startsWith('PREFIX') && /^\d+$/.test(a.key.slice(6)))) {
        if (!/^\d+$/.test(v) || Number(v) > 32)
          ctx.report(
            'IFCFG-023',
            valueRange(a),
            `"${v}" is not a prefix length from 0 to 32: NetworkManager refuses the profile.`,
          );
        return;
      }
      // NetworkManager reads MTU with base 0 (0x5dc and 02734 are 1500).
      const n = a.key === 'MTU' ? baseZero(v) : /^-?\d+$/.test(v) ? Number(v) : undefined;
      if (n === undefined || n < t.min || n > t.max) {
        const vlan = a.key === 'VLAN_ID';
        ctx.report(
          'IFCFG-027',
          valueRange(a),
          `${a.key} must be a whole number from ${t.min} to ${t.max}; "${v}" is ${n !== undefined ? 'out of range' : 'not a number'}, so ${vlan ? 'NetworkManager refuses the profile ("the vlan id must be in range 0-4094")' : 'NetworkManager ignores it'}.`,
          { severity: vlan ? 'error' : undefined },
        );
      }
      return;
    }
    case 'enum': {
      const ok = t.ci ? t.values.some((x) => x.toLowerCase() === v.toLowerCase()) : t.values.includes(v);
      if (ok) {
        if (a.key === 'TYPE' && !t.values.includes(v) && ctx.judges('initscripts')) {
          const canonical = t.values.find((x) => x.toLowerCase() === v.toLowerCase())!;
          ctx.report(
            'IFCFG-026',
            valueRange(a),
            `initscripts compares TYPE case-sensitively: "${v}" only matches "${canonical}" for NetworkManager.`,
            {
              fixes: [{ title: `Write "${canonical}"`, preferred: true, edits: [replaceValue(a, canonical)] }],
            },
          );
        }
        return;
      }
      if (a.key === 'TYPE') {
        ctx.report(
          'IFCFG-038',
          valueRange(a),
          `NetworkManager does not handle TYPE=${v}: it creates no usable profile (only initscripts or other tools may know this type).`,
        );
        return;
      }
      const hard = a.key === 'BOOTPROTO';
      ctx.report(
        'IFCFG-026',
        valueRange(a),
        `${a.key}=${v} is not one of ${t.values.join(', ')}${hard ? ': NetworkManager refuses the profile ("Unknown BOOTPROTO")' : '; NetworkManager ignores it'}.`,
        { severity: hard ? 'error' : undefined },
      );
      return;
    }
    case 'ifname':
      if (a.key === 'DEVICE' && ctx.doc.file.kind === 'alias') return; // checked against the file name instead
      if (!isIfname(v))
        ctx.report(
          'IFCFG-030',
          valueRange(a),
          `"${v}" is not a valid interface name (1–15 characters, no "/", ":" or blanks)${a.key === 'DEVICE' ? ': NetworkManager ignores DEVICE' : ''}.`,
        );
      return;
    case 'uuid':
      if (!isUuid(v))
        ctx.report(
          'IFCFG-039',
          valueRange(a),
          `"${v}" is not a UUID (8-4-4-4-12 hex digits), so NetworkManager cannot match it to a profile.`,
        );
      return;
    case 'json':
      try {
        JSON.parse(v);
      } catch {
        ctx.report(
          'IFCFG-040',
          valueRange(a),
          `${a.key} is not valid JSON: NetworkManager refuses the profile and teamd cannot start.`,
        );
      }
      return;
    case 'bits8':
      if (v.length !== 8 || [...v].some((c) => !t.digits.includes(c)))
        ctx.report(
          'IFCFG-041',
          valueRange(a),
          `${a.key} must be exactly 8 characters from "${t.digits}": NetworkManager refuses the profile.`,
        );
      return;
    case 'pct8': {
      const parts = v.split(',');
      const nums = parts.map((p) => (/^\d+$/.test(p.trim()) ? Number(p.trim()) : NaN));
      const bad = parts.length !== 8 || nums.some((n) => !(n >= 0 && n <= 100));
      const sum = nums.reduce((x, y) => x + y, 0);
      if (bad)
        ctx.report(
          'IFCFG-041',
          valueRange(a),
          `${a.key} must be 8 comma-separated percentages (0–100): NetworkManager refuses the profile.`,
        );
      else if (t.sum100 && sum !== 100)
        ctx.report(
          'IFCFG-041',
          valueRange(a),
          `The percentages of ${a.key} add up to ${sum}, not 100: NetworkManager refuses the profile.`,
        );
      return;
    }
    case 'string':
      if (a.key === 'ESSID' && /^0x/i.test(v) && !/^0x([0-9A-Fa-f]{2})+$/.test(v)) {
        ctx.report(
          'IFCFG-042',
          valueRange(a),
          `An SSID written as 0x… must be an even number of hex digits: NetworkManager refuses the profile.`,
        );
      }
      return;
    default:
      return;
  }
}

const NETMASK_N = /^NETMASK(\d*)$/;
const IPADDR_N = /^IPADDR(\d+)$/;

function fileRelations(ctx: RuleContext): void {
  const doc = ctx.doc;
  // One pass over the keys: NETMASK vs PREFIX of the same address index, and the IPADDR indexes.
  const idx: number[] = [];
  // forEach, not for…of: no [key, value] pair per key of every file.
  doc.effective.forEach((a, key) => {
    if (key.startsWith('IPADDR')) {
      const n = IPADDR_N.exec(key);
      if (n) idx.push(Number(n[1]));
      return;
    }
    if (!key.startsWith('NETMASK')) return;
    const m = NETMASK_N.exec(key);
    if (!m || !a.value.nmValid || !isNetmask(a.value.text)) return;
    const p = doc.effective.get('PREFIX' + m[1]);
    if (!p || !/^\d+$/.test(p.value.text)) return;
    const fromMask = netmaskToPrefix(a.value.text);
    if (fromMask !== Number(p.value.text)) {
      ctx.report(
        'IFCFG-028',
        valueRange(a),
        `NETMASK${m[1]}=${a.value.text} means /${fromMask}, but PREFIX${m[1]}=${p.value.text}: both tools use PREFIX and ignore this netmask.`,
        {
          related: [{ uri: doc.uri, range: valueRange(p), message: 'This prefix wins.' }],
          fixes: [{ title: `Delete NETMASK${m[1]}`, preferred: true, edits: deleteKey(doc, key) }],
        },
      );
    }
  });
  // IPADDR0/1 are optional, from 2 on the numbering must be contiguous.
  let gap = 2;
  if (idx.length) {
    const present = new Set(idx);
    while (present.has(gap)) gap++;
  }
  for (const n of idx) {
    if (n <= gap) continue;
    const a = doc.effective.get('IPADDR' + n)!;
    ctx.report(
      'IFCFG-032',
      keyRange(a),
      `IPADDR${n} is never read: numbering from IPADDR2 on must have no gaps, and IPADDR${gap} is missing.`,
    );
  }
  for (const k of ['DNS', 'DNS0']) {
    const a = doc.effective.get(k);
    if (!a || doc.file.kind !== 'ifcfg') continue;
    const free = !doc.effective.has('DNS1');
    ctx.report('IFCFG-033', keyRange(a), `${k} is never read: name servers are numbered from DNS1.`, {
      fixes: free
        ? [{ title: 'Rename to DNS1', preferred: true, edits: [{ range: keyRange(a), newText: 'DNS1' }] }]
        : undefined,
    });
  }
  const gw = doc.effective.get('GATEWAY');
  const defroute = doc.effective.get('DEFROUTE');
  if (gw && defroute && NM_FALSE.includes(defroute.value.text.toLowerCase())) {
    ctx.report(
      'IFCFG-034',
      keyRange(gw),
      'GATEWAY is ignored because DEFROUTE=no keeps this connection from installing a default route.',
      {
        related: [{ uri: doc.uri, range: keyRange(defroute), message: 'DEFROUTE=no' }],
      },
    );
  }
  const controllers = CONTROLLER_KEYS.filter((k) => doc.effective.get(k)?.value.text);
  // Two families need two keys at least: most files have none or one.
  const families = controllers.length > 1 ? new Set(controllers.map((k) => k.replace(/_UUID$/, ''))) : NO_FAMILIES;
  if (families.size > 1) {
    const [first, ...rest] = [...families];
    for (const k of rest) {
      const a = doc.effective.get(k) ?? doc.effective.get(k + '_UUID')!;
      ctx.report(
        'IFCFG-036',
        keyRange(a),
        `A device can have only one controller: NetworkManager uses ${first} and ignores ${k}.`,
      );
    }
  }
  deviceVsName(ctx);
}

const CONTROLLER_KEYS = ['BRIDGE', 'BRIDGE_UUID', 'MASTER', 'MASTER_UUID', 'TEAM_MASTER', 'TEAM_MASTER_UUID'];
const NO_FAMILIES: ReadonlySet<string> = new Set();

function deviceVsName(ctx: RuleContext): void {
  const doc = ctx.doc;
  const dev = doc.effective.get('DEVICE');
  const suffix = doc.file.suffix;
  if (doc.file.kind === 'alias') {
    if (!dev) {
      ctx.report(
        'IFCFG-046',
        lineSpan(0, 0, doc.lines[0].text.length),
        `An alias file needs DEVICE=${suffix}: NetworkManager skips it ("alias file has no DEVICE").`,
      );
    } else if (dev.value.text !== suffix) {
      ctx.report(
        'IFCFG-046',
        valueRange(dev),
        `In an alias file DEVICE must equal the file name suffix "${suffix}"; NetworkManager skips this alias.`,
        {
          fixes: [{ title: `Write DEVICE=${suffix}`, preferred: true, edits: [replaceValue(dev, suffix)] }],
        },
      );
    }
    return;
  }
  if (
    doc.file.kind === 'ifcfg' &&
    dev &&
    dev.value.text &&
    suffix &&
    dev.value.text !== suffix &&
    isIfname(dev.value.text)
  ) {
    ctx.report(
      'IFCFG-029',
      valueRange(dev),
      `DEVICE=${dev.value.text} differs from the file name (ifcfg-${suffix}). That is legal, but NetworkManager reads route-${suffix}/rule-${suffix} while initscripts also reads route-${dev.value.text}; keep them equal to avoid surprises.`,
    );
  }
}
