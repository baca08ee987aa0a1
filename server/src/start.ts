// The ifcfg-language-server executable: serves over --stdio, --node-ipc or --socket=N, whichever
// the client passes (createConnection reads the command line).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all));
