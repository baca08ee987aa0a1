// Bonds and ports as files: recognition, DEVICE, MASTER/SLAVE, IP settings on ports, and
// the cross-file relations of one directory (ports without bond, MTU, ONBOOT…).
import { message } from './registry';
import { deleteKey, deleteLines, insertLineAfter, replaceValue } from '../fixes/edits';
import { isTrueIS, isTrueNM, Profile, WrittenSetting } from '../model/profile';
import { FixDraft, TextEdit } from '../types';
import { Assignment, ParsedDocument } from '../parser/document';
import { keyRange, lineRange, RuleContext, tokenValueRange, valueRange } from './context';
import { lineSpan } from '../util/lineSpan';

const IP_KEYS = /^(IPADDR\d*|PREFIX\d*|NETMASK\d*|GATEWAY\d*|IPV6ADDR|IPV6ADDR_SECONDARIES|IPV6_DEFAULTGW|DNS\d+)$/;

export function checkBondFiles(ctx: RuleContext): void {
  const doc = ctx.doc;
  if (doc.file.kind !== 'ifcfg') return;
  const p = ctx.profile;
  const eff = doc.effective;
  bondWithoutOptions(ctx);
  const firstLine = lineSpan(0, 0, doc.lines[0].text.length);
  const dev = eff.get('DEVICE');
  const type = eff.get('TYPE');
  const bm = eff.get('BONDING_MASTER');

  if (
    bm &&
    isTrueNM(bm.value.text) &&
    type &&
    type.value.text &&
    type.value.text.toLowerCase() !== 'bond' &&
    !(type.value.text === 'Ethernet' && eff.get('BONDING_OPTS')?.value.text)
  ) {
    ctx.report(
      'BOND-023',
      valueRange(type),
      `BONDING_MASTER=yes is only allowed with TYPE=Bond; NetworkManager refuses this file ("BONDING_MASTER=yes key only allowed in TYPE=bond connections").`,
      {
        related: [{ uri: doc.uri, range: keyRange(bm), message: 'BONDING_MASTER=yes' }],
        fixes: [{ title: 'Write TYPE=Bond', preferred: true, edits: [replaceValue(type, 'Bond')] }],
      },
    );
  }
  const looksBond = /^bond\d*$/.test(dev?.value.text ?? '') || /^bond\d*$/.test(doc.file.suffix);
  if (
    looksBond &&
    p.type !== 'bond' &&
    !p.master &&
    !eff.has('BRIDGE') &&
    !eff.has('TEAM_MASTER') &&
    !(type && type.value.text)
  ) {
    const at = dev ? dev.line : 0;
    ctx.report(
      'BOND-022',
      dev ? keyRange(dev) : firstLine,
      'This looks like a bond but nothing says so: without TYPE=Bond, BONDING_MASTER=yes or BONDING_OPTS NetworkManager creates an Ethernet profile for it. (initscripts creates the bond when a port with MASTER= comes up, with the kernel defaults.)',
      {
        fixes: [
          {
            title: 'Add TYPE=Bond and BONDING_MASTER=yes',
            preferred: true,
            edits: bondMarkers(doc, at, type, bm),
          },
        ],
      },
    );
  }
  // A bond, team or bridge without its interface name.
  const t = p.type;
  const code = t === 'bond' ? 'BOND-024' : t === 'team' || t === 'bridge' ? 'IFCFG-043' : undefined;
  if (code && !(dev && dev.value.text)) {
    ctx.report(
      code,
      firstLine,
      `A ${t} profile needs DEVICE=: NetworkManager refuses it ("mandatory DEVICE keyword missing") and initscripts cannot name the interface.`,
      {
        fixes: doc.file.suffix
          ? [
              {
                title: `${dev ? 'Set' : 'Add'} DEVICE=${doc.file.suffix}`,
                preferred: true,
                // An empty DEVICE= later in the file would win over a new first line: fill that one in.
                edits: [
                  dev
                    ? replaceValue(dev, doc.file.suffix)
                    : {
                        range: lineSpan(0, 0, 0),
                        newText: `DEVICE=${doc.file.suffix}${doc.crlfLines ? '\r\n' : '\n'}`,
                      },
                ],
              },
            ]
          : undefined,
      },
    );
  }
  const slave = eff.get('SLAVE');
  if (p.master) {
    const opts = eff.get('BONDING_OPTS');
    if (opts) {
      ctx.report(
        'BOND-025',
        keyRange(opts),
        `BONDING_OPTS belongs in the bond's file (${p.master.value}); in a port file it makes NetworkManager treat this device as a bond itself.`,
        {
          fixes: [{ title: 'Delete BONDING_OPTS from the port', edits: deleteKey(doc, 'BONDING_OPTS') }],
        },
      );
    }
    if (!p.master.viaUuid && !p.slave) {
      const m = p.master.assignment;
      ctx.report(
        'BOND-026',
        keyRange(m),
        `MASTER=${p.master.value} without SLAVE=yes: the legacy network-scripts configure ${p.device ?? 'this device'} as a normal interface instead of enslaving it (NetworkManager enslaves it anyway).`,
        {
          fixes: [
            slave
              ? { title: 'Write SLAVE=yes', preferred: true, edits: [replaceValue(slave, 'yes')] }
              : {
                  title: 'Add SLAVE=yes',
                  preferred: true,
                  edits: [insertLineAfter(doc, m.line, 'SLAVE=yes')],
                },
          ],
        },
      );
    }
    const ipLines = doc.assignments.filter((a) => IP_KEYS.test(a.key) && a.value.text);
    const bp = eff.get('BOOTPROTO');
    const dhcp = bp && /^(dhcp|bootp)$/i.test(bp.value.text);
    if (ipLines.length || dhcp) {
      const first = ipLines[0] ?? bp!;
      const fixes: FixDraft[] = [
        {
          title: 'Delete the IP settings of the port',
          edits: [
            ...deleteLines(
              doc,
              doc.assignments.filter((a) => IP_KEYS.test(a.key)).map((a) => a.line),
            ),
            ...(dhcp ? [replaceValue(bp, 'none')] : []),
          ],
        },
      ];
      ctx.report(
        'BOND-029',
        keyRange(first),
        `IP settings on a bond port are ignored (addresses belong on the bond)${p.slave ? '' : ', and without SLAVE=yes initscripts applies them as a second address'}.`,
        {
          fixes,
          related: ipLines.slice(1).map((a) => ({ uri: doc.uri, range: keyRange(a), message: 'also ignored' })),
        },
      );
    }
    if (eff.has('HWADDR') && eff.has('MACADDR')) {
      const mac = eff.get('MACADDR')!;
      ctx.report(
        'BOND-034',
        keyRange(mac),
        "HWADDR (which NIC) and MACADDR (which MAC to set) together on a port: the kernel programs the bond's MAC anyway, and the pair confuses matching.",
        {
          fixes: [{ title: 'Delete MACADDR', edits: deleteKey(doc, 'MACADDR') }],
        },
      );
    }
  } else if (slave && isTrueIS(slave.value.text)) {
    ctx.report(
      'BOND-027',
      keyRange(slave),
      'SLAVE=yes but no MASTER=: initscripts does not know which bond to join and skips this device at boot.',
    );
  }
  const nmc = eff.get('NM_CONTROLLED');
  if (
    nmc &&
    ['no', 'false', 'n', 'f', '0', 'off'].includes(nmc.value.text.toLowerCase()) &&
    (p.type === 'bond' || p.master)
  ) {
    ctx.report(
      'BOND-032',
      lineRange(doc, nmc.line),
      'NM_CONTROLLED=no: NetworkManager ignores this device. The legacy network-scripts are deprecated on RHEL 8 and gone from RHEL 9, where nothing would configure it.',
    );
  }
}

