// Bundles the client, the language server, their shared LSP libraries and the CLI into dist/
// with esbuild (options in scripts/bundles.mjs).
import { build } from 'esbuild';
import { bundles } from './bundles.mjs';
import { writeCodeCache } from './code-cache.mjs';

const all = bundles({ minify: process.argv.includes('--minify'), sourcemap: process.argv.includes('--sourcemap') });
await Promise.all(Object.entries(all).map(([outfile, options]) => build({ ...options, outfile })));
writeCodeCache('dist/cli.js', 'examples/virtualbox-bond');
