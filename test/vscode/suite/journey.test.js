// The seed journey through the real VS Code API: the extension activates on an ifcfg file,
// the fail_over_mac diagnostic appears, hover/completion/quick fix/fix-all/definition work,
// and a settings change is applied. Waits poll; nothing sleeps a fixed time.
const assert = require('assert');
const vscode = require('vscode');
const { folder, until, diag } = require('./helpers');

const file = (name) => vscode.Uri.joinPath(folder(), name);

describe('ifcfg in VS Code: the VirtualBox bond', function () {
  let doc;
  let original;

  before(async () => {
    doc = await vscode.workspace.openTextDocument(file('ifcfg-bond0'));
    original = doc.getText();
    await vscode.window.showTextDocument(doc);
  });

  after(async () => {
    // Leave no dirty editors behind (the e2e run reuses this window's workspace).
    for (const d of vscode.workspace.textDocuments) {
      if (!d.isDirty) continue;
      await vscode.window.showTextDocument(d);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  afterEach(async () => {
    if (doc.getText() !== original) {
      const edit = new vscode.WorkspaceEdit();
      edit.replace(doc.uri, new vscode.Range(0, 0, doc.lineCount, 0), original);
      await vscode.workspace.applyEdit(edit);
    }
  });

  it('recognises the file as ifcfg and activates the extension', async () => {
    assert.strictEqual(doc.languageId, 'ifcfg');
    const ext = vscode.extensions.all.find((e) => e.packageJSON.name === 'vscode-ifcfg');
    assert.ok(ext, 'extension installed');
    await until('activation', () => ext.isActive);
  });

  it('reports the fail_over_mac warning on BONDING_OPTS', async () => {
    const d = await until('VNIC-001', () => diag(doc.uri, 'VNIC-001'));
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(d.message, /VirtualBox/);
    assert.strictEqual(d.range.start.line, 9);
  });

  it('hovers explain options and values', async () => {
    const hovers = await vscode.commands.executeCommand(
      'vscode.executeHoverProvider',
      doc.uri,
      new vscode.Position(9, 19),
    );
    const text = hovers.map((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n')).join('\n');
    assert.match(text, /active-backup/);
  });

  it('completes every bonding option inside BONDING_OPTS', async () => {
    const list = await vscode.commands.executeCommand(
      'vscode.executeCompletionItemProvider',
      doc.uri,
      new vscode.Position(9, 14),
    );
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const o of ['fail_over_mac', 'num_grat_arp', 'primary', 'updelay']) assert.ok(labels.includes(o), o);
  });

  it('the quick fix adds fail_over_mac=1', async () => {
    const d = await until('VNIC-001', () => diag(doc.uri, 'VNIC-001'));
    const actions = await vscode.commands.executeCommand(
      'vscode.executeCodeActionProvider',
      doc.uri,
      d.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fix = actions.find((a) => a.title === 'Add fail_over_mac=1');
    assert.ok(fix, actions.map((a) => a.title).join(', '));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.strictEqual(doc.lineAt(9).text, 'BONDING_OPTS="mode=1 miimon=100 fail_over_mac=1"');
    await until('VNIC-001 gone', () => !diag(doc.uri, 'VNIC-001'));
  });

  it('fix-all applies the safe fixes and leaves the others to the user', async () => {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, doc.lineAt(8).range, 'onboot=yes');
    await vscode.workspace.applyEdit(edit);
    await until('IFCFG-006', () => diag(doc.uri, 'IFCFG-006'));
    // Polled like the diagnostics: the request may overtake the server's view of the last edit.
    const actions = await until('the fix-all action', async () => {
      const a = await vscode.commands.executeCommand(
        'vscode.executeCodeActionProvider',
        doc.uri,
        new vscode.Range(0, 0, 0, 0),
        'source.fixAll.ifcfg',
      );
      return a.length ? a : undefined;
    });
    assert.strictEqual(actions.length, 1);
    assert.ok(await vscode.workspace.applyEdit(actions[0].edit));
    // Renaming onboot makes a value that was ignored take effect, so it is not a safe fix and
    // fix-all leaves it; the fail_over_mac fix keeps every working bond working and is applied.
    assert.strictEqual(doc.lineAt(8).text, 'onboot=yes');
    assert.match(doc.getText(), /fail_over_mac=1/);
  });

  it('goes from MASTER=bond0 to ifcfg-bond0', async () => {
    const port = await vscode.workspace.openTextDocument(file('ifcfg-enp0s8'));
    const line = port
      .getText()
      .split('\n')
      .findIndex((l) => l.startsWith('MASTER='));
    const locs = await vscode.commands.executeCommand(
      'vscode.executeDefinitionProvider',
      port.uri,
      new vscode.Position(line, 8),
    );
    const target = locs[0].uri || locs[0].targetUri;
    assert.strictEqual(target.toString(), doc.uri.toString());
  });

  it('a settings change changes the severity', async () => {
    const cfg = vscode.workspace.getConfiguration('ifcfg');
    await cfg.update('rules', { 'VNIC-001': 'error' }, vscode.ConfigurationTarget.Workspace);
    try {
      await until('VNIC-001 as error', () => diag(doc.uri, 'VNIC-001')?.severity === vscode.DiagnosticSeverity.Error);
    } finally {
      await cfg.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await until('VNIC-001 as warning', () => diag(doc.uri, 'VNIC-001')?.severity === vscode.DiagnosticSeverity.Warning);
  });
});
