// "Convert to NetworkManager keyfile" through the real VS Code API: the code action offers it,
// the command asks the server for the bond's profile group and opens the Refactor Preview, and
// nothing is written until keyfiles are ticked and applied; the ifcfg files stay as they were.
// Ticking and applying, and the files it writes, are driven through the UI by test/e2e/run.mjs.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const { folder, until } = require('./helpers');

const file = (name) => vscode.Uri.joinPath(folder(), name);

// Where the server puts the keyfiles: beside /etc/sysconfig/network-scripts as on a real
// machine, else a system-connections folder next to the ifcfg files.
function keyfileDir() {
  const dir = folder().fsPath;
  const m = /^(.*)[/\\]etc[/\\]sysconfig[/\\]network-scripts$/.exec(dir);
  return m ? path.join(m[1], 'etc', 'NetworkManager', 'system-connections') : path.join(dir, 'system-connections');
}

const KEYFILES = ['bond0.nmconnection', 'System enp0s8.nmconnection', 'System enp0s9.nmconnection'];

describe('ifcfg in VS Code: Convert to NetworkManager keyfile', function () {
  const written = () => KEYFILES.map((f) => path.join(keyfileDir(), f));
  let ifcfgBefore;

  before(async () => {
    const ext = vscode.extensions.all.find((e) => e.packageJSON.name === 'vscode-ifcfg');
    await ext.activate();
    for (const f of written()) fs.rmSync(f, { force: true });
    ifcfgBefore = ['ifcfg-bond0', 'ifcfg-enp0s8', 'ifcfg-enp0s9'].map((f) => fs.readFileSync(file(f).fsPath, 'utf8'));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const f of written()) fs.rmSync(f, { force: true });
  });

  it('previews the whole bond group as a refactoring and writes nothing until it is applied', async () => {
    const port = file('ifcfg-enp0s8');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(port));
    // The code action offers the same command on the file.
    const action = await until('the convert code action', async () => {
      const all = await vscode.commands.executeCommand(
        'vscode.executeCodeActionProvider',
        port,
        new vscode.Range(0, 0, 0, 0),
      );
      return (all || []).find((a) => a.title === 'Convert to NetworkManager keyfile');
    });
    assert.strictEqual(action.command.command, 'ifcfg.convertToKeyfile');

    let settled = false;
    const run = Promise.resolve(vscode.commands.executeCommand('ifcfg.convertToKeyfile', port)).finally(() => {
      settled = true;
    });
    // The Refactor Preview waits for the user: nothing is on disk yet.
    await new Promise((r) => setTimeout(r, 1500));
    assert.strictEqual(settled, false, 'the command waits for the preview');
    assert.deepStrictEqual(
      written().filter((f) => fs.existsSync(f)),
      [],
    );
    // Applying with no keyfile ticked (or discarding) writes nothing; the e2e run ticks and applies.
    await until('the preview to close', async () => {
      await Promise.resolve(vscode.commands.executeCommand('refactorPreview.apply')).catch(() => undefined);
      return settled;
    });
    assert.strictEqual(await run, false);
    assert.deepStrictEqual(
      written().filter((f) => fs.existsSync(f)),
      [],
    );
    // The ifcfg files are never touched.
    assert.deepStrictEqual(
      ['ifcfg-bond0', 'ifcfg-enp0s8', 'ifcfg-enp0s9'].map((f) => fs.readFileSync(file(f).fsPath, 'utf8')),
      ifcfgBefore,
    );
  });
});
