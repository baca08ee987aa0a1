// What every VS Code suite file needs: the workspace folder, polling waits (nothing sleeps a
// fixed time) and diagnostics by rule code.
const vscode = require('vscode');

const folder = () => vscode.workspace.workspaceFolders[0].uri;

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

const codeOf = (d) => (d.code && typeof d.code === 'object' ? d.code.value : d.code);
const diag = (uri, code) => vscode.languages.getDiagnostics(uri).find((d) => codeOf(d) === code);

module.exports = { folder, until, codeOf, diag };
