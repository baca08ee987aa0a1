// Each bond of a system at a glance: mode and monitoring as configured and as running, its
// ports with permanent MAC, vendor, NIC model and link state, and the findings on its files.
// Feeds the editor's Bonds view and the CLI's --summary.
import { vendorOfMac } from '../catalog/vendors';
import { bondStateOf } from '../model/bondState';
import { runningBondOf } from '../model/runningBond';
import { bondInt, BondConfig, Profile } from '../model/profile';
import { SystemIndex } from '../model/system';
import { ParsedDocument } from '../parser/document';
import { valueRange } from '../rules/context';
import { platformLabel } from '../snapshot/dmi';
import { Finding, Range, Severity } from '../types';
import { lineSpan } from '../util/lineSpan';

export interface Place {
  uri: string;
  range: Range;
}

export interface PortSummary {
  name: string;
  /** Where the port is configured (its controller reference), if a profile names it. */
  config?: Place;
  /** Permanent MAC and where it was read (capture, ip -d, sysfs or HWADDR). */
  permMac?: string;
  macSource?: 'capture' | 'machine' | 'config';
  /** Virtual NIC vendor by MAC prefix (the vendor catalog). */
  vendor?: string;
  /** NIC model (lspci) and driver (ethtool -i), when a snapshot has them. */
  nic?: string;
  /** Link as the running bond or machine reports it: 'up', 'down', or undefined if unknown. */
  link?: string;
  active?: boolean;
  /** Where the running state of this port was read. */
  running?: Place;
}

export interface FindingSummary extends Place {
  code: string;
  severity: Severity;
  message: string;
}

export interface BondSummary {
  name: string;
  /** The bond's profile, at BONDING_OPTS (or DEVICE). */
  place: Place;
  file: string;
  mode: string;
  monitoring: string;
  failOverMac: string;
  running?: { mode?: string; active?: string; capture: Place };
  machine?: { name: string; platform?: string; platformPlace?: Place };
  ports: PortSummary[];
  findings: FindingSummary[];
}

function monitoring(b: BondConfig | undefined): string {
  if (!b) return 'miimon 0 (none)';
  const arp = bondInt(b, 'arp_interval') ?? 0;
  const mii = bondInt(b, 'miimon');
  if (arp > 0) return `ARP every ${arp} ms to ${b.opts.get('arp_ip_target')?.value || '(no target)'}`;
  if (mii && mii > 0) return `miimon ${mii} ms`;
  return 'none';
}

const lineOf = (f: { line: number; valueStart: number; valueEnd: number }): Range =>
  lineSpan(f.line, f.valueStart, f.valueEnd);

