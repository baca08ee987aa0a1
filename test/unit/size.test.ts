// Size budgets of what ships (deterministic, unlike timings): the minified bundles as
// `npm run package` builds them, and the .vsix contents list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { readFileSync } from 'fs';

const BUDGET_KB: Record<string, number> = {
  'client/src/extension.ts': 450,
  // The migration preview (ifcfg → keyfile conversion, readiness) added ~36 KB to each; machine
  // snapshots (sos layout, dmidecode/lspci/ethtool/ip parsers, bond summary) ~6 KB to the CLI;
  // the shared reader, walker and in-place writer ~7 KB; the preview's ETHTOOL_OPTS, alias, bridge
  // and priority-map readers and the readiness diagnostics ~8 KB.
  // The NetworkManager keyfile catalog (every setting and key, with docs) adds ~110 KB to each.
  'server/src/server.ts': 570,
  'server/src/cli/main.ts': 362,
};

for (const [entry, kb] of Object.entries(BUDGET_KB)) {
  test(`minified bundle of ${entry} stays under ${kb} KB`, async () => {
    const r = await build({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      minify: true,
      write: false,
      external: ['vscode'],
      logLevel: 'silent',
      define: { IFCFG_VERSION: '"0"' },
    });
    const size = r.outputFiles[0].contents.length / 1024;
    assert.ok(size <= kb, `${entry}: ${size.toFixed(0)} KB > ${kb} KB`);
  });
}

test('.vscodeignore ships only what runs', () => {
  const allowed = readFileSync('.vscodeignore', 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('!'))
    .map((l) => l.slice(1))
    .sort();
  assert.deepEqual(
    allowed,
    [
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'dist/extension.js',
      'dist/server.js',
      'images/icon.png',
      'language-configuration.json',
      'package.json',
      'snippets/ifcfg.json',
      'snippets/nmconnection.json',
      'syntaxes/nmconnection.tmLanguage.json',
      'language-configuration-nmconnection.json',
      'syntaxes/ifcfg.tmLanguage.json',
      'syntaxes/bonding-status.tmLanguage.json',
    ].sort(),
  );
});
