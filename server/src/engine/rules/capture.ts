// Diagnostics on a /proc/net/bonding capture, and the comparison of the running bond with
// its ifcfg file.
import { vendorOfMac } from '../catalog/vendors';
import { bondStateOf } from '../model/bondState';
import { runningBondOf } from '../model/runningBond';
import type { SourceRef } from '../snapshot/text';
import { bondInt, BondConfig, Profile } from '../model/profile';
import { CaptureField } from '../parser/capture';
import { Range } from '../types';
import { RuleContext, tokenRange } from './context';
import { lineSpan } from '../util/lineSpan';

const valueAt = (f: CaptureField): Range => lineSpan(f.line, f.valueStart, f.valueEnd);

/** Modes in which the bonding driver keeps a primary port (bond_options.c, primary option). */
const PRIMARY_MODES = ['active-backup', 'balance-tlb', 'balance-alb'];

export function checkCapture(ctx: RuleContext): void {
  if (ctx.doc.file.kind !== 'capture') return;
  const st = bondStateOf(ctx.doc);
  const cap = st.capture;
  const bond = ctx.system.bondOfCapture(ctx.doc);
  const bondRel = bond?.bond
    ? [{ uri: bond.doc.uri, range: bond.bond.range, message: `bond options of ${bond.doc.file.base}` }]
    : [];
  for (const f of cap.fields) {
    if (f.name === 'MII Status' && f.value === 'down') {
      const who =
        f.section === 'slave'
          ? (cap.slaves.find((s) => s.fields.get('MII Status') === f)?.name ?? 'this port')
          : 'the bond';
      ctx.report(
        'CAP-001',
        valueAt(f),
        f.section === 'slave'
          ? `${who} has no link: the bond cannot use it (cable, switch port, or in a VM the virtual adapter's "cable connected").`
          : 'The bond itself is down: no port has link.',
      );
    }
  }
  for (const s of cap.slaves) {
    const lf = s.fields.get('Link Failure Count');
    if (lf && /^\d+$/.test(lf.value) && Number(lf.value) > 0) {
      ctx.report(
        'CAP-002',
        valueAt(lf),
        `${s.name}'s link went down ${lf.value} time(s) since the bond came up. If this count rises between captures, the link is flapping.`,
      );
    }
  }
  const mii = cap.bond.get('MII Polling Interval (ms)');
  if (mii && st.miimon === 0 && !(st.arpInterval && st.arpInterval > 0)) {
    ctx.report(
      'CAP-003',
      valueAt(mii),
      'The running bond has no link monitoring (MII polling interval 0 and no ARP monitoring): it will never notice a dead port. Set miimon=100 in its profile and bring the bond up again.',
      { related: bondRel },
    );
  }
  if (
    st.mode?.name === 'active-backup' &&
    st.fom === 'none' &&
    st.modeField &&
    ctx.settings.virtualization !== 'none'
  ) {
    const virt = cap.slaves
      .map((s) => ({ s, f: s.fields.get('Permanent HW addr') }))
      .map((x) => ({ ...x, v: x.f && vendorOfMac(x.f.value) }))
      .filter((x) => x.v);
    if (virt.length >= 2 || (virt.length === 1 && cap.slaves.length === 1)) {
      const vendor = virt[0].v!;
      ctx.report(
        'CAP-004',
        valueAt(st.modeField),
        `This is the dead-after-failover signature: an active-backup bond with fail_over_mac=none whose ports are ${vendor.name} virtual NICs (permanent MACs ${virt.map((x) => x.f!.value).join(', ')}). Every port carries the first port's MAC, and ${vendor.why}. Set fail_over_mac=active (1) in the bond's profile.`,
        {
          severity: vendor.severity,
          related: [
            ...virt.map((x) => ({
              uri: ctx.doc.uri,
              range: valueAt(x.f!),
              message: `${x.s.name}: ${vendor.name} MAC`,
            })),
            ...bondRel,
          ],
        },
      );
    }
  }
  const partner = cap.ad.get('Partner Mac Address') ?? cap.fields.find((f) => f.name === 'Partner Mac Address');
  if (partner && /^0{1,2}(:0{1,2}){5}$/.test(partner.value)) {
    ctx.report(
      'CAP-005',
      valueAt(partner),
      'Partner MAC 00:00:00:00:00:00: no LACPDU has ever been received, so there is no LACP partner. Configure LACP on the switch ports (or, inside a VM, use active-backup: virtual switches do not pass LACP).',
    );
  }
}

/** On the bond's profile: what the running bond (its capture, or a snapshot's `ip -d` output)
 *  shows differently. */
export function checkRunningBond(ctx: RuleContext, bond: Profile, b: BondConfig): void {
  const run = runningBondOf(ctx.system, bond);
  if (!run) return;
  const a = b.assignment;
  const is = ctx.judges('initscripts');
  const report = (r: Range, what: string, at: SourceRef | undefined) =>
    ctx.report(
      'BOND-062',
      r,
      `The running bond does not match this file: ${what}. The file was changed after the bond came up, or it was not applied (${is ? 'initscripts only writes BONDING_OPTS to a bond without ports; ' : 'NetworkManager applies a changed profile when it is activated again; '}mode and fail_over_mac need the bond down and empty).`,
      { related: at ? [{ ...at, message: run.file }] : [] },
    );
  const shows = `${run.shownBy} shows`;
  const mode = run.mode?.value;
  if (mode && b.effectiveMode.name !== mode.name) {
    report(
      b.modeToken ? tokenRange(a, b.modeToken) : b.range,
      `${shows} ${mode.name}, the file says ${b.effectiveMode.name}${b.mode ? '' : ' (default)'}`,
      run.mode!.at,
    );
  }
  const mii = bondInt(b, 'miimon');
  const miiTok = b.opts.get('miimon');
  if (mii !== undefined && run.miimon && mii !== run.miimon.value) {
    report(
      miiTok ? tokenRange(a, miiTok) : b.range,
      `${shows} miimon ${run.miimon.value}, the file says ${mii}`,
      run.miimon.at,
    );
  }
  const primaryTok = b.opts.get('primary');
  if (
    primaryTok?.value &&
    run.primary &&
    mode?.name === b.effectiveMode.name &&
    PRIMARY_MODES.includes(b.effectiveMode.name)
  ) {
    const running = run.primary.value;
    if (running !== primaryTok.value)
      report(
        tokenRange(a, primaryTok),
        `${shows} primary ${running === 'None' ? 'unset' : running}, the file says ${primaryTok.value}`,
        run.primary.at,
      );
  }
  if (run.fom && b.effectiveMode.name === 'active-backup' && b.fom !== 'invalid' && b.fom !== run.fom.value) {
    const t = b.opts.get('fail_over_mac');
    report(
      t ? tokenRange(a, t) : b.range,
      `${shows} fail_over_mac=${run.fom.value}, the file says ${b.fom}`,
      run.fom.at,
    );
  }
}