export function summarizeBonds(system: SystemIndex, findingsOf: (doc: ParsedDocument) => Finding[]): BondSummary[] {
  const out: BondSummary[] = [];
  const machine = system.machine;
  for (const bond of system.profiles) {
    if (bond.type !== 'bond' || bond.doc.file.ignoredBy) continue;
    const b = bond.bond;
    const name = bond.device ?? bond.doc.file.suffix;
    const at = b?.assignment ?? bond.doc.effective.get('DEVICE');
    const place = {
      uri: bond.doc.uri,
      range: at ? valueRange(at) : lineSpan(0, 0, 0),
    };
    const capDoc = system.captureOf(bond);
    const st = capDoc ? bondStateOf(capDoc) : undefined;
    // Without a capture, a snapshot's `ip -d` output tells the running bond (model/runningBond).
    const ip = st ? undefined : runningBondOf(system, bond);
    const ipBond = ip && bond.device ? machine?.links.get(bond.device)?.bond : undefined;
    const active = st ? st.capture.bond.get('Currently Active Slave')?.value : ipBond?.activeSlave;
    const ports: PortSummary[] = [];
    const byName = new Map<string, PortSummary>();
    const configured: Profile[] = system.portsOf(bond);
    for (const p of configured) {
      const ps: PortSummary = { name: p.device ?? p.doc.file.suffix };
      if (p.master) ps.config = { uri: p.doc.uri, range: valueRange(p.master.assignment) };
      const hw = p.doc.effective.get('HWADDR');
      if (hw?.value.text) {
        ps.permMac = hw.value.text.toLowerCase();
        ps.macSource = 'config';
      }
      ports.push(ps);
      byName.set(ps.name, ps);
    }
    for (const s of st?.capture.slaves ?? []) {
      let ps = byName.get(s.name);
      if (!ps) {
        ps = { name: s.name };
        ports.push(ps);
        byName.set(s.name, ps);
      }
      const perm = s.fields.get('Permanent HW addr');
      if (perm) {
        ps.permMac = perm.value.toLowerCase();
        ps.macSource = 'capture';
      }
      const mii = s.fields.get('MII Status');
      if (mii) ps.link = mii.value;
      ps.active = active === s.name;
      ps.running = { uri: capDoc!.uri, range: lineOf(s.header) };
    }
    for (const name of ip?.ports?.names ?? []) {
      if (byName.has(name)) continue;
      const ps: PortSummary = { name };
      ports.push(ps);
      byName.set(name, ps);
    }
    for (const ps of ports) {
      if (ip) ps.active = active === ps.name;
      const perm = machine?.permMacs.get(ps.name);
      if (perm && ps.macSource !== 'capture') {
        ps.permMac = perm.mac;
        ps.macSource = 'machine';
      }
      const link = machine?.links.get(ps.name);
      if (!ps.link && link) ps.link = link.bondPort?.miiStatus?.toLowerCase() ?? link.state?.toLowerCase();
      if (!ps.link && machine?.operstate.has(ps.name)) ps.link = machine.operstate.get(ps.name);
      if (!ps.running && link) ps.running = { uri: link.ref.uri, range: link.ref.range };
      const nic = machine?.nics.get(ps.name);
      if (nic) ps.nic = [nic.pci?.model, nic.driver && `driver ${nic.driver}`].filter(Boolean).join(', ');
      if (ps.permMac) ps.vendor = vendorOfMac(ps.permMac)?.name;
    }
    const docs = new Set<ParsedDocument>([bond.doc, ...configured.map((p) => p.doc)]);
    if (capDoc) docs.add(capDoc);
    const findings: FindingSummary[] = [];
    for (const d of docs)
      for (const f of findingsOf(d))
        findings.push({ uri: d.uri, range: f.range, code: f.code, severity: f.severity, message: f.message });
    const running = st
      ? {
          mode: st.mode?.name,
          active: active && active !== 'None' ? active : undefined,
          capture: { uri: capDoc!.uri, range: st.modeField ? lineOf(st.modeField) : place.range },
        }
      : ip && ipBond
        ? { mode: ip.mode?.value.name, active, capture: { uri: ipBond.ref.uri, range: ipBond.ref.range } }
        : undefined;
    out.push({
      name,
      place,
      file: bond.doc.file.base,
      mode: b ? `${b.effectiveMode.name}${b.mode ? '' : ' (default)'}` : 'balance-rr (default)',
      monitoring: monitoring(b),
      failOverMac: b?.fom ?? 'none',
      running,
      machine: machine
        ? {
            name: machine.hostname ?? machine.root.split('/').pop() ?? machine.root,
            platform: machine.platform && platformLabel(machine.platform),
            platformPlace: machine.platform && { uri: machine.platform.ref.uri, range: machine.platform.ref.range },
          }
        : undefined,
      ports,
      findings,
    });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name) || a.place.uri.localeCompare(b.place.uri));
}

/** Plain-text summary for a support ticket. `show` turns a URI into the path to print. */
export function formatBondSummary(bonds: readonly BondSummary[], show: (uri: string) => string): string {
  if (!bonds.length) return 'Bonds: none\n';
  let out = 'Bonds\n';
  for (const b of bonds) {
    out += `\n${b.name}: ${b.mode}, ${b.monitoring}, fail_over_mac=${b.failOverMac}  (${show(b.place.uri)}:${b.place.range.start.line + 1})\n`;
    if (b.machine) out += `  machine: ${b.machine.name}${b.machine.platform ? ` (${b.machine.platform})` : ''}\n`;
    if (b.running)
      out += `  running: ${b.running.mode ?? 'unknown mode'}${b.running.active ? `, active port ${b.running.active}` : ''}  (${show(b.running.capture.uri)})\n`;
    for (const p of b.ports) {
      const cols = [
        p.permMac ?? 'MAC unknown',
        p.vendor,
        p.nic,
        p.link ? `link ${p.link}${p.active ? ' (active)' : ''}` : undefined,
        p.config ? undefined : 'not configured',
      ].filter(Boolean);
      out += `  port ${p.name}: ${cols.join(', ')}\n`;
    }
    for (const f of b.findings)
      out += `  ${f.severity} ${f.code} ${show(f.uri)}:${f.range.start.line + 1}: ${f.message}\n`;
  }
  return out;
}
