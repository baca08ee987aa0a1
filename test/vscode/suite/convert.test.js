// "Convert to NetworkManager keyfile" through the real VS Code API: the command asks the
// server for the bond's profile group, opens the refactoring preview, writes nothing until the
// preview is applied, then writes the three keyfiles NetworkManager would write, mode 0600,
// and leaves the ifcfg files as they were.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');

const folder = () => vscode.workspace.workspaceFolders[0].uri;
const file = (name) => vscode.Uri.joinPath(folder(), name);

async function until(what, fn, timeoutMs = 30000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    last = await fn();
    if (last) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

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

  it('previews the whole bond group and writes the keyfiles only when the preview is applied', async () => {
    const port = file('ifcfg-enp0s8');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(port));
    // The code action offers the same command on the file.
    const actions = await until('the convert code action', async () => {
      const all = await vscode.commands.executeCommand(
        'vscode.executeCodeActionProvider',
        port,
        new vscode.Range(0, 0, 0, 0),
      );
      return (all || []).find((a) => a.title === 'Convert to NetworkManager keyfile');
    });
    assert.strictEqual(actions.command.command, 'ifcfg.convertToKeyfile');

    let settled = false;
    const run = Promise.resolve(vscode.commands.executeCommand('ifcfg.convertToKeyfile', port)).finally(() => {
      settled = true;
    });
    // The preview waits for the user: nothing is on disk yet.
    await new Promise((r) => setTimeout(r, 1500));
    assert.strictEqual(settled, false, 'the command waits for the preview');
    assert.deepStrictEqual(
      written().filter((f) => fs.existsSync(f)),
      [],
    );
    // Apply it the way the preview's Apply button does.
    await until(
      'the preview to be applied',
      async () => {
        await Promise.resolve(vscode.commands.executeCommand('refactorPreview.apply')).catch(() => undefined);
        return settled;
      },
      30000,
    );
    assert.strictEqual(await run, true);

    for (const f of written()) assert.ok(fs.existsSync(f), `${path.basename(f)} written`);
    const bond = fs.readFileSync(written()[0], 'utf8');
    assert.match(bond, /^\[connection\]\nid=bond0\nuuid=[0-9a-f-]{36}\ntype=bond\ninterface-name=bond0\n/);
    assert.match(bond, /\n\[bond\]\nmiimon=100\nmode=active-backup\n/);
    for (const f of written().slice(1)) {
      const port = fs.readFileSync(f, 'utf8');
      assert.match(port, /\ncontroller=bond0\n/);
      assert.match(port, /\nport-type=bond\n/);
    }
    if (process.platform !== 'win32')
      for (const f of written()) assert.strictEqual(fs.statSync(f).mode & 0o777, 0o600, `${path.basename(f)} is 0600`);
    // The ifcfg files are never touched.
    assert.deepStrictEqual(
      ['ifcfg-bond0', 'ifcfg-enp0s8', 'ifcfg-enp0s9'].map((f) => fs.readFileSync(file(f).fsPath, 'utf8')),
      ifcfgBefore,
    );
  });

  it('the written bond keyfile gets the same fail_over_mac warning as the ifcfg bond', async () => {
    // Recreate the keyfiles (the first test may have run alone) and open the bond's.
    for (const f of written()) fs.rmSync(f, { force: true });
    const run = Promise.resolve(vscode.commands.executeCommand('ifcfg.convertToKeyfile', file('ifcfg-bond0')));
    let done = false;
    run.finally(() => (done = true));
    await until('the preview to be applied', async () => {
      await Promise.resolve(vscode.commands.executeCommand('refactorPreview.apply')).catch(() => undefined);
      return done;
    });
    // The ports' keyfiles carry the VirtualBox MACs; opened, the server knows them even when
    // the keyfile folder lies outside the workspace (as beside /etc/sysconfig/network-scripts).
    for (const f of written().slice(1)) await vscode.workspace.openTextDocument(vscode.Uri.file(f));
    const kf = vscode.Uri.file(written()[0]);
    const doc = await vscode.workspace.openTextDocument(kf);
    await vscode.window.showTextDocument(doc);
    assert.strictEqual(doc.languageId, 'nmconnection');
    const d = await until('VNIC-001 on the keyfile', async () =>
      vscode.languages
        .getDiagnostics(kf)
        .find((x) => (x.code && typeof x.code === 'object' ? x.code.value : x.code) === 'VNIC-001'),
    );
    assert.match(d.message, /fail_over_mac/);
    assert.strictEqual(doc.lineAt(d.range.start.line).text, '[bond]');
  });
});
