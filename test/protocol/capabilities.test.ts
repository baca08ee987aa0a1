// What the server asks of a client that offers everything: the client bundle leaves glob matching
// out (client/src/libraryStandIns/minimatch.ts), which vscode-languageclient needs only for
// file-operation filters (`workspace.fileOperations`) and for the `pattern` of document filters
// of pull diagnostics and notebook sync. The server registers none of them, statically in its
// initialize result or dynamically during a session; should it start to, these tests say that the
// client bundle needs minimatch back.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { pathToFileURL } from 'url';
import type { InitializeResult, Registration, RegistrationParams } from 'vscode-languageserver-protocol';
import { TestClient } from '../helpers/lspClient';

const dir = mkdtempSync(join(tmpdir(), 'ifcfg-caps-'));
const ws = join(dir, 'network-scripts');
cpSync(resolve('examples/virtualbox-bond'), ws, { recursive: true });
const BOND = pathToFileURL(join(ws, 'ifcfg-bond0')).toString();
const bondText = readFileSync(join(ws, 'ifcfg-bond0'), 'utf8');
/** Requests whose registration would have vscode-languageclient match globs. */
const GLOB_MATCHED = [
  'workspace/willCreateFiles',
  'workspace/didCreateFiles',
  'workspace/willRenameFiles',
  'workspace/didRenameFiles',
  'workspace/willDeleteFiles',
  'workspace/didDeleteFiles',
  'textDocument/diagnostic',
  'notebookDocument/sync',
];
let c: TestClient;
let init: InitializeResult;
const registered: Registration[] = [];

before(async () => {
  c = new TestClient();
  c.settings = { debounceMs: 0 };
  c.conn.onRequest('client/registerCapability', (p: RegistrationParams) => {
    registered.push(...p.registrations);
    return null;
  });
  // A client that would accept any of them, statically or dynamically.
  init = await c.initialize(dir, {
    workspace: {
      configuration: true,
      workspaceFolders: true,
      didChangeConfiguration: { dynamicRegistration: true },
      didChangeWatchedFiles: { dynamicRegistration: true },
      fileOperations: {
        dynamicRegistration: true,
        didCreate: true,
        willCreate: true,
        didRename: true,
        willRename: true,
        didDelete: true,
        willDelete: true,
      },
      diagnostics: { refreshSupport: true },
    },
    textDocument: {
      publishDiagnostics: { relatedInformation: true },
      diagnostic: { dynamicRegistration: true, relatedDocumentSupport: true },
    },
    notebookDocument: { synchronization: { dynamicRegistration: true, executionSummarySupport: true } },
  });
  // A normal session: the workspace scan, an open document, an edit, a settings change.
  await c.waitForBondsChanged(0);
  c.conn.sendNotification('textDocument/didOpen', {
    textDocument: { uri: BOND, languageId: 'ifcfg', version: 1, text: bondText },
  });
  await c.waitFor(BOND, () => c.versions.get(BOND) === 1);
  c.conn.sendNotification('textDocument/didChange', {
    textDocument: { uri: BOND, version: 2 },
    contentChanges: [{ text: bondText.replace('miimon=100', 'miimon=200') }],
  });
  await c.waitFor(BOND, () => c.versions.get(BOND) === 2);
  const seen = c.bondsChanged;
  c.settings = { debounceMs: 0, readiness: true };
  c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
  await c.waitForBondsChanged(seen);
});
after(async () => c.stop());

test('the initialize result offers no file-operation filters, pull diagnostics or notebook sync', () => {
  assert.equal(init.capabilities.workspace?.fileOperations, undefined);
  assert.equal(init.capabilities.diagnosticProvider, undefined);
  assert.equal(init.capabilities.notebookDocumentSync, undefined);
});

test('no registration during a session asks for them either', () => {
  // The server does register (settings, evidence watchers): the capture works.
  assert.ok(
    registered.some((r) => r.method === 'workspace/didChangeConfiguration'),
    registered.map((r) => r.method).join(' '),
  );
  assert.deepEqual(
    registered.filter((r) => GLOB_MATCHED.includes(r.method)).map((r) => r.method),
    [],
  );
});
