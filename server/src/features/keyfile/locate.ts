// What is under the cursor in a keyfile: a group header, a key or value of an entry (with the
// setting NetworkManager reads it as), or the start of a line being typed inside a group.
import {
  NmSetting,
  settingOfGroup,
  type Keyfile,
  type KfEntry,
  type KfGroup,
  type ParsedDocument,
  type Position,
} from '../../engine';

export type KfSpot =
  | { kind: 'group'; group: KfGroup; setting?: NmSetting; prefix: string }
  | { kind: 'key'; entry: KfEntry; setting?: NmSetting }
  | { kind: 'value'; entry: KfEntry; setting?: NmSetting }
  /** A line that is not yet an entry: `prefix` is what has been typed so far. */
  | { kind: 'line-start'; group?: KfGroup; setting?: NmSetting; prefix: string; line: number; start: number }
  | { kind: 'none' };

// Entries by line, built once per parsed keyfile.
const BY_LINE = new WeakMap<Keyfile, Map<number, KfEntry>>();

export function entryAtLine(kf: Keyfile, line: number): KfEntry | undefined {
  let m = BY_LINE.get(kf);
  if (!m) {
    m = new Map(kf.entries.map((e) => [e.line, e]));
    BY_LINE.set(kf, m);
  }
  return m.get(line);
}

/** The group occurrence a line belongs to (the last header at or above it). */
export function groupAtLine(kf: Keyfile, line: number): KfGroup | undefined {
  let lo = 0;
  let hi = kf.groups.length - 1;
  let found: KfGroup | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (kf.groups[mid].line <= line) {
      found = kf.groups[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export function kfSpotAt(doc: ParsedDocument, pos: Position): KfSpot {
  const kf = doc.keyfile;
  const line = kf?.lines[pos.line];
  if (!kf || !line) return { kind: 'none' };
  const ch = Math.min(pos.character, line.text.length);
  if (line.kind === 'comment') return { kind: 'none' };
  if (line.kind === 'group') {
    const g = groupAtLine(kf, pos.line)!;
    if (ch < g.nameStart || ch > g.nameEnd) return { kind: 'none' };
    return { kind: 'group', group: g, setting: settingOfGroup(g.name), prefix: line.text.slice(g.nameStart, ch) };
  }
  const entry = line.kind === 'assignment' ? entryAtLine(kf, pos.line) : undefined;
  if (entry) {
    const setting = settingOfGroup(entry.group.name);
    if (ch <= entry.eq) return ch >= entry.keyStart ? { kind: 'key', entry, setting } : { kind: 'none' };
    return { kind: 'value', entry, setting };
  }
  // A line being typed: `[eth` opens a group, `mii` starts a key.
  const before = line.text.slice(line.indent, ch);
  if (ch < line.indent && line.text.trim()) return { kind: 'none' };
  if (/^\[[^\]]*$/.test(before)) {
    return { kind: 'line-start', prefix: before, line: pos.line, start: line.indent };
  }
  if (!/^[A-Za-z0-9_.-]*$/.test(before)) return { kind: 'none' };
  const group = groupAtLine(kf, pos.line);
  return {
    kind: 'line-start',
    group,
    setting: group ? settingOfGroup(group.name) : undefined,
    prefix: before,
    line: pos.line,
    start: Math.min(line.indent, ch),
  };
}
