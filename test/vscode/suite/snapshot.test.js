// An sosreport in the workspace, through the real VS Code API: the Bonds view shows the
// machine's bond, its ports and platform; its items open the files; the virtual-NIC warning's
// related information jumps to the dmidecode line that names VirtualBox.
const assert = require('assert');
const fs = require('fs');
const vscode = require('vscode');
const { folder, until, codeOf } = require('./helpers');

const SOS = 'sosreport-vbox01-2025-03-14-qxvwpbn';
const inSos = (rel) => vscode.Uri.joinPath(folder(), SOS, rel);
const samePath = (a, b) => vscode.Uri.parse(String(a)).fsPath === b.fsPath;

describe('ifcfg in VS Code: an sosreport in the workspace', function () {
  const BOND = () => inSos('etc/sysconfig/network-scripts/ifcfg-bond0');
  let view;
  let node;

  before(async () => {
    const ext = vscode.extensions.all.find((e) => e.packageJSON.name === 'vscode-ifcfg');
    await ext.activate();
    view = ext.exports.bonds;
    node = await until('the sosreport bond in the Bonds view', async () => {
      await view.refresh();
      return view.getChildren().find((n) => samePath(n.bond.place.uri, BOND()));
    });
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('the Bonds view shows mode, monitoring, the platform and each port with MAC, vendor and link', () => {
    const item = view.getTreeItem(node);
    assert.strictEqual(item.label, 'bond0');
    assert.strictEqual(item.description, 'active-backup · miimon 100 ms · fail_over_mac=none');
    const children = view.getChildren(node);
    const machine = children.find((c) => c.kind === 'machine');
    assert.strictEqual(view.getTreeItem(machine).description, 'innotek GmbH VirtualBox');
    const ports = children.filter((c) => c.kind === 'port').map((c) => view.getTreeItem(c));
    assert.deepStrictEqual(
      ports.map((p) => [p.label, p.description]),
      [
        ['enp0s8', '08:00:27:5c:b0:e5 · VirtualBox · link down'],
        ['enp0s9', '08:00:27:85:02:d8 · VirtualBox · link up (active)'],
      ],
    );
    const findings = children.filter((c) => c.kind === 'finding').map((c) => view.getTreeItem(c).description);
    assert.ok(findings.includes('VNIC-001') && findings.includes('CAP-004'), findings.join(' '));
  });

  it('clicking a port opens its profile at MASTER=bond0; the machine item opens dmidecode', async () => {
    const port = view.getChildren(node).find((c) => c.kind === 'port' && c.port.name === 'enp0s8');
    const cmd = view.getTreeItem(port).command;
    await vscode.commands.executeCommand(cmd.command, ...cmd.arguments);
    const ed = await until('ifcfg-enp0s8 editor', () => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.uri.fsPath === inSos('etc/sysconfig/network-scripts/ifcfg-enp0s8').fsPath && e;
    });
    assert.strictEqual(ed.document.lineAt(ed.selection.start.line).text, 'MASTER=bond0');
    const machine = view.getChildren(node).find((c) => c.kind === 'machine');
    const m = view.getTreeItem(machine).command;
    await vscode.commands.executeCommand(m.command, ...m.arguments);
    const dmi = await until('dmidecode editor', () => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.uri.fsPath === inSos('sos_commands/hardware/dmidecode').fsPath && e;
    });
    assert.strictEqual(dmi.document.lineAt(dmi.selection.start.line).text.trim(), 'Product Name: VirtualBox');
  });

  it("the VNIC-001 warning's related information jumps into the dmidecode file", async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(BOND()));
    const d = await until('VNIC-001 with dmidecode as related information', () =>
      vscode.languages
        .getDiagnostics(BOND())
        .find(
          (x) =>
            codeOf(x) === 'VNIC-001' &&
            (x.relatedInformation || []).some((r) => r.location.uri.path.endsWith('sos_commands/hardware/dmidecode')),
        ),
    );
    const r = d.relatedInformation.find((x) => x.location.uri.path.endsWith('sos_commands/hardware/dmidecode'));
    assert.match(r.message, /innotek GmbH VirtualBox/);
    // What a click on the related-information link in the Problems panel or hover does.
    const ed = await vscode.window.showTextDocument(r.location.uri, { selection: r.location.range });
    assert.strictEqual(ed.document.getText(ed.selection), 'Product Name: VirtualBox');
    const lspci = d.relatedInformation.find((x) => x.location.uri.path.endsWith('sos_commands/pci/lspci_-nnvv'));
    assert.match(lspci.message, /^enp0s8: Intel Corporation 82540EM Gigabit Ethernet Controller/);
  });

  it('a dmidecode changed on disk is read again: the related information follows its new line', async () => {
    const dmi = inSos('sos_commands/hardware/dmidecode');
    const dmiLine = () => {
      const d = vscode.languages.getDiagnostics(BOND()).find((x) => codeOf(x) === 'VNIC-001');
      const r =
        d && (d.relatedInformation || []).find((x) => x.location.uri.path.endsWith('sos_commands/hardware/dmidecode'));
      return r ? r.location.range.start.line : undefined;
    };
    const before = await until('VNIC-001 pointing into dmidecode', dmiLine);
    const original = fs.readFileSync(dmi.fsPath, 'utf8');
    // The editor's file watcher (registered by the server for snapshot evidence) reports the change.
    fs.writeFileSync(
      dmi.fsPath,
      original.replace('System Information', 'OEM Strings\n\tString 1: vboxVer_7.0.14\n\nSystem Information'),
    );
    try {
      await until('VNIC-001 pointing 3 lines further down', () => dmiLine() === before + 3);
    } finally {
      fs.writeFileSync(dmi.fsPath, original);
    }
    await until('VNIC-001 back on the original line', () => dmiLine() === before);
  });
});
