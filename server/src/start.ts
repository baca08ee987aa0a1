// The ifcfg-language-server executable: serves over --stdio, --node-ipc or --socket=N, whichever
// the client passes (createConnection reads the command line).
import { Console } from 'console';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { BatchedOutput } from './output';
import { startServer } from './server';

// The first transport argument wins, as in the library.
const transport = process.argv.slice(2).find((a) => /^--(stdio|node-ipc|socket|pipe)\b/.test(a));
if (transport === '--stdio') {
  // Given streams, the library leaves the console alone: send it to stderr, never into the
  // protocol stream on stdout.
  globalThis.console = new Console(process.stderr, process.stderr);
  startServer(createConnection(ProposedFeatures.all, process.stdin, new BatchedOutput(process.stdout)));
} else startServer(createConnection(ProposedFeatures.all));
