// The running bond, from whichever source the system has: its /proc/net/bonding capture, or —
// when a machine snapshot has none for it — the bond's `ip -d address`/`ip -d link` entry. From
// ip only the facts both sources state the same way are taken: mode, miimon, fail_over_mac, a
// primary that is printed, and the ports (interfaces whose master is the bond). An absent
// `primary` is no fact: the kernel sends it only while that port is enslaved (bond_fill_info),
// whereas /proc prints the configured name (bond_info_show_master).
import { MODE_BY_NAME, ModeInfo } from '../catalog/modes';
import type { SourceRef } from '../snapshot/text';
import type { Range } from '../types';
import { bondStateOf } from './bondState';
import type { Profile } from './profile';
import type { SystemIndex } from './system';
import { lineSpan } from '../util/lineSpan';

export interface RunningFact<T> {
  value: T;
  /** Where the source states it. */
  at: SourceRef;
}

export interface RunningBond {
  source: 'capture' | 'ip';
  /** The file read, by its base name ("bond0", "ip_-d_address"). */
  file: string;
  /** How a message names the source: "the capture", "ip -d address". */
  shownBy: string;
  mode?: RunningFact<ModeInfo>;
  miimon?: RunningFact<number>;
  /** fail_over_mac, when the mode is active-backup (the only mode where the capture prints it). */
  fom?: RunningFact<'none' | 'active' | 'follow'>;
  /** The running primary port; 'None' when the capture says none is set. */
  primary?: RunningFact<string>;
  /** The enslaved ports, when the source lists them; `at` is where the list starts. */
  ports?: { names: string[]; at: SourceRef };
}

const FOM = new Set(['none', 'active', 'follow']);

export function runningBondOf(system: SystemIndex, bond: Profile): RunningBond | undefined {
  const cap = system.captureOf(bond);
  if (cap) return fromCapture(cap);
  const link = bond.device ? system.machine?.links.get(bond.device) : undefined;
  if (!link?.bond) return undefined;
  const b = link.bond;
  const file = baseName(b.ref.uri);
  const mode = b.mode ? MODE_BY_NAME.get(b.mode) : undefined;
  const fact = <T>(value: T | undefined, at: SourceRef | undefined): RunningFact<T> | undefined =>
    value !== undefined && at ? { value, at } : undefined;
  const fom =
    mode?.name === 'active-backup' && b.failOverMac && FOM.has(b.failOverMac)
      ? (b.failOverMac as 'none' | 'active' | 'follow')
      : undefined;
  const ports = [...system.machine!.links.values()].filter((l) => l.master === bond.device).map((l) => l.name);
  return {
    source: 'ip',
    file,
    shownBy: file.replace(/_/g, ' '),
    mode: fact(mode, b.at.mode),
    miimon: fact(b.miimon, b.at.miimon),
    fom: fact(fom, b.at.failOverMac),
    primary: fact(b.primary, b.at.primary),
    ports: { names: ports, at: link.ref },
  };
}

function fromCapture(cap: SystemIndex['captures'][number]): RunningBond {
  const st = bondStateOf(cap);
  const at = (f: { line: number; valueStart: number; valueEnd: number } | undefined): SourceRef | undefined =>
    f && { uri: cap.uri, range: lineRange(f) };
  const mode = st.mode && st.modeField ? { value: st.mode, at: at(st.modeField)! } : undefined;
  const miiField = st.capture.bond.get('MII Polling Interval (ms)');
  const primaryField = st.capture.bond.get('Primary Slave');
  const head = st.modeField ?? st.capture.fields[0];
  // A fragment without slave sections says nothing about the ports.
  const listsPorts = st.capture.slaves.length > 0 || st.capture.bond.has('Currently Active Slave');
  return {
    source: 'capture',
    file: cap.file.base,
    shownBy: 'the capture',
    mode,
    miimon: st.miimon !== undefined && miiField ? { value: st.miimon, at: at(miiField)! } : undefined,
    fom: mode?.value.name === 'active-backup' ? { value: st.fom, at: mode.at } : undefined,
    primary: primaryField ? { value: primaryField.value.split(/\s+/)[0], at: at(primaryField)! } : undefined,
    ports:
      listsPorts && head
        ? {
            names: st.capture.slaves.map((s) => s.name),
            at: {
              uri: cap.uri,
              range: lineSpan(head.line, 0, head.valueEnd),
            },
          }
        : undefined,
  };
}

const lineRange = (f: { line: number; valueStart: number; valueEnd: number }): Range =>
  lineSpan(f.line, f.valueStart, f.valueEnd);

/** The last segment of a URI or path, decoded where the URI encoded it. */
function baseName(uri: string): string {
  const last = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
