// Addressing as the tools set it up: a VLAN id NetworkManager cannot find, iBFT files
// NetworkManager leaves to the initrd, a GATEWAY initscripts will not use, and addresses on
// a bridge port that neither tool applies. The wording of every message is in the metadata.
import { isIPv4, isMac, isNetmask, netmaskToPrefix } from '../catalog/keyTypes';
import { deleteLines } from '../fixes/edits';
import { keyRange, RuleContext, valueRange } from './context';
import { message } from './registry';
import { indexedKey } from '../util/indexedKey';
import { lineSpan } from '../util/lineSpan';

const BRIDGE_PORT_IP = /^(IPADDR\d*|PREFIX\d*|NETMASK\d*|GATEWAY\d*|IPV6ADDR|IPV6ADDR_SECONDARIES|IPV6_DEFAULTGW)$/;

export function checkAddressing(ctx: RuleContext): void {
  if (ctx.doc.file.kind !== 'ifcfg') return;
  checkVlanId(ctx);
  checkIbft(ctx);
  checkBridgePort(ctx);
  checkGatewaySubnet(ctx);
  checkHwaddr(ctx);
  checkUnidentified(ctx);
  checkClassfulPrefix(ctx);
}

const value = (ctx: RuleContext, key: string): string | undefined => ctx.doc.effective.get(key)?.value.text.trim();

/** nms-ifcfg-rh-reader.c make_vlan_setting: VLAN_ID, else the number after `.` or `vlan` in DEVICE. */
function checkVlanId(ctx: RuleContext): void {
  if (ctx.profile.type !== 'vlan' || value(ctx, 'VLAN_ID')) return;
  const dev = value(ctx, 'DEVICE');
  const at = ctx.doc.effective.get('DEVICE') ?? ctx.doc.effective.get('TYPE') ?? ctx.doc.effective.get('VLAN');
  if (!at) return;
  const range = at.key === 'DEVICE' ? valueRange(at) : keyRange(at);
  if (!dev) {
    ctx.report('IFCFG-048', range, message('IFCFG-048', 'noDevice'));
    return;
  }
  const dot = dev.indexOf('.');
  const tail = dot >= 0 ? dev.slice(dot + 1) : dev.startsWith('vlan') ? dev.slice(4) : undefined;
  const id = tail !== undefined && /^\d+$/.test(tail) ? Number(tail) : -1;
  if (id < 0 || id > 4095) {
    ctx.report('IFCFG-048', range, message('IFCFG-048', 'noId', { dev }));
    return;
  }
  const parent = value(ctx, 'PHYSDEV') || (dot >= 0 ? dev.slice(0, dot) : '');
  if (!parent || (!value(ctx, 'PHYSDEV') && parent.startsWith('vlan')))
    ctx.report('IFCFG-048', range, message('IFCFG-048', 'noParent', { dev }));
}

/** nms-ifcfg-rh-reader.c connection_from_file_full: BOOTPROTO=ibft files are not loaded. */
function checkIbft(ctx: RuleContext): void {
  const bp = ctx.doc.effective.get('BOOTPROTO');
  if (bp && bp.value.text.trim().toLowerCase() === 'ibft')
    ctx.report('IFCFG-049', valueRange(bp), message('IFCFG-049', 'main'));
}

/** ifup-eth: a bridge port's addresses are flushed and the script ends before setting any. */
function checkBridgePort(ctx: RuleContext): void {
  const doc = ctx.doc;
  if (!value(ctx, 'BRIDGE') || ctx.profile.master) return;
  const ip = doc.assignments.filter((a) => BRIDGE_PORT_IP.test(a.key) && a.value.text.trim());
  if (!ip.length) return;
  ctx.report('BRIDGE-002', keyRange(ip[0]), message('BRIDGE-002', 'main', { bridge: value(ctx, 'BRIDGE')! }), {
    fixes: [
      {
        title: 'Delete the IP settings of the port',
        edits: deleteLines(
          doc,
          ip.map((a) => a.line),
        ),
      },
    ],
    related: ip.slice(1).map((a) => ({ uri: doc.uri, range: keyRange(a), message: 'also not applied' })),
  });
}

const toInt = (ip: string): number => ip.split('.').reduce((n, o) => n * 256 + Number(o), 0);

/** ifup-eth: the default route is added only when GATEWAY is in the first address's network. */
function checkGatewaySubnet(ctx: RuleContext): void {
  const gw = ctx.doc.effective.get('GATEWAY');
  if (!gw || !isIPv4(gw.value.text.trim())) return;
  const bp = value(ctx, 'BOOTPROTO')?.toLowerCase();
  if (bp === 'dhcp' || bp === 'bootp') return;
  if (value(ctx, 'GATEWAYDEV') || value(ctx, 'NETWORK') || /^(no|false|n|f|0|off)$/i.test(value(ctx, 'DEFROUTE') ?? ''))
    return;
  // expand_config takes IPADDR, then IPADDR0, IPADDR1, … as the first address.
  const suffix = ['', '0', '1', '2'].find((s) => value(ctx, `IPADDR${s}`));
  if (suffix === undefined) return;
  const addr = value(ctx, `IPADDR${suffix}`)!;
  const prefixText = value(ctx, `PREFIX${suffix}`);
  const mask = value(ctx, `NETMASK${suffix}`);
  const prefix =
    prefixText && /^\d+$/.test(prefixText)
      ? Number(prefixText)
      : mask && isNetmask(mask)
        ? netmaskToPrefix(mask)
        : undefined;
  if (!isIPv4(addr) || prefix === undefined || prefix < 1 || prefix > 32) return;
  const m = prefix === 32 ? 0xffffffff : (0xffffffff << (32 - prefix)) >>> 0;
  const g = gw.value.text.trim();
  if ((toInt(addr) & m) >>> 0 === (toInt(g) & m) >>> 0) return;
  ctx.report('IFCFG-050', valueRange(gw), message('IFCFG-050', 'main', { gw: g, addr: `${addr}/${prefix}` }));
}

