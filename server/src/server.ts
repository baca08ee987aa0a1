// ifcfg-language-server: thin LSP glue over the engine. startServer() serves one connection;
// start.ts makes it the stdio (or IPC/socket) server, tests run it in-process on streams.
import { fileURLToPath } from 'url';
import {
  Connection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  InitializeResult,
  RegistrationRequest,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { analyzeDocument, Finding, releaseParses, summarizeBonds, type Settings } from './engine';
import { codeActions, FIX_ALL_KIND } from './features/codeActions';
import { complete, resolveCompletion } from './features/completion';
import { toDiagnostic } from './features/diagnostics';
import { hover } from './features/hover';
import { inlayHints } from './features/inlayHints';
import { definition, prepareRename, references, rename } from './features/navigation';
import { documentSymbols } from './features/symbols';
import { captureHover, captureSymbols } from './features/captureFeatures';
import { suppressionCompletion, suppressionHover } from './features/suppressions';
import { fileUri, folderRoots, readWorkspaceFile, scanFolder } from './scan';
import { DEFAULTS, readSettings, ServerSettings } from './settings';
import { Workspace } from './workspace';
import { SafeTextDocument } from './sync';
import { CONVERT_REQUEST, ConvertParams, convertAction, convertGroup } from './features/convert';
import { isLiveConfigDir, keyfileDirsOf, readHookScripts, readHostEvidence, readKeyfileStats } from './host';
import { MACHINE_WATCHERS, machinesTouched, readMachine } from './machines';
import { BONDS_CHANGED, BONDS_REQUEST } from './protocol';

declare const IFCFG_VERSION: string;

/** Where the connection writes, when the server may batch its messages (see output.ts). */
export interface Batching {
  hold(): void;
  flush(): void;
}

export function startServer(connection: Connection, output?: Batching): void {
  const documents = new TextDocuments(SafeTextDocument);
  const ws = new Workspace();
  let settings: ServerSettings = DEFAULTS;
  let canPullConfig = false;
  let hasFolderEvents = false;
  let canWatch = false;
  /** Machine roots whose evidence has been read (or found unreadable) since they appeared. */
  const machinesRead = new Set<string>();
  let folders: string[] = [];
  const findings = new Map<string, Finding[]>();
  // Files whose last publish was not empty: the client shows something for them. A file the
  // client shows nothing for needs no message while it stays clean and unopened (an empty
  // publish replaces nothing), which in a large workspace is most of them.
  const shown = new Set<string>();
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  // Files whose diagnostics are due, drained in slices of BATCH_MS so that requests for the open
  // file (completion, hover, code actions) are answered between slices of a large workspace.
  let due = new Set<string>();
  let draining = false;
  const BATCH_MS = 10;
  // A slice's messages wait in the writer until the slice is over, then leave in one write (over
  // stdio): 50 files hold about 17 messages of a bond workspace. Against slices of 10, opening
  // 5,001 profiles took 5-10% less time for ~1 MB more RSS; slices of 200 (then cut by BATCH_MS)
  // held more and were no faster.
  const BATCH_FILES = 50;
  // Until the first workspace scan is done, cross-file evidence is incomplete: hold diagnostics
  // of opened files back so they do not flicker from a hint to the real warning.
  let scanned = false;
  let stopped = false;
  // A check that throws is logged and the other checks still run; IFCFG_STRICT=1 (the test
  // runner sets it) makes it an error the client sees instead.
  // Made once per change of settings or host evidence, not once per checked file.
  let engineCache: { base: Settings; host: Settings['host']; value: Settings } | undefined;
  const engineSettings = (): Settings => {
    const base = settings.engine;
    if (engineCache?.base === base && engineCache.host === base.host) return engineCache.value;
    const value: Settings = {
      ...base,
      onCheckError: (f) => {
        if (process.env.IFCFG_STRICT === '1') throw f.error;
        connection.console.error(`ifcfg: check ${f.check} failed on ${f.uri}: ${String(f.error)}`);
      },
    };
    engineCache = { base, host: base.host, value };
    return value;
  };

  connection.onInitialize((params): InitializeResult => {
    canPullConfig = !!params.capabilities.workspace?.configuration;
    hasFolderEvents = !!params.capabilities.workspace?.workspaceFolders;
    canWatch = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    folders = (params.workspaceFolders ?? [])
      .map((f) => f.uri)
      .concat(!params.workspaceFolders && params.rootUri ? [params.rootUri] : []);
    if (params.initializationOptions && typeof params.initializationOptions === 'object') {
      settings = readSettings(
        (params.initializationOptions as Record<string, unknown>).settings ?? params.initializationOptions,
      );
    }
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        completionProvider: { triggerCharacters: ['=', ' ', '"', "'", '['], resolveProvider: true },
        hoverProvider: true,
        codeActionProvider: {
          codeActionKinds: ['quickfix', FIX_ALL_KIND, 'refactor.rewrite.ifcfg.keyfile'],
          resolveProvider: false,
        },
        documentSymbolProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        inlayHintProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'ifcfg-language-server', version: typeof IFCFG_VERSION === 'string' ? IFCFG_VERSION : 'dev' },
    };
  });

  connection.onInitialized(async () => {
    if (hasFolderEvents) {
      connection.workspace.onDidChangeWorkspaceFolders(async (e) => {
        folders = folders.filter((f) => !e.removed.some((r) => r.uri === f)).concat(e.added.map((a) => a.uri));
        await scanWorkspace();
      });
    }
    if (canPullConfig) {
      register(DidChangeConfigurationNotification.method, { section: 'ifcfg' });
      await pullSettings();
    }
    // Profiles are watched by the client's own registration; a snapshot's evidence files (dmidecode,
    // ip -d address, hook scripts…) are not profiles, so the server asks for them itself.
    if (canWatch) register(DidChangeWatchedFilesNotification.method, { watchers: MACHINE_WATCHERS });
    try {
      refreshHostEvidence();
      await scanWorkspace();
    } finally {
      scanned = true;
      flush();
    }
  });

  /** Asks the client for a notification it registers dynamically, once per method for the whole
   *  session (never undone), under an id of our own: the library's client.register() makes a random
   *  UUID, which loads Node's crypto module, compiled from source under the server's V8 flags
   *  (~4 ms of every start). A client that refuses costs only the notification. */
  function register(method: string, registerOptions: object): void {
    connection
      .sendRequest(RegistrationRequest.type, { registrations: [{ id: `ifcfg:${method}`, method, registerOptions }] })
      .catch(() => undefined);
  }

  async function pullSettings(): Promise<void> {
    if (!canPullConfig) return;
    try {
      // A client that never answers must not keep diagnostics back forever.
      const answer = connection.workspace.getConfiguration('ifcfg');
      const timeout = new Promise<undefined>((r) => setTimeout(() => r(undefined), 3000));
      const raw: unknown = await Promise.race([answer, timeout]);
      if (raw !== undefined) settings = readSettings(raw);
    } catch {
      /* client without configuration support: keep what we have */
    }
  }

  /** Virtualization `auto` on the machine whose live config is open: read DMI and port MACs. */
  /** On the machine whose live config is open: DMI and port MACs (virtualization `auto`), which
   *  initscripts hook scripts exist, and the owner and mode of the keyfiles NetworkManager would read. */
  function refreshHostEvidence(): void {
    const linux = process.platform === 'linux';
    const paths = folders.filter((f) => f.startsWith('file:')).map((f) => fileURLToPath(f));
    const live = linux && paths.some(isLiveConfigDir);
    let host = live && settings.engine.virtualization === 'auto' ? readHostEvidence() : undefined;
    const hooks = live ? readHookScripts() : [];
    if (hooks.length) host = { ...host, hookScripts: hooks };
    const kfDirs = linux ? paths.flatMap((p) => keyfileDirsOf(p)) : [];
    settings.engine.host = kfDirs.length ? { ...host, keyfileStats: readKeyfileStats(kfDirs) } : host;
  }

  // A save or chmod can change a keyfile's owner or mode (KEYFILE-041): read them again.
  function restatKeyfiles(uris: string[]): void {
    if (!settings.engine.host?.keyfileStats) return;
    refreshHostEvidence();
    for (const uri of uris) if (ws.get(uri)?.file.kind === 'keyfile') schedule(uri);
  }

  async function scanWorkspace(): Promise<void> {
    if (!settings.scanWorkspace) return;
    let budget = settings.maxFiles;
    for (const f of folders) {
      if (!f.startsWith('file:') || budget <= 0) continue;
      const res = await scanFolder(fileURLToPath(f), budget, (path, text) => {
        const uri = fileUri(path);
        if (!documents.get(uri)) ws.set(uri, text, false);
      });
      budget -= res.count;
      for (const s of res.skipped) connection.console.info(`ifcfg: not read: ${s.display}: ${s.why}`);
      if (res.truncated)
        connection.console.warn(
          `ifcfg: stopped scanning ${f} after ${res.truncatedBy ?? `${res.count} files`} (ifcfg.workspaceScan.maxFiles).`,
        );
    }
    loadMachines();
    for (const uri of ws.uris()) schedule(uri);
  }

  /** Running state of machine snapshots (sosreports, machine-root trees) inside the workspace. */
  function loadMachines(roots = ws.machineRoots()): void {
    const within = folderRoots(folders);
    for (const root of roots) {
      machinesRead.add(root);
      ws.setMachine(root, readMachine(root, within));
    }
  }

  connection.onDidChangeConfiguration(async (change) => {
    if (canPullConfig) await pullSettings();
    else settings = readSettings((change.settings as Record<string, unknown> | undefined)?.ifcfg);
    refreshHostEvidence();
    for (const uri of ws.uris()) schedule(uri);
  });

  documents.onDidOpen((e) => {
    touch(e.document.uri, e.document.getText(), true);
    // Opening a file shows its problems at once (once the workspace is read); typing is debounced.
    if (!scanned) return;
    pending.delete(e.document.uri);
    void publish(e.document.uri);
  });
  documents.onDidChangeContent((e) => touch(e.document.uri, e.document.getText(), true));
  documents.onDidClose((e) => {
    const uri = e.document.uri;
    const text = settings.scanWorkspace ? readWorkspaceFile(uri, folderRoots(folders)) : undefined;
    if (text !== undefined) {
      // Back to the text on disk: as after an edit, only the files related to the old or the
      // new text are checked again (unchanged text: none), not the whole folder.
      touch(uri, text, false);
      ws.close(uri);
    } else {
      // No longer a workspace file: as for a deleted one, its whole system is checked again.
      ws.remove(uri);
      for (const s of ws.siblings(uri)) schedule(s);
    }
    schedule(uri);
  });

  documents.onDidSave((e) => restatKeyfiles([e.document.uri]));

  connection.onDidChangeWatchedFiles((e) => {
    restatKeyfiles(e.changes.map((c) => c.uri));
    for (const c of e.changes) {
      if (documents.get(c.uri)) continue; // the editor's copy wins
      if (c.type === FileChangeType.Deleted) {
        const sibs = ws.siblings(c.uri);
        ws.remove(c.uri);
        sibs.forEach(schedule);
        continue;
      }
      const text = readWorkspaceFile(c.uri, folderRoots(folders));
      if (text !== undefined) touch(c.uri, text, false);
      else if (ws.has(c.uri)) {
        // Now a link out of the workspace, a FIFO, too large…: forget what was read before.
        const sibs = ws.siblings(c.uri);
        ws.remove(c.uri);
        sibs.forEach(schedule);
      }
    }
    // A snapshot's evidence changed (a new capture of `ip -d address`, dmidecode, a hook script),
    // or its first profiles arrived (a snapshot unpacked into the workspace): read that machine
    // (again) and re-check every profile of it.
    const roots = ws.machineRoots();
    const machines = [
      ...new Set([
        ...machinesTouched(
          e.changes.map((c) => c.uri),
          roots,
        ),
        ...roots.filter((r) => !machinesRead.has(r)),
      ]),
    ];
    loadMachines(machines);
    for (const root of machines) ws.machineMembers(root).forEach(schedule);
  });

  function touch(uri: string, text: string, open: boolean): void {
    const before = ws.get(uri);
    if (before && before.text === text) {
      // Same text (an open of a file already read, or the open's own change event): nothing
      // else can change, and the document itself only needs showing if it just opened.
      const wasOpen = ws.isOpen(uri);
      ws.set(uri, text, open);
      if (open && !wasOpen) schedule(uri);
      return;
    }
    // Cross-file rules: a port's change can alter its bond's findings and vice versa. Re-check the
    // files related before and after the change, not the whole directory.
    const affected = new Set<string>([uri]);
    if (before) for (const d of ws.system(uri).related(before)) affected.add(d.uri);
    const doc = ws.set(uri, text, open);
    for (const d of ws.system(uri).related(doc)) affected.add(d.uri);
    // A directory that just gained or lost its second file changes what "not found" means.
    if (!before && ws.siblings(uri).length <= 3) ws.siblings(uri).forEach((s) => affected.add(s));
    for (const u of affected) schedule(u);
  }

  function schedule(uri: string): void {
    pending.add(uri);
    if (timer || !scanned) return;
    timer = setTimeout(flush, settings.debounceMs);
  }

  function flush(): void {
    if (timer) clearTimeout(timer);
    timer = undefined;
    // Open documents first: they are what the user is looking at.
    const open: string[] = [];
    for (const u of pending) if (ws.isOpen(u) || documents.get(u)) open.push(u);
    for (const u of open) {
      pending.delete(u);
      due.delete(u);
      void publish(u);
    }
    // The rest is due; a whole workspace's worth (the scan) becomes the queue as it is.
    if (!due.size) {
      due = pending;
      pending = new Set();
    } else {
      for (const u of pending) due.add(u);
      pending.clear();
    }
    if (open.length && !due.size) void connection.sendNotification(BONDS_CHANGED);
    if (due.size && !draining) {
      draining = true;
      setImmediate(drain);
    }
  }

  function drain(): void {
    if (stopped) return;
    // A slice's messages leave in one write once they are all written (see nextSlice).
    output?.hold();
    const until = Date.now() + BATCH_MS;
    let written: Promise<void> | undefined;
    let n = 0;
    for (const u of due) {
      due.delete(u);
      written = publish(u) ?? written;
      n++;
      // The files this one's cross-file checks just read (its bond, its ports) go next, while
      // their parses are at hand; then the parses are dropped, young, instead of living to the
      // end of the slice and being promoted to the old generation as garbage.
      const doc = ws.get(u);
      if (doc)
        for (const r of ws.system(u).related(doc))
          if (due.delete(r.uri)) {
            written = publish(r.uri) ?? written;
            n++;
          }
      releaseParses();
      if (n >= BATCH_FILES || Date.now() > until) break;
    }
    if (!due.size) {
      draining = false;
      // The burst is over: the bonds' port lists it built are not kept while the server idles.
      ws.forgetAnswers();
      const done = connection.sendNotification(BONDS_CHANGED);
      void done.then(release, release);
      return;
    }
    // The connection writes one queued message per turn of the event loop: the next slice waits
    // until this one's messages are out, so at most one slice of messages is held at a time.
    if (written) written.then(nextSlice, nextSlice);
    else nextSlice();
  }
  const release = (): void => output?.flush();
  const nextSlice = (): void => {
    release();
    setImmediate(drain);
  };

  /** Publishes a file's diagnostics; the promise settles once the message is written. Nothing
   *  is sent for an unopened file that was clean and still is. */
  function publish(uri: string): Promise<void> | undefined {
    const doc = ws.get(uri);
    const open = ws.isOpen(uri) || !!documents.get(uri);
    if (!doc || !(open || settings.reportUnopenedFiles)) {
      findings.delete(uri);
      return shown.delete(uri) ? connection.sendDiagnostics({ uri, diagnostics: [] }) : undefined;
    }
    const f = analyzeDocument(doc, ws.system(uri), engineSettings());
    // Keep findings (with their fixes) only for open documents; code actions for others are
    // recomputed on demand. This keeps memory flat in large workspaces.
    if (open) findings.set(uri, f);
    else findings.delete(uri);
    if (f.length) shown.add(uri);
    // An open document always gets its publish: the client matches it to the version typed.
    else if (!shown.delete(uri) && !open) return undefined;
    return connection.sendDiagnostics({ uri, version: documents.get(uri)?.version, diagnostics: f.map(toDiagnostic) });
  }

  /** Findings for a request, computed now if the debounced run has not happened yet. */
  function current(uri: string): Finding[] {
    const doc = ws.get(uri);
    if (!doc) return [];
    if (pending.has(uri) || due.has(uri) || !findings.has(uri)) {
      const f = analyzeDocument(doc, ws.system(uri), engineSettings());
      findings.set(uri, f);
      return f;
    }
    return findings.get(uri)!;
  }

  connection.onCompletion((p) => {
    const doc = ws.get(p.textDocument.uri);
    if (!doc || doc.file.kind === 'capture') return [];
    return suppressionCompletion(doc, p.position) ?? complete(doc, ws.system(doc.uri), p.position);
  });
  connection.onCompletionResolve(resolveCompletion);
  connection.onHover((p) => {
    const doc = ws.get(p.textDocument.uri);
    if (!doc) return null;
    if (doc.file.kind === 'capture') return captureHover(doc, p.position);
    return suppressionHover(doc, p.position) ?? hover(doc, p.position);
  });
  connection.onCodeAction((p) => {
    const doc = ws.get(p.textDocument.uri);
    if (!doc) return [];
    const actions = codeActions(doc, current(doc.uri), p.range, p.context.diagnostics, p.context.only);
    const only = p.context.only;
    const convert = convertAction(doc, p.range);
    if (convert && (!only?.length || only.some((o) => convert.kind!.startsWith(o)))) actions.push(convert);
    return actions;
  });
  connection.onRequest(CONVERT_REQUEST, (p: ConvertParams) => {
    const doc = ws.get(p.uri);
    return doc ? convertGroup(doc, ws.system(doc.uri)) : { files: [], skipped: [], notes: [] };
  });
  connection.onDocumentSymbol((p) => {
    const doc = ws.get(p.textDocument.uri);
    if (!doc) return [];
    return doc.file.kind === 'capture' ? captureSymbols(doc) : documentSymbols(doc);
  });
  connection.onDefinition((p) => {
    const doc = ws.get(p.textDocument.uri);
    return doc ? definition(doc, ws.system(doc.uri), p.position) : [];
  });
  connection.onReferences((p) => {
    const doc = ws.get(p.textDocument.uri);
    return doc ? references(doc, ws.system(doc.uri), p.position, p.context.includeDeclaration) : [];
  });
  connection.onPrepareRename((p) => {
    const doc = ws.get(p.textDocument.uri);
    return doc ? prepareRename(doc, ws.system(doc.uri), p.position) : null;
  });
  connection.onRenameRequest((p) => {
    const doc = ws.get(p.textDocument.uri);
    return doc ? rename(doc, ws.system(doc.uri), p.position, p.newName) : null;
  });
  connection.languages.inlayHint.on((p) => {
    const doc = ws.get(p.textDocument.uri);
    return doc ? inlayHints(doc, p.range) : [];
  });

  connection.onRequest(BONDS_REQUEST, () => {
    const out = [];
    for (const uri of ws.systemUris()) {
      const system = ws.system(uri);
      if (!system.profiles.some((p) => p.type === 'bond')) continue;
      // Open documents reuse their findings; others are analysed now and not kept.
      out.push(
        ...summarizeBonds(system, (d) =>
          ws.isOpen(d.uri) ? current(d.uri) : analyzeDocument(d, ws.system(d.uri), engineSettings()),
        ),
      );
    }
    return out;
  });

  // After shutdown nothing may be sent: drop the debounced and the queued work.
  connection.onShutdown(() => {
    stopped = true;
    if (timer) clearTimeout(timer);
    timer = undefined;
    pending.clear();
    due.clear();
  });

  documents.listen(connection);
  connection.listen();
}
