// A real LSP client over stdio, driving the bundled server as a child process.
import { ChildProcess, spawn } from 'child_process';
import { resolve } from 'path';
import { pathToFileURL } from 'url';
import {
  createProtocolConnection,
  ProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import {
  ClientCapabilities,
  CodeAction,
  Diagnostic,
  InitializedNotification,
  InitializeRequest,
  InitializeResult,
  PublishDiagnosticsNotification,
} from 'vscode-languageserver-protocol';
import { BONDS_CHANGED } from '../../server/src/protocol';

export class TestClient {
  readonly conn: ProtocolConnection;
  readonly proc: ChildProcess;
  readonly diagnostics = new Map<string, Diagnostic[]>();
  /** The document version each last publish was computed for (absent for unopened files). */
  readonly versions = new Map<string, number | undefined>();
  /** publishDiagnostics notifications received so far. */
  publishes = 0;
  /** The URI of each publishDiagnostics notification, in order. */
  readonly published: string[] = [];
  /** ifcfg/bondsChanged notifications so far: the server sends one once every diagnostic due
   *  has been published (the end of a workspace scan, of a re-check after a change). */
  bondsChanged = 0;
  settings: Record<string, unknown> = {};
  private waiters: Array<() => void> = [];

  constructor(server = resolve('dist/server.js'), env?: Record<string, string>, nodeFlags: string[] = []) {
    this.proc = spawn(process.execPath, [...nodeFlags, server, '--stdio'], {
      stdio: ['pipe', 'pipe', 'inherit'],
      env: env ? { ...process.env, ...env } : process.env,
    });
    this.conn = createProtocolConnection(
      new StreamMessageReader(this.proc.stdout!),
      new StreamMessageWriter(this.proc.stdin!),
    );
    this.conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.publishes++;
      this.published.push(p.uri);
      this.diagnostics.set(p.uri, p.diagnostics);
      this.versions.set(p.uri, p.version);
      this.wake();
    });
    this.conn.onNotification(BONDS_CHANGED, () => {
      this.bondsChanged++;
      this.wake();
    });
    this.conn.onRequest('workspace/configuration', (p: { items: Array<{ section?: string }> }) =>
      p.items.map(() => this.settings),
    );
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.listen();
  }

  /** The handshake: initialize with `folder` (a path) as the one workspace folder, then
   *  initialized, after which the server scans the folder. */
  async initialize(
    folder: string,
    capabilities: ClientCapabilities = { workspace: { configuration: true } },
  ): Promise<InitializeResult> {
    const uri = pathToFileURL(folder).toString();
    const result = await this.conn.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: uri,
      workspaceFolders: [{ uri, name: 'ws' }],
      capabilities,
    });
    await this.conn.sendNotification(InitializedNotification.type, {});
    return result;
  }

  /** Waits (by notification, not by sleeping) until `pred` holds for the diagnostics of `uri`. */
  async waitFor(uri: string, pred: (d: Diagnostic[]) => boolean, timeoutMs = 10000): Promise<Diagnostic[]> {
    await this.until(
      () => {
        const d = this.diagnostics.get(uri);
        return !!d && pred(d);
      },
      timeoutMs,
      () => `diagnostics of ${uri}; last: ${JSON.stringify(this.diagnostics.get(uri)?.map((x) => x.code))}`,
    );
    return this.diagnostics.get(uri)!;
  }

  /** Waits until the server has sent ifcfg/bondsChanged more than `seen` times in all. */
  async waitForBondsChanged(seen: number, timeoutMs = 10000): Promise<void> {
    await this.until(
      () => this.bondsChanged > seen,
      timeoutMs,
      () => `ifcfg/bondsChanged number ${seen + 1}`,
    );
  }

  /** Waits until `done()` holds, checking it whenever a notification arrives. */
  private async until(done: () => boolean, timeoutMs: number, what: () => string): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!done()) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timeout waiting for ${what()}`);
      await new Promise<void>((res) => {
        const t = setTimeout(res, left);
        this.waiters.push(() => {
          clearTimeout(t);
          res();
        });
      });
    }
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    w.forEach((f) => f());
  }

  /** Waits for the finding `code` on `uri`, then asks for the code actions on it. */
  async quickFixesFor(uri: string, code: string): Promise<CodeAction[]> {
    const d = (await this.waitFor(uri, (ds) => ds.some((x) => x.code === code))).find((x) => x.code === code)!;
    return (await this.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d] },
    })) as CodeAction[];
  }

  async stop(): Promise<void> {
    const exited = new Promise<void>((res) =>
      this.proc.exitCode !== null ? res() : this.proc.once('exit', () => res()),
    );
    try {
      await this.conn.sendRequest('shutdown');
      await Promise.resolve(this.conn.sendNotification('exit')).catch(() => undefined);
    } catch {
      /* already gone */
    }
    const timer = setTimeout(() => this.proc.kill(), 3000);
    await exited;
    clearTimeout(timer);
    this.conn.dispose();
  }
}
