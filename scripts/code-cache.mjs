// A V8 code cache for the ifcfg-lint bundle: bin/ifcfg-lint.js uses it to skip compiling the
// bundle on every run. Made after running the CLI once on the bundled example, so the functions
// a lint run needs are in it, not only the top level. Its first 32 bytes are the SHA-256 of the
// bundle it was made from: a cache of another build is never used.
import { createHash } from 'crypto';
import { readFileSync, writeFileSync } from 'fs';
import Module from 'module';
import { dirname, resolve } from 'path';
import vm from 'vm';

export function writeCodeCache(bundle, example) {
  const file = resolve(bundle);
  const src = readFileSync(file, 'utf8');
  const script = new vm.Script(Module.wrap(src), { filename: file });
  const m = new Module(file);
  m.filename = file;
  script.runInThisContext()(m.exports, (id) => m.require(id), m, file, dirname(file));
  m.exports.run(
    [resolve(example)],
    () => {},
    () => {},
    false,
  );
  const hash = createHash('sha256').update(src).digest();
  writeFileSync(file.replace(/\.js$/, '.cache'), Buffer.concat([hash, script.createCachedData()]));
}
