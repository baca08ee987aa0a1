// Go to definition (MASTER=bond0 → ifcfg-bond0, primary=eth1 → ifcfg-eth1), references
// (a bond → its ports) and rename of a bond across its ports.
import { Location, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { isIfname } from '../engine/catalog/keyTypes';
import { dquote } from '../engine/fixes/edits';
import { ParsedDocument } from '../engine/parser/document';
import { profileOf, Profile } from '../engine/model/profile';
import { SystemIndex } from '../engine/model/system';
import type { Position } from '../engine/types';
import { spotAt } from './locate';

const valueRange = (a: { line: number; value: { start: number; end: number } }): Range => ({
  start: { line: a.line, character: a.value.start },
  end: { line: a.line, character: a.value.end },
});

function profileLocation(p: Profile): Location {
  const dev = p.doc.effective.get('DEVICE');
  return {
    uri: p.doc.uri,
    range: dev ? valueRange(dev) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  };
}

export function definition(doc: ParsedDocument, system: SystemIndex, pos: Position): Location[] {
  const spot = spotAt(doc, pos);
  if (
    spot.kind === 'value' &&
    ['MASTER', 'MASTER_UUID', 'BRIDGE', 'BRIDGE_UUID', 'TEAM_MASTER', 'PHYSDEV'].includes(spot.a.key)
  ) {
    const v = spot.a.value.text.trim();
    const byUuid = system.withUuid(v);
    const targets = byUuid.length ? byUuid : system.withDevice(v);
    return targets.filter((p) => p.doc !== doc).map(profileLocation);
  }
  if (spot.kind === 'option-value' && spot.token.key === 'primary' && spot.token.value) {
    return system.withDevice(spot.token.value).map(profileLocation);
  }
  return [];
}

/** The bond whose name is under the cursor: its own DEVICE, or a port's MASTER. */
function bondAt(doc: ParsedDocument, system: SystemIndex, pos: Position): Profile | undefined {
  const spot = spotAt(doc, pos);
  if (spot.kind !== 'value' && spot.kind !== 'key') return undefined;
  const p = profileOf(doc);
  if (spot.a.key === 'DEVICE' && p.type === 'bond') return p;
  if (spot.a.key === 'MASTER' || spot.a.key === 'MASTER_UUID') return system.resolveMaster(p);
  return undefined;
}

export function references(
  doc: ParsedDocument,
  system: SystemIndex,
  pos: Position,
  includeDeclaration: boolean,
): Location[] {
  const bond = bondAt(doc, system, pos);
  if (!bond) return [];
  const out = system.portsOf(bond).map((port) => ({ uri: port.doc.uri, range: valueRange(port.master!.assignment) }));
  if (includeDeclaration) out.unshift(profileLocation(bond));
  return out;
}

export function prepareRename(
  doc: ParsedDocument,
  system: SystemIndex,
  pos: Position,
): { range: Range; placeholder: string } | null {
  const bond = bondAt(doc, system, pos);
  const spot = spotAt(doc, pos);
  if (!bond || !bond.device || (spot.kind !== 'value' && spot.kind !== 'key')) return null;
  if (spot.a.key === 'MASTER_UUID') return null;
  return { range: valueRange(spot.a), placeholder: bond.device };
}

export function rename(doc: ParsedDocument, system: SystemIndex, pos: Position, newName: string): WorkspaceEdit | null {
  const bond = bondAt(doc, system, pos);
  if (!bond || !bond.device || !isIfname(newName)) return null;
  // initscripts sources the files with bash: a name such as `b;reboot` or `$(reboot)` (the
  // kernel accepts both) is written quoted so that it stays a name.
  const written = /^[A-Za-z0-9_.@%+=,~^-]+$/.test(newName) ? newName : dquote(newName);
  const changes: Record<string, TextEdit[]> = {};
  const add = (uri: string, r: Range) => (changes[uri] ??= []).push({ range: r, newText: written });
  add(bond.doc.uri, valueRange(bond.doc.effective.get('DEVICE')!));
  for (const port of system.portsOf(bond))
    if (!port.master!.viaUuid) add(port.doc.uri, valueRange(port.master!.assignment));
  return { changes };
}
