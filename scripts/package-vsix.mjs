// Packages the .vsix. The npm package and the .vsix ship different files (the npm package adds the
// CLI and its bins; the .vsix only what VS Code runs), and vsce refuses a manifest with a `files`
// list beside a .vscodeignore. So the .vsix is packed from a staging folder that holds what
// .vscodeignore lets in, as vsixFile() shapes it (a manifest without the npm-only fields, JSON
// without indentation). vsce's zip is then rewritten with a denser deflate (Google's zopfli, see
// scripts/zip-dense.mjs): ~3% smaller, read by any unzip.
import { execFileSync } from 'child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { dirname, join, resolve } from 'path';
import { fileURLToPath } from 'url';
import { vsixFile } from './bundles.mjs';
import { recompressZip } from './zip-dense.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(process.argv[2] ?? join(ROOT, 'ifcfg.vsix'));
const stage = join(ROOT, 'out', 'vsix-stage');

execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--minify'], { cwd: ROOT, stdio: 'inherit' });
rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
const ignore = readFileSync(join(ROOT, '.vscodeignore'), 'utf8');
const shipped = ignore
  .split('\n')
  .filter((l) => l.startsWith('!'))
  .map((l) => l.slice(1));
for (const f of shipped) {
  mkdirSync(dirname(join(stage, f)), { recursive: true });
  writeFileSync(join(stage, f), vsixFile(f, readFileSync(join(ROOT, f))));
}
writeFileSync(join(stage, '.vscodeignore'), ignore);
execFileSync(join(ROOT, 'node_modules/.bin/vsce'), ['package', '--no-dependencies', '-o', out], {
  cwd: stage,
  stdio: 'inherit',
});
const loose = readFileSync(out);
const dense = await recompressZip(loose);
writeFileSync(out, dense);
console.log(`${out}: ${dense.length} bytes (${(dense.length / 1024).toFixed(1)} KiB; vsce wrote ${loose.length})`);
