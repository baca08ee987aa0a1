// The ifcfg-language-server executable: serves over --stdio, --node-ipc or --socket=N, whichever
// the client passes (createConnection reads the command line). Over stdio the messages go out in
// batches (output.ts), so the connection is made here on the process's streams.
import { format } from 'util';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { BatchedOutput } from './output';
import { startServer } from './server';

if (process.argv.includes('--stdio')) {
  const out = new BatchedOutput(process.stdout);
  const connection = createConnection(ProposedFeatures.all, process.stdin, out.stream);
  // stdout carries only messages: console output goes to the client's log, as the library
  // arranges when it opens stdio itself.
  const log = connection.console;
  console.log = console.info = console.debug = (...a: unknown[]) => log.log(format(...a));
  console.warn = (...a: unknown[]) => log.warn(format(...a));
  console.error = (...a: unknown[]) => log.error(format(...a));
  startServer(connection, out);
} else startServer(createConnection(ProposedFeatures.all));
