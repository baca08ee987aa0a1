// The VS Code side: registers nothing but the language client; all intelligence lives in
// the bundled language server (dist/server.js, entered through dist/boot.js), started over IPC.
import { commands, ExtensionContext, Uri, window, workspace } from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { BONDS_CHANGED } from '../../server/src/protocol';
import { BondsView } from './bondsView';
import { CONVERT_COMMAND, convertToKeyfile } from './convert';

let client: LanguageClient | undefined;

/** What the extension hands to other extensions and to its own VS Code tests. */
export interface IfcfgApi {
  bonds: BondsView;
}

export async function activate(context: ExtensionContext): Promise<IfcfgApi> {
  const module = context.asAbsolutePath('dist/boot.js');
  // A small young generation keeps the server's memory flat while it indexes many files
  // (bench/RESULTS.md: ~30 MB less for 5,000 files, no measurable speed cost). V8's background
  // threads (compilers, garbage collector) number one less than the cores, not Node's default 4:
  // on two cores four of them took CPU from the main thread, and opening 5,001 profiles took
  // ~20% longer (bench/workspace.mjs). Node reads --v8-pool-size=0 that way (node_platform.cc,
  // GetActualThreadPoolSize); Electron's own Node (VS Code desktop) sizes its pool itself and
  // leaves the option without effect, VS Code Server and code-server run Node.
  const execArgv = ['--max-semi-space-size=1', '--v8-pool-size=0'];
  // The server keeps its compiled code in this extension's own storage (server/src/boot.ts).
  const storage = context.globalStorageUri;
  const env = storage.scheme === 'file' ? { IFCFG_CODE_CACHE: Uri.joinPath(storage, 'code-cache').fsPath } : {};
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv, env } },
    debug: {
      module,
      transport: TransportKind.ipc,
      options: { execArgv: [...execArgv, '--nolazy', '--inspect=6019'], env },
    },
  };
  const watcher = workspace.createFileSystemWatcher(
    '**/{ifcfg-*,route-*,route6-*,rule-*,rule6-*,*.bonding,proc/net/bonding/*,*.nmconnection,NetworkManager/system-connections/*}',
  );
  context.subscriptions.push(watcher);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'ifcfg' }, { language: 'bonding-status' }, { language: 'nmconnection' }],
    synchronize: { fileEvents: watcher, configurationSection: 'ifcfg' },
  };
  client = new LanguageClient('ifcfg', 'ifcfg language server', serverOptions, clientOptions);
  await client.start();
  context.subscriptions.push(
    commands.registerCommand(CONVERT_COMMAND, (arg?: string | Uri) => (client ? convertToKeyfile(client, arg) : false)),
  );
  const bonds = new BondsView(client);
  context.subscriptions.push(window.registerTreeDataProvider('ifcfg.bonds', bonds));
  let timer: NodeJS.Timeout | undefined;
  context.subscriptions.push(
    client.onNotification(BONDS_CHANGED, () => {
      // Typing sends one notification per debounce run; the view needs at most a few a second.
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void bonds.refresh(), 250);
    }),
  );
  await bonds.refresh();
  return { bonds };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
