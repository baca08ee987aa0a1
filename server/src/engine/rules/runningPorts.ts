// The ports of the running bond (its /proc/net/bonding capture) against the ports the profiles
// name. The kernel lists every enslaved interface in /proc/net/bonding/<bond>
// (drivers/net/bonding/bond_procfs.c, bond_info_show_slave per slave); initscripts' ifup and
// NetworkManager enslave only interfaces whose profile names the bond as its controller.
import { bondStateOf } from '../model/bondState';
import { Profile, profileOf } from '../model/profile';
import { runningBondOf } from '../model/runningBond';
import { CaptureSlave } from '../parser/capture';
import { RelatedInfo } from '../types';
import { RuleContext, valueRange } from './context';
import { lineSpan } from '../util/lineSpan';

const headerRange = (s: CaptureSlave) => lineSpan(s.header.line, s.header.valueStart, s.header.valueEnd);

/** On a port's profile: the running bond (its capture, or a snapshot's `ip -d` output) does not
 *  have this port. */
export function checkPortRunning(ctx: RuleContext): void {
  const port = ctx.profile;
  if (!port.master || !port.device || ctx.doc.file.ignoredBy) return;
  const bond = ctx.system.resolveMaster(port);
  if (!bond || bond.type !== 'bond') return;
  const run = runningBondOf(ctx.system, bond);
  const ports = run?.ports;
  if (!run || !ports || ports.names.includes(port.device)) return;
  const dev = port.device;
  const list = ports.names.join(', ') || 'none';
  const file = run.file;
  const why: string[] = [];
  const related: RelatedInfo[] = [{ ...ports.at, message: `${file}: ports ${list}` }];
  if (!port.autoconnect) {
    const onboot = ctx.doc.effective.get('ONBOOT');
    const off = onboot ? `ONBOOT=${onboot.value.text}` : 'autoconnect=false';
    why.push(`${off} here, so nothing brought ${dev} up at boot`);
  }
  const machine = ctx.system.machine;
  if (machine?.links.size) {
    const link = machine.links.get(dev);
    if (!link)
      why.push(
        `the machine has no interface ${dev} (${[...machine.links.keys()].filter((n) => n !== 'lo').join(', ')}): DEVICE names a NIC this machine does not have`,
      );
    else {
      related.push({ ...link.ref, message: `${dev} on the running machine` });
      if (link.master && link.master !== bond.device)
        why.push(`${dev} is a port of ${link.master} on the running machine`);
      else if (!link.master)
        why.push(`${dev} exists but is in no bond: its profile was not activated, or activating it failed`);
    }
  }
  ctx.report(
    'BOND-063',
    valueRange(port.master.assignment),
    `The running ${bond.device ?? 'bond'} has no port ${dev} (${file} lists ${list})${why.length ? `: ${why.join('; ')}` : ''}. The bond runs with less redundancy than this configuration promises.`,
    { related },
  );
}

/** On a capture: a running port that no profile of this system puts into the bond. */
export function checkUnconfiguredPorts(ctx: RuleContext): void {
  if (ctx.doc.file.kind !== 'capture') return;
  const bond = ctx.system.bondOfCapture(ctx.doc);
  if (!bond || !ctx.system.isComplete) return;
  // Keyfile profiles that were not read as documents may name the port: no verdict then.
  const machine = ctx.system.machine;
  const unread = machine?.connectionFiles.filter((n) => !ctx.system.docs.some((d) => d.uri.endsWith(`/${n}`)));
  if (unread?.length) return;
  const ports = new Set(ctx.system.portsOf(bond).map((p) => p.device));
  for (const s of bondStateOf(ctx.doc).capture.slaves) {
    if (ports.has(s.name)) continue;
    const related: RelatedInfo[] = [];
    const own = ctx.system
      .withDevice(s.name)
      .filter((p: Profile) => p.doc.file.kind === 'ifcfg' || p.doc.file.kind === 'keyfile');
    for (const p of own)
      related.push({
        uri: p.doc.uri,
        range: p.master ? valueRange(p.master.assignment) : lineSpan(0, 0, 0),
        message: p.master
          ? `${p.doc.file.base} names ${p.master.value} as controller`
          : `${p.doc.file.base} names no controller`,
      });
    const link = machine?.links.get(s.name);
    if (link) related.push({ ...link.ref, message: `${s.name} on the running machine` });
    const bondRel = {
      uri: bond.doc.uri,
      range: bond.deviceRange ?? bond.bond?.range ?? lineSpan(0, 0, 0),
      message: bond.doc.file.base,
    };
    related.push(bondRel);
    ctx.report(
      'BOND-064',
      headerRange(s),
      `${s.name} is a port of the running ${bond.device} but no profile here makes it one${own.length ? ` (${own.map((p) => profileOf(p.doc).doc.file.base).join(', ')} ${own.some((p) => p.master) ? 'names another controller' : 'names no controller'})` : ''}: it was added by hand (ip link set ${s.name} master ${bond.device}) or by a profile that is gone, and the bond loses it at the next reboot or re-activation.`,
      { related },
    );
  }
}
