// The standard way: @vscode/test-electron downloads VS Code and runs test/vscode/suite in it.
// Needs access to update.code.visualstudio.com (a developer laptop or public CI); on machines
// without it, `npm run test:e2e` runs the same suite in code-server instead.
import { runTests } from '@vscode/test-electron';
import { cpSync, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';

const ws = mkdtempSync(join(tmpdir(), 'ifcfg-vscode-'));
cpSync(resolve('examples/virtualbox-bond'), ws, { recursive: true });
// The same bond as NetworkManager keyfiles, in a folder of its own (test/vscode/suite/keyfile.test.js).
cpSync(resolve('examples/virtualbox-bond-keyfile'), join(ws, 'nm'), { recursive: true });
const SOS = 'sosreport-vbox01-2025-03-14-qxvwpbn';
cpSync(resolve('test/fixtures/snapshots', SOS), join(ws, SOS), { recursive: true });
try {
  await runTests({
    extensionDevelopmentPath: resolve('.'),
    extensionTestsPath: resolve('test/vscode/suite/index.js'),
    launchArgs: [ws, '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (e) {
  console.error('VS Code tests failed or VS Code could not be downloaded:', e.message ?? e);
  process.exit(1);
}
