// The language server started in this process on a pair of in-memory streams, with a real LSP
// client connection on the other ends: the server's whole request path (capabilities, document
// sync, debouncing, features) without a child process or a build.
import { PassThrough } from 'stream';
import {
  Connection,
  createConnection,
  createProtocolConnection,
  Diagnostic,
  InitializeParams,
  InitializeResult,
  ProtocolConnection,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver/node';
import { startServer } from '../../server/src/server';

export class InProcessServer {
  readonly client: ProtocolConnection;
  readonly diagnostics = new Map<string, { version?: number; diagnostics: Diagnostic[] }>();
  readonly logged: string[] = [];
  private readonly server: Connection;
  private waiters: Array<() => void> = [];

  constructor() {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    // Message readers, not raw streams: given a stream, vscode-languageserver ends the process
    // when it closes, which would end the test run.
    this.server = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    startServer(this.server);
    this.client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    this.client.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.diagnostics.set(p.uri, { version: p.version, diagnostics: p.diagnostics });
      const w = this.waiters;
      this.waiters = [];
      w.forEach((f) => f());
    });
    this.client.onNotification('window/logMessage', (p: { message: string }) => {
      this.logged.push(p.message);
    });
    this.client.onRequest('client/registerCapability', () => null);
    this.client.listen();
  }

  /** initialize + initialized. `processId: null`: a number would start the server's watchdog. */
  async start(initializationOptions?: unknown): Promise<InitializeResult> {
    const params: InitializeParams = {
      processId: null,
      rootUri: null,
      workspaceFolders: null,
      capabilities: { textDocument: { publishDiagnostics: { relatedInformation: true } } },
      initializationOptions,
    };
    const result = await this.client.sendRequest<InitializeResult>('initialize', params);
    await this.client.sendNotification('initialized', {});
    return result;
  }

  async open(uri: string, text: string, languageId = 'ifcfg'): Promise<void> {
    await this.client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  async change(uri: string, text: string, version: number): Promise<void> {
    await this.client.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
  }

  /** The diagnostics published for `uri` at document version `version` (waits for them). */
  async diagnosticsOf(uri: string, version = 1, timeoutMs = 5000): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const d = this.diagnostics.get(uri);
      if (d && d.version === version) return d.diagnostics;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no diagnostics for ${uri} at version ${version}`);
      await new Promise<void>((res) => {
        const t = setTimeout(res, left);
        this.waiters.push(() => {
          clearTimeout(t);
          res();
        });
      });
    }
  }

  async stop(): Promise<void> {
    await this.client.sendRequest('shutdown');
    this.client.dispose();
    this.server.dispose();
  }
}

/** Runs `body` against a fresh, initialised server and always stops it. */
export async function withServer(
  body: (s: InProcessServer) => Promise<void>,
  initializationOptions?: unknown,
): Promise<void> {
  const s = new InProcessServer();
  try {
    await s.start(initializationOptions);
    await body(s);
  } finally {
    await s.stop();
  }
}
