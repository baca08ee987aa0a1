// A minimal stdio LSP driver for benchmarks (vscode-languageserver-protocol client side).
import { spawn } from 'child_process';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

export function startServer(cmd, args, { settings = {}, onDiagnostics, env } = {}) {
  const proc = spawn(cmd, args, {
    stdio: ['pipe', 'pipe', 'ignore'],
    env: env ? { ...process.env, ...env } : process.env,
  });
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  conn.onNotification('textDocument/publishDiagnostics', (p) => onDiagnostics?.(p));
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => settings));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.onNotification('window/logMessage', () => {});
  conn.onNotification('window/showMessage', () => {});
  conn.listen();
  return {
    proc,
    conn,
    async stop() {
      const exited = new Promise((r) => (proc.exitCode !== null ? r() : proc.once('exit', r)));
      try {
        await conn.sendRequest('shutdown');
        await Promise.resolve(conn.sendNotification('exit')).catch(() => {});
      } catch {
        // The server may already be gone.
      }
      const t = setTimeout(() => proc.kill(), 3000);
      await exited;
      clearTimeout(t);
      conn.dispose();
    },
  };
}