/** A NIC address never has the group bit set and is never all zeros (is_valid_ether_addr). */
const notUnicast = (mac: string): boolean => {
  // Read in place (every port's HWADDR is checked): the first octet, and whether any digit is
  // not 0. `mac` passed isMac, so it is hex digits between ':' or '-'.
  let firstEnd = -1;
  let zero = true;
  for (let i = 0; i < mac.length; i++) {
    const c = mac.charCodeAt(i);
    if (c === 58 || c === 45) {
      if (firstEnd < 0) firstEnd = i;
    } else if (c !== 48) zero = false;
  }
  return (parseInt(firstEnd < 0 ? mac : mac.slice(0, firstEnd), 16) & 1) === 1 || zero;
};

/** ifup-eth compares HWADDR as text with the address sysfs prints (upper-cased by source_config). */
function checkHwaddr(ctx: RuleContext): void {
  const hw = ctx.doc.effective.get('HWADDR');
  const text = hw?.value.text.trim();
  if (!hw || !text || !isMac(text, [6])) return;
  if (notUnicast(text)) {
    const why = (parseInt(text.slice(0, 2), 16) & 1) === 1 ? 'groupBit' : 'zero';
    ctx.report('IFCFG-025', valueRange(hw), message('IFCFG-025', why, { mac: text }), { severity: 'warning' });
    return;
  }
  if (/^[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}$/.test(text)) return;
  const canonical = text
    .split(/[:-]/)
    .map((p) => p.padStart(2, '0').toLowerCase())
    .join(':');
  ctx.report('IFCFG-051', valueRange(hw), message('IFCFG-051', 'main', { canonical }), {
    fixes: [
      { title: `Write HWADDR=${canonical}`, preferred: true, edits: [{ range: valueRange(hw), newText: canonical }] },
    ],
  });
}

/** NM (connection_from_file_full) needs TYPE or DEVICE; ifup-eth needs DEVICE, or HWADDR to find it.
 *  NM refusing the file is an error; ifup alone failing is a warning (NM may still run it). */
function checkUnidentified(ctx: RuleContext): void {
  if (ctx.profile.device) return;
  const nmKnows = nmTypeKnown(ctx);
  const isKnows = !!value(ctx, 'HWADDR');
  if (nmKnows && isKnows) return;
  const first = lineSpan(0, 0, ctx.doc.lines[0].text.length);
  if (!nmKnows && !isKnows) ctx.report('IFCFG-052', first, message('IFCFG-052', 'neither'));
  else if (!nmKnows) ctx.report('IFCFG-052', first, message('IFCFG-052', 'nmOnly'), { describes: 'networkmanager' });
  // Bonds, bridges, teams and VLANs without DEVICE have rules of their own.
  else if (ctx.profile.type === 'ethernet' && !value(ctx, 'SUBCHANNELS'))
    ctx.report('IFCFG-052', first, message('IFCFG-052', 'isOnly', { type: 'Ethernet' }), {
      severity: 'warning',
      describes: 'initscripts',
    });
}

/** NM determines the type from DEVICETYPE (team/TeamPort), TEAM_CONFIG or TYPE before it needs DEVICE. */
function nmTypeKnown(ctx: RuleContext): boolean {
  const devtype = value(ctx, 'DEVICETYPE')?.toLowerCase();
  return !!value(ctx, 'TYPE') || !!value(ctx, 'TEAM_CONFIG') || devtype === 'team' || devtype === 'teamport';
}

/** read_full_ip4_address (NM) and expand_config (initscripts, ipcalc --netmask): the class's prefix. */
function checkClassfulPrefix(ctx: RuleContext): void {
  const bootproto = value(ctx, 'BOOTPROTO')?.toLowerCase() ?? '';
  const dynamic = bootproto === 'dhcp' || bootproto === 'bootp';
  // Both tools read IPADDR, IPADDR0, IPADDR1 and then IPADDR2… up to the first gap.
  for (let i = 0; i <= 256; i++) {
    const a = ctx.doc.effective.get(indexedKey('IPADDR', i - 1));
    const addr = a?.value.text.trim();
    if (!a || !addr) {
      if (i >= 3) break;
      continue;
    }
    const prefix = indexedKey('PREFIX', i - 1);
    const netmask = indexedKey('NETMASK', i - 1);
    if (!isIPv4(addr) || value(ctx, prefix) || value(ctx, netmask)) continue;
    const first = Number(addr.split('.')[0]);
    if (first >= 224) continue;
    const vars = {
      key: a.key,
      addr,
      prefix,
      netmask,
      len: first < 128 ? 8 : first < 192 ? 16 : 24,
      bootproto: value(ctx, 'BOOTPROTO') ?? '',
    };
    if (dynamic)
      ctx.report('IFCFG-053', valueRange(a), message('IFCFG-053', 'nm', vars), { describes: 'networkmanager' });
    else ctx.report('IFCFG-053', valueRange(a), message('IFCFG-053', 'both', vars));
  }
}
