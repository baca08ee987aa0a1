// The language server as bin/ifcfg-language-server starts it (CommonJS, like the real entry: an
// ES module here would load Node's module loader into the measured process), plus one benchmark
// hook: on SIGUSR2 it runs a full GC and writes V8's heap statistics to the file named by
// IFCFG_BENCH_HEAP (retained heap, not only RSS). IFCFG_BENCH_SERVER names
// another build's entry (bench/workspace.mjs compares builds).
'use strict';
const { renameSync, writeFileSync } = require('fs');
const { join } = require('path');

process.on('SIGUSR2', () => {
  // Loaded and exposed here, not at start: the server runs with the client's flags only, and
  // loading node:v8 costs ~1.5 ms that the server itself never pays.
  const v8 = require('v8');
  v8.setFlagsFromString('--expose-gc');
  const gc = require('vm').runInNewContext('gc');
  gc();
  gc();
  const h = v8.getHeapStatistics();
  const tmp = process.env.IFCFG_BENCH_HEAP + '.tmp';
  writeFileSync(
    tmp,
    JSON.stringify({ used: h.used_heap_size, total: h.total_heap_size, rss: process.memoryUsage().rss }),
  );
  renameSync(tmp, process.env.IFCFG_BENCH_HEAP);
});
require(process.env.IFCFG_BENCH_SERVER || join(__dirname, '..', 'dist', 'boot.js'));
