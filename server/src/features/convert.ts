// "Convert to NetworkManager keyfile": the server computes the keyfiles of a profile group
// (custom request ifcfg/convertToKeyfile); the client shows them as a preview and writes them
// only when the user accepts.
import { CodeAction, Command, Range } from 'vscode-languageserver-types';
import { migrateSystem, MigrationNote, profileGroup, type ParsedDocument, type SystemIndex } from '../engine';

export const CONVERT_REQUEST = 'ifcfg/convertToKeyfile';
export const CONVERT_COMMAND = 'ifcfg.convertToKeyfile';

export interface ConvertParams {
  uri: string;
}

export interface ConvertedFile {
  source: string;
  /** Where the keyfile goes: NM's name inside the keyfile directory next to the sources. */
  target: string;
  fileName: string;
  uuid: string;
  text: string;
  /** The preview may differ from NM's output (keys it does not model). */
  incomplete: boolean;
}

export interface ConvertResult {
  files: ConvertedFile[];
  /** Profiles of the group NM would not load: no keyfile. */
  skipped: Array<{ source: string; reason: string }>;
  notes: MigrationNote[];
}

/** `…/etc/sysconfig/network-scripts` → `…/etc/NetworkManager/system-connections`, as on the
 *  machine; any other directory gets a `system-connections` folder beside the files. */
export function keyfileDir(sourceUri: string): string {
  const dir = sourceUri.slice(0, sourceUri.lastIndexOf('/'));
  const m = /^(.*)\/etc\/sysconfig\/network-scripts$/.exec(dir);
  return m ? `${m[1]}/etc/NetworkManager/system-connections` : `${dir}/system-connections`;
}

export function convertGroup(doc: ParsedDocument, system: SystemIndex): ConvertResult {
  const group = new Set(profileGroup(system, doc).map((p) => p.doc.uri));
  const result: ConvertResult = { files: [], skipped: [], notes: [] };
  if (!group.size) return result;
  for (const c of migrateSystem(system)) {
    if (!group.has(c.uri)) continue;
    result.notes.push(...c.notes);
    if (c.status !== 'converted' || !c.text || !c.fileName) {
      result.skipped.push({ source: c.uri, reason: c.reason ?? 'not converted' });
      continue;
    }
    result.files.push({
      source: c.uri,
      target: `${keyfileDir(c.uri)}/${encodeURIComponent(c.fileName)}`,
      fileName: c.fileName,
      uuid: c.uuid!,
      text: c.text,
      incomplete: c.incomplete,
    });
  }
  return result;
}

/** The code action on ifcfg files: runs the client command with the document's URI. */
export function convertAction(doc: ParsedDocument, range: Range): CodeAction | undefined {
  if (doc.file.kind !== 'ifcfg' || doc.file.ignoredBy) return undefined;
  void range;
  const command: Command = {
    title: 'Convert to NetworkManager keyfile',
    command: CONVERT_COMMAND,
    arguments: [doc.uri],
  };
  return { title: command.title, kind: 'refactor.rewrite.ifcfg.keyfile', command };
}
