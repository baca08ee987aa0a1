#!/usr/bin/env node
'use strict';
loadCli().main();

/** dist/cli.js, compiled with the V8 code cache `npm run build` writes next to it (compiling
 *  the bundle is a tenth of a typical run). Without a cache made from exactly this bundle, a
 *  plain require; a cache this Node's V8 rejects only costs the speed-up. */
function loadCli() {
  const fs = require('fs');
  const path = require('path');
  const file = path.join(__dirname, '..', 'dist', 'cli.js');
  let cache;
  let src;
  try {
    cache = fs.readFileSync(file.slice(0, -3) + '.cache');
    src = fs.readFileSync(file, 'utf8');
  } catch {
    return require(file);
  }
  const hash = require('crypto').createHash('sha256').update(src).digest();
  if (cache.length <= 32 || !hash.equals(cache.subarray(0, 32))) return require(file);
  const Module = require('module');
  const script = new (require('vm').Script)(Module.wrap(src), { filename: file, cachedData: cache.subarray(32) });
  const m = new Module(file, module);
  m.filename = file;
  m.paths = Module._nodeModulePaths(path.dirname(file));
  script.runInThisContext()(m.exports, (id) => m.require(id), m, file, path.dirname(file));
  m.loaded = true;
  return m.exports;
}