const TOP = lineSpan(0, 0, 0);

/** A bond and its ports across the directory, over the profile model: ifcfg files and keyfiles
 *  alike (a keyfile port may name an ifcfg bond, RHEL 9 reads both). */
export function checkBondRelations(ctx: RuleContext): void {
  const p = ctx.profile;
  const sys = ctx.system;
  if (p.format === 'ifcfg' && ctx.doc.file.kind !== 'ifcfg') return;
  if (p.master && p.portType === 'bond') {
    const bond = sys.resolveMaster(p);
    const m = p.master.assignment;
    if (!bond && sys.isComplete) {
      ctx.report(
        'BOND-028',
        valueRange(m),
        `No bond "${p.master.value}" is defined in this directory (no profile with ${p.master.viaUuid ? 'that UUID' : `the interface name ${p.master.value} or that UUID`}); this port has nothing to join.`,
      );
    } else if (bond && bond.type !== 'bond') {
      ctx.report(
        'BOND-028',
        valueRange(m),
        `${p.master.value} (${bond.doc.file.base}) is a ${bond.type} profile, not a bond.`,
        { related: [{ uri: bond.doc.uri, range: TOP, message: `profile named by ${m.key}` }] },
      );
    }
  }
  if (p.master && p.portType === 'bond') {
    const bond = sys.resolveMaster(p);
    if (bond?.type === 'bond') portVsBond(ctx, p, bond);
  }
  if (p.type === 'bond' && p.master) {
    const at = p.typeSetting;
    ctx.report(
      'BOND-065',
      at?.keyRange ?? keyRange(p.master.assignment),
      `This profile is a port of ${p.master.value} (${p.master.assignment.key}=) but declares itself a bond${at ? ` (${at.key}=${at.value})` : ''}: NetworkManager creates a bond named ${p.device ?? ctx.doc.file.suffix} and enslaves that bond to ${p.master.value} (a nested bond) instead of enslaving the NIC.`,
    );
  }
  if (p.type !== 'bond' || !sys.isComplete || p.master) return;
  const ports = sys.portsOf(p);
  const r = p.deviceRange ?? p.bond?.range ?? TOP;
  if (ports.length === 0) {
    ctx.report(
      'BOND-061',
      r,
      `No profile in this directory names ${p.device ?? 'this bond'} as its controller (MASTER=, controller=): the bond comes up without ports and carries no traffic.`,
    );
  } else if (ports.length === 1) {
    ctx.report(
      'BOND-039',
      r,
      `${p.device ?? 'This bond'} has one port (${ports[0].doc.file.base}): a bond with a single port gives no redundancy.`,
      {
        related: [{ uri: ports[0].doc.uri, range: keyRange(ports[0].master!.assignment), message: 'the only port' }],
      },
    );
  }
  const b = p.bond;
  const primary = b?.opts.get('primary');
  // A port matched by MAC alone (no interface name) may well be the one primary names.
  const named = ports.every((x) => x.device);
  if (b && primary?.value && ports.length && named && !ports.some((x) => x.device === primary.value)) {
    ctx.report(
      'BOND-012',
      tokenValueRange(b.assignment, primary),
      `primary=${primary.value} is not a port of ${p.device}; its ports are ${ports.map((x) => x.device).join(', ')}.`,
    );
  }
}

