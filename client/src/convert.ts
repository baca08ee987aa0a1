// "Convert to NetworkManager keyfile": asks the server for the keyfiles of the profile group,
// offers them as a refactoring preview (new files, or changes to the existing keyfile with the
// same UUID) and writes them only when the user applies it. The ifcfg files are never touched.
import { chmod } from 'fs/promises';
import { Uri, window, workspace, WorkspaceEdit, Range, Position } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export const CONVERT_COMMAND = 'ifcfg.convertToKeyfile';
const CONVERT_REQUEST = 'ifcfg/convertToKeyfile';

interface ConvertResult {
  files: Array<{ source: string; target: string; fileName: string; uuid: string; text: string; incomplete: boolean }>;
  skipped: Array<{ source: string; reason: string }>;
  notes: Array<{ uri: string; kind: string; message: string }>;
}

/** The notes about one profile: its ifcfg file and its route-, rule- and alias files. */
function notesOf(notes: ConvertResult['notes'], source: string): ConvertResult['notes'] {
  const base = (u: string) => decodeURIComponent(u.slice(u.lastIndexOf('/') + 1));
  const dir = (u: string) => u.slice(0, u.lastIndexOf('/'));
  const suffix = base(source).replace(/^ifcfg-/, '');
  const names = new Set(['ifcfg-', 'route-', 'route6-', 'rule-', 'rule6-'].map((p) => p + suffix));
  return notes.filter(
    (n) => dir(n.uri) === dir(source) && (names.has(base(n.uri)) || base(n.uri).startsWith(`ifcfg-${suffix}:`)),
  );
}

/** Existing keyfiles of the directory, by UUID (NM updates a profile's file in place). */
async function keyfilesByUuid(dir: Uri): Promise<Map<string, Uri>> {
  const out = new Map<string, Uri>();
  let entries: Array<[string, number]> = [];
  try {
    entries = await workspace.fs.readDirectory(dir);
  } catch {
    return out;
  }
  for (const [name] of entries) {
    const uri = Uri.joinPath(dir, name);
    try {
      const text = new TextDecoder().decode(await workspace.fs.readFile(uri));
      const m = /^\s*uuid\s*=\s*(\S+)\s*$/m.exec(text);
      if (m) out.set(m[1].toLowerCase(), uri);
    } catch {
      /* not a readable file */
    }
  }
  return out;
}

export async function convertToKeyfile(client: LanguageClient, arg?: string | Uri): Promise<boolean> {
  const uri = typeof arg === 'string' ? arg : (arg ?? window.activeTextEditor?.document.uri)?.toString();
  if (!uri) return false;
  const r = await client.sendRequest<ConvertResult>(CONVERT_REQUEST, { uri });
  for (const s of r.skipped) void window.showWarningMessage(`${s.source.split('/').pop()}: no keyfile: ${s.reason}`);
  if (!r.files.length) return false;
  const edit = new WorkspaceEdit();
  const written: Uri[] = [];
  const dirs = new Map<string, Map<string, Uri>>();
  for (const f of r.files) {
    const target = Uri.parse(f.target);
    const dir = Uri.joinPath(target, '..');
    if (!dirs.has(dir.toString())) dirs.set(dir.toString(), await keyfilesByUuid(dir));
    const existing = dirs.get(dir.toString())!.get(f.uuid.toLowerCase());
    const label = `${f.fileName}${f.incomplete ? ' (preview incomplete: some keys are not modelled)' : ''}: tick to write`;
    // What NetworkManager would drop or change, said beside the file in the preview.
    const lost = notesOf(r.notes, f.source);
    const description = lost.length
      ? `${lost.length} setting${lost.length > 1 ? 's' : ''} not kept as written: ${lost.map((n) => n.message).join('; ')}`
      : undefined;
    const metadata = { needsConfirmation: true, label, description };
    if (existing) {
      const doc = await workspace.openTextDocument(existing);
      edit.replace(existing, new Range(new Position(0, 0), doc.lineAt(doc.lineCount - 1).range.end), f.text, metadata);
      written.push(existing);
    } else {
      edit.createFile(target, { contents: new TextEncoder().encode(f.text), ignoreIfExists: true }, metadata);
      written.push(target);
    }
  }
  // Edits that need confirmation open VS Code's Refactor Preview, each file unticked: the user
  // ticks the keyfiles to write and applies (or discards).
  const applied = await workspace.applyEdit(edit, { isRefactoring: true });
  if (!applied) return false;
  const exists = async (u: Uri) =>
    workspace.fs.stat(u).then(
      () => true,
      () => false,
    );
  const present = await Promise.all(written.map(exists));
  if (!present.some(Boolean)) {
    void window.showInformationMessage('No keyfile written: tick the keyfiles in the Refactor Preview, then Apply.');
    return false;
  }
  for (const u of written) {
    const doc = workspace.textDocuments.find((d) => d.uri.toString() === u.toString());
    if (doc?.isDirty) await doc.save();
    // NetworkManager refuses keyfiles readable by group or others.
    if (u.scheme === 'file') await chmod(u.fsPath, 0o600).catch(() => undefined);
  }
  return true;
}
