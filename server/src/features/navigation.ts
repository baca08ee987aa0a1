// Go to definition (MASTER=bond0 or controller=bond0 → the profile whose interface is bond0,
// primary=eth1 → that port), references (a controller → its ports) and rename of a controller
// across its ports. Works over the profile model, so an ifcfg port of a keyfile bond (and the
// reverse) is found too.
import { Location, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import {
  dquote,
  entriesOf,
  isIfname,
  ParsedDocument,
  Profile,
  profileOf,
  SystemIndex,
  unescapeValue,
  type Position,
} from '../engine';
import { spotAt } from './locate';
import { kfSpotAt } from './keyfile/locate';

const valueRange = (a: { line: number; value: { start: number; end: number } }): Range => ({
  start: { line: a.line, character: a.value.start },
  end: { line: a.line, character: a.value.end },
});

const CONTROLLER_TYPES = new Set(['bond', 'bridge', 'team']);
const REF_KEYS = ['MASTER', 'MASTER_UUID', 'BRIDGE', 'BRIDGE_UUID', 'TEAM_MASTER', 'PHYSDEV'];
const KF_REF_KEYS = new Set(['controller', 'master', 'parent']);
// The keys the profile model reads a port's controller from.
const CONTROLLER_KEYS = new Set(['MASTER', 'MASTER_UUID', 'controller', 'master']);

function profileLocation(p: Profile): Location {
  return {
    uri: p.doc.uri,
    range: p.deviceRange ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  };
}

/** What the cursor is on, in either format. */
type Target =
  | { kind: 'ref'; value: string; range: Range; key: string }
  | { kind: 'primary'; value: string }
  | { kind: 'device'; range: Range }
  | undefined;

function targetAt(doc: ParsedDocument, pos: Position): Target {
  if (doc.keyfile) {
    const spot = kfSpotAt(doc, pos);
    if (spot.kind !== 'value' && spot.kind !== 'key') return undefined;
    const e = spot.entry;
    const s = spot.setting?.name;
    const range = { start: { line: e.line, character: e.valueStart }, end: { line: e.line, character: e.valueEnd } };
    const value = unescapeValue(e.raw).value.trim();
    if (s === 'connection' && KF_REF_KEYS.has(e.key)) return { kind: 'ref', value, range, key: e.key };
    if (s === 'vlan' && e.key === 'parent') return { kind: 'ref', value, range, key: e.key };
    if (s === 'bond' && e.key === 'primary' && spot.kind === 'value') return { kind: 'primary', value };
    if (e.key === 'interface-name') return { kind: 'device', range };
    return undefined;
  }
  const spot = spotAt(doc, pos);
  if (spot.kind === 'option-value' && spot.token.key === 'primary' && spot.token.value)
    return { kind: 'primary', value: spot.token.value };
  if (spot.kind !== 'value' && spot.kind !== 'key') return undefined;
  if (REF_KEYS.includes(spot.a.key))
    return { kind: 'ref', value: spot.a.value.text.trim(), range: valueRange(spot.a), key: spot.a.key };
  if (spot.a.key === 'DEVICE') return { kind: 'device', range: valueRange(spot.a) };
  return undefined;
}

export function definition(doc: ParsedDocument, system: SystemIndex, pos: Position): Location[] {
  const t = targetAt(doc, pos);
  if (t?.kind === 'ref') {
    const byUuid = system.withUuid(t.value.toLowerCase()).concat(system.withUuid(t.value));
    const targets = byUuid.length ? [...new Set(byUuid)] : system.withDevice(t.value);
    return targets.filter((p) => p.doc !== doc).map(profileLocation);
  }
  if (t?.kind === 'primary') return system.withDevice(t.value).map(profileLocation);
  return [];
}

/** The controller whose name is under the cursor: its own interface name, or a port's reference. */
function controllerAt(
  doc: ParsedDocument,
  system: SystemIndex,
  pos: Position,
): { ctrl: Profile; range: Range; viaUuid: boolean } | undefined {
  const t = targetAt(doc, pos);
  const p = profileOf(doc);
  if (t?.kind === 'device' && CONTROLLER_TYPES.has(p.type)) return { ctrl: p, range: t.range, viaUuid: false };
  if (t?.kind === 'ref' && p.master && CONTROLLER_KEYS.has(t.key)) {
    const ctrl = system.resolveMaster(p);
    return ctrl ? { ctrl, range: t.range, viaUuid: /UUID$/.test(t.key) || p.master.viaUuid } : undefined;
  }
  return undefined;
}

/** Every place a port names its controller by interface name (keyfiles may carry both
 *  controller= and the older master=). */
function portRefs(port: Profile, name: string): Range[] {
  if (!port.doc.keyfile) return port.master && !port.master.viaUuid ? [valueRange(port.master.assignment)] : [];
  return entriesOf(port.doc.keyfile, 'connection')
    .filter((e) => (e.key === 'controller' || e.key === 'master') && unescapeValue(e.raw).value.trim() === name)
    .map((e) => ({ start: { line: e.line, character: e.valueStart }, end: { line: e.line, character: e.valueEnd } }));
}

export function references(
  doc: ParsedDocument,
  system: SystemIndex,
  pos: Position,
  includeDeclaration: boolean,
): Location[] {
  const hit = controllerAt(doc, system, pos);
  if (!hit) return [];
  const out = system
    .portsOf(hit.ctrl)
    .map((port) => ({ uri: port.doc.uri, range: valueRange(port.master!.assignment) }));
  if (includeDeclaration) out.unshift(profileLocation(hit.ctrl));
  return out;
}

export function prepareRename(
  doc: ParsedDocument,
  system: SystemIndex,
  pos: Position,
): { range: Range; placeholder: string } | null {
  const hit = controllerAt(doc, system, pos);
  if (!hit || !hit.ctrl.device || hit.viaUuid) return null;
  return { range: hit.range, placeholder: hit.ctrl.device };
}

export function rename(doc: ParsedDocument, system: SystemIndex, pos: Position, newName: string): WorkspaceEdit | null {
  const hit = controllerAt(doc, system, pos);
  const ctrl = hit?.ctrl;
  if (!ctrl?.device || !ctrl.deviceRange || !isIfname(newName)) return null;
  // initscripts sources ifcfg files with bash: a name such as `b;reboot` or `$(reboot)` (the
  // kernel accepts both) is written quoted there so that it stays a name. A keyfile only
  // escapes the backslash (GLib).
  const ifcfgText = /^[A-Za-z0-9_.@%+=,~^-]+$/.test(newName) ? newName : dquote(newName);
  const changes: Record<string, TextEdit[]> = {};
  const add = (d: ParsedDocument, r: Range) =>
    (changes[d.uri] ??= []).push({ range: r, newText: d.keyfile ? newName.replace(/\\/g, '\\\\') : ifcfgText });
  add(ctrl.doc, ctrl.deviceRange);
  for (const port of system.portsOf(ctrl)) for (const r of portRefs(port, ctrl.device)) add(port.doc, r);
  return { changes };
}
