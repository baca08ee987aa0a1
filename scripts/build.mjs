// Bundles the client, the language server, their shared LSP libraries and the CLI into dist/
// with esbuild (options in scripts/bundles.mjs).
import { build, context } from 'esbuild';
import { existsSync } from 'fs';
import { resolve } from 'path';
import { bundles } from './bundles.mjs';
import { nameBuild, writeCodeCache } from './code-cache.mjs';

const minify = process.argv.includes('--minify');
const all = bundles({ minify, sourcemap: process.argv.includes('--sourcemap') });

if (process.argv.includes('--watch')) {
  // `npm run watch` (the default build task in VS Code): rebuild on save. The two lines are what
  // the task's problem matcher waits for before F5 starts the Extension Development Host.
  let pending = 0;
  const marker = {
    name: 'watch-marker',
    setup(b) {
      b.onStart(() => {
        if (pending++ === 0) console.log('[watch] build started');
      });
      b.onEnd(() => {
        if (--pending === 0) console.log('[watch] build finished');
      });
    },
  };
  for (const [outfile, options] of Object.entries(all)) {
    const plugins = [...(options.plugins ?? []), marker];
    await (await context({ ...options, outfile, plugins })).watch();
  }
} else {
  await Promise.all(Object.entries(all).map(([outfile, options]) => build({ ...options, outfile })));
  nameBuild('dist/server.js');
  nameBuild('dist/lsp.js');
  // The warm-up, output discarded: the examples and NetworkManager's own test files, so the
  // functions a lint of everyday files calls are compiled into the cache; a function the warm-up
  // never ran is compiled at its first call of every run. The real-world corpus is left out on
  // purpose: bench/ times the CLI on it, and the cache should not be trained on what is measured.
  const warmPaths = ['examples', 'test/corpus/networkmanager'].map((p) => resolve(p)).filter((p) => existsSync(p));
  writeCodeCache('dist/cli.js', (cli) => {
    for (const format of ['text', 'json', 'sarif'])
      cli.run(
        ['--format', format, '--summary', ...warmPaths],
        () => {},
        () => {},
        false,
      );
  });
}
