// Mocha entry inside the VS Code extension host (test-electron's extensionTestsPath, or the
// e2e harness extension in code-server). `run(opts)` resolves when all tests pass.
const path = require('path');
const fs = require('fs');
const Mocha = require('mocha');

function run(opts = {}) {
  const mocha = new Mocha({
    ui: 'bdd',
    timeout: 60000,
    color: false,
    reporter: opts.jsonOutput ? 'json' : 'spec',
    reporterOptions: opts.jsonOutput ? { output: opts.jsonOutput } : undefined,
  });
  for (const f of fs
    .readdirSync(__dirname)
    .filter((n) => n.endsWith('.test.js'))
    .sort())
    mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} VS Code test(s) failed`)) : resolve()));
  });
}

module.exports = { run };
