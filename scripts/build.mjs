// Bundles the client, the language server and the CLI into dist/ with esbuild.
import { build, context } from 'esbuild';
import { readFileSync } from 'fs';
import { writeCodeCache } from './code-cache.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url)));
const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: process.argv.includes('--sourcemap') ? 'linked' : false,
  minify: process.argv.includes('--minify'),
  define: { IFCFG_VERSION: JSON.stringify(pkg.version) },
  logLevel: 'warning',
};
const bundles = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/start.ts'], outfile: 'dist/server.js' },
  { ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' },
  // The engine on its own, for benchmarks and fuzzing (not shipped in the .vsix).
  { ...common, entryPoints: ['server/src/engine/index.ts'], outfile: 'dist/engine.js' },
];

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
  for (const options of bundles) await (await context({ ...options, plugins: [marker] })).watch();
} else {
  await Promise.all(bundles.map((options) => build(options)));
  writeCodeCache('dist/cli.js', 'examples/virtualbox-bond');
}