/** TYPE=Bond and BONDING_MASTER=yes: existing (empty or wrong) keys are filled in, since a
 *  later assignment would win over an inserted line. */
function bondMarkers(doc: ParsedDocument, after: number, type?: Assignment, bm?: Assignment): TextEdit[] {
  const eol = doc.crlfLines ? '\r\n' : '\n';
  const edits: TextEdit[] = [];
  const add: string[] = [];
  if (type) edits.push(replaceValue(type, 'Bond'));
  else add.push('TYPE=Bond');
  if (bm) edits.push(replaceValue(bm, 'yes'));
  else add.push('BONDING_MASTER=yes');
  if (add.length) edits.push(insertLineAfter(doc, after, add.join(eol)));
  return edits;
}

function portVsBond(ctx: RuleContext, port: Profile, bond: Profile): void {
  const top = lineSpan(0, 0, 0);
  const rel = (at: WrittenSetting | undefined, msg: string) => [
    { uri: bond.doc.uri, range: at?.keyRange ?? top, message: msg },
  ];
  const pOn = port.autoconnectSetting;
  // With autoconnect-ports the bond brings its ports up itself.
  if (pOn && !port.autoconnect && bond.autoconnect && !bond.autoconnectPorts) {
    ctx.report(
      'BOND-030',
      pOn.range,
      `${pOn.key}=${pOn.value} on a port of ${bond.device}: with NetworkManager, starting the bond does not start its ports, so ${bond.device} comes up without this one.`,
      {
        related: rel(bond.autoconnectSetting, 'the bond starts at boot'),
        fixes: [{ title: `Write ${pOn.key}=${pOn.enable()[0].newText}`, preferred: true, edits: pOn.enable() }],
      },
    );
  }
  // NM_CONTROLLED exists only in ifcfg files.
  if (port.format === 'ifcfg' && bond.format === 'ifcfg') nmControlled(ctx, port, bond);
  const mtu = port.mtu;
  const bondMtu = bond.mtu?.value ?? '1500';
  if (mtu && mtu.value !== bondMtu) {
    ctx.report(
      'BOND-033',
      mtu.range,
      `${mtu.key}=${mtu.value} on a port: when enslaving, the kernel sets every port to the bond's MTU (${bondMtu}). Set the MTU on the bond only.`,
      {
        related: rel(bond.mtu, "the bond's MTU"),
        fixes: [{ title: 'Delete the port MTU', preferred: true, edits: mtu.remove() }],
      },
    );
  }
}

function nmControlled(ctx: RuleContext, port: Profile, bond: Profile): void {
  const eff = port.doc.effective;
  const bEff = bond.doc.effective;
  const nmc = (d: typeof eff) => {
    const v = d.get('NM_CONTROLLED')?.value.text;
    return v === undefined ? true : !['no', 'false', 'n', 'f', '0', 'off'].includes(v.toLowerCase());
  };
  if (nmc(eff) !== nmc(bEff)) {
    const a = eff.get('NM_CONTROLLED');
    const b = bEff.get('NM_CONTROLLED');
    ctx.report(
      'BOND-031',
      a ? keyRange(a) : keyRange(port.master!.assignment),
      `This port is ${nmc(eff) ? '' : 'not '}managed by NetworkManager but its bond ${bond.device} is ${nmc(bEff) ? '' : 'not'}: the two are configured by different tools.`,
      {
        related: [
          {
            uri: bond.doc.uri,
            range: b ? keyRange(b) : lineSpan(0, 0, 0),
            message: "the bond's setting",
          },
        ],
      },
    );
  }
}

/** ifup-eth creates a missing bond only through is_available, which needs BONDING_OPTS. */
function bondWithoutOptions(ctx: RuleContext): void {
  const eff = ctx.doc.effective;
  if (ctx.profile.type !== 'bond' || ctx.profile.master || ctx.doc.file.ignoredBy) return;
  if (eff.get('BONDING_OPTS')?.value.text.trim()) return;
  const at = eff.get('TYPE') ?? eff.get('BONDING_MASTER');
  if (!at) return;
  const dev = ctx.profile.device ?? ctx.doc.file.suffix;
  ctx.report('BOND-066', keyRange(at), message('BOND-066', 'main', { dev }));
}
