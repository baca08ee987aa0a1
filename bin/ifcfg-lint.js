#!/usr/bin/env node
'use strict';
if (require.main === module) loadCli().main();
else module.exports = { load };

function loadCli() {
  return load(require('path').join(__dirname, '..', 'dist', 'cli.js')).exports;
}

/** A bundle, compiled with the V8 code cache `npm run build` writes next to it (compiling the
 *  bundle is a tenth of a typical run). The cache is used only when the build that wrote it also
 *  wrote the bundle: both carry the build's id (scripts/code-cache.mjs), so this compares 32 bytes
 *  instead of hashing the bundle. Otherwise a plain require; a cache this Node's V8 rejects only
 *  costs the speed-up. */
function load(file) {
  const fs = require('fs');
  let src;
  let cache;
  try {
    src = fs.readFileSync(file, 'utf8');
    cache = fs.readFileSync(file.slice(0, -3) + '.cache');
  } catch {
    return { exports: require(file), cached: false };
  }
  const id = /\n\/\/ ifcfg-build ([0-9a-f]{64})\n$/.exec(src.slice(-100));
  if (!id || cache.length <= 32 || cache.toString('hex', 0, 32) !== id[1])
    return { exports: require(file), cached: false };
  const path = require('path');
  const Module = require('module');
  const script = new (require('vm').Script)(Module.wrap(src), { filename: file, cachedData: cache.subarray(32) });
  const m = new Module(file, module);
  m.filename = file;
  m.paths = Module._nodeModulePaths(path.dirname(file));
  script.runInThisContext()(m.exports, (id) => m.require(id), m, file, path.dirname(file));
  m.loaded = true;
  return { exports: m.exports, cached: !script.cachedDataRejected };
}
