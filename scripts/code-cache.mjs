// A V8 code cache for the ifcfg-lint bundle: bin/ifcfg-lint.js uses it to skip compiling the
// bundle on every run. Made after a warm-up run (the CLI on the bundled example), so the functions
// a lint run needs are in it, not only the top level.
//
// A cache of another build is never used, and checking that must cost less than the cache saves:
// hashing the bundle at every start needs node:crypto, whose loading alone costs ~5 ms. So the
// build names itself instead: the bundle's last line carries the SHA-256 of everything above it,
// and the cache starts with the same 32 bytes. The loader only compares the two. A build that
// does not write a cache (`npm run watch`) writes no such line, and its bundle is loaded plainly.
import { createHash } from 'crypto';
import { readFileSync, writeFileSync } from 'fs';
import Module from 'module';
import { dirname, resolve } from 'path';
import vm from 'vm';

/** The last line of a bundle with a cache: `// ifcfg-build <64 hex digits>`. */
export const BUILD_LINE = /\n\/\/ ifcfg-build ([0-9a-f]{64})\n$/;

/** Ends the bundle with the line naming its build. The language server's bundles get only this
 *  line: their caches are written at run time, in the client's storage (server/src/boot.ts). */
export function nameBuild(bundle) {
  const file = resolve(bundle);
  let body = readFileSync(file, 'utf8').replace(BUILD_LINE, '\n');
  if (!body.endsWith('\n')) body += '\n';
  const id = createHash('sha256').update(body).digest('hex');
  const src = `${body}// ifcfg-build ${id}\n`;
  writeFileSync(file, src);
  return { file, src, id };
}

/** Names the bundle's build in its last line and writes its cache; `warm(exports)` runs what a
 *  typical run runs, so those functions are compiled into the cache too. */
export function writeCodeCache(bundle, warm = () => {}) {
  const { file, src, id } = nameBuild(bundle);
  const script = new vm.Script(Module.wrap(src), { filename: file });
  const m = new Module(file);
  m.filename = file;
  m.paths = Module._nodeModulePaths(dirname(file));
  script.runInThisContext()(m.exports, (request) => m.require(request), m, file, dirname(file));
  warm(m.exports);
  const cache = file.replace(/\.js$/, '.cache');
  writeFileSync(cache, Buffer.concat([Buffer.from(id, 'hex'), script.createCachedData()]));
  return { bundle: file, cache, id };
}
