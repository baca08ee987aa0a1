// The story's bond as NetworkManager keyfiles (the workspace's nm/ folder) through the real VS
// Code API: language mode, the fail_over_mac warning on [bond], hover, completion under [bond]
// and the quick fix that adds fail_over_mac=active.
const assert = require('assert');
const vscode = require('vscode');
const { folder, until, diag } = require('./helpers');

const file = (name) => vscode.Uri.joinPath(folder(), 'nm', name);

const text = (h) => h.flatMap((x) => x.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');

describe('ifcfg in VS Code: the VirtualBox bond as NetworkManager keyfiles', function () {
  let doc;
  let original;

  before(async () => {
    doc = await vscode.workspace.openTextDocument(file('bond0.nmconnection'));
    original = doc.getText();
    await vscode.window.showTextDocument(doc);
  });

  after(async () => {
    if (doc.getText() !== original) {
      const edit = new vscode.WorkspaceEdit();
      edit.replace(doc.uri, new vscode.Range(0, 0, doc.lineCount, 0), original);
      await vscode.workspace.applyEdit(edit);
    }
    if (doc.isDirty) await doc.save();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens bond0.nmconnection as a NetworkManager keyfile', () => {
    assert.strictEqual(doc.languageId, 'nmconnection');
  });

  it('warns on [bond] that VirtualBox ports need fail_over_mac', async () => {
    const d = await until('VNIC-001 on the keyfile bond', () => diag(doc.uri, 'VNIC-001'));
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.strictEqual(d.range.start.line, 7);
    assert.match(d.message, /VirtualBox/);
  });

  it('hovers the bond mode with the bonding documentation', async () => {
    const h = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, new vscode.Position(8, 1));
    assert.match(text(h), /mode.*bonding option/);
  });

  it('completes bonding options under [bond], mode-aware', async () => {
    const list = await vscode.commands.executeCommand(
      'vscode.executeCompletionItemProvider',
      doc.uri,
      new vscode.Position(10, 0),
    );
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('fail_over_mac'), labels.join(' '));
    assert.ok(!labels.includes('lacp_rate'));
  });

  it('the quick fix adds fail_over_mac=active under [bond] and the warning goes away', async () => {
    const d = await until('VNIC-001', () => diag(doc.uri, 'VNIC-001'));
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, d.range);
    const fix = actions.find((a) => a.title === 'Add fail_over_mac=active');
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    await vscode.workspace.applyEdit(fix.edit);
    assert.match(doc.getText(), /\[bond\]\nmode=active-backup\nmiimon=100\nfail_over_mac=active\n/);
    await until('VNIC-001 gone', () => !diag(doc.uri, 'VNIC-001'));
  });
});
