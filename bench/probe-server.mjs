// The language server as bin/ifcfg-language-server starts it, plus one benchmark hook: on
// SIGUSR2 it runs a full GC and writes V8's heap statistics to the file named by
// IFCFG_BENCH_HEAP (retained heap, not only RSS). Needs --expose-gc. IFCFG_BENCH_SERVER names
// another build's server.js (bench/workspace.mjs compares builds).
import { renameSync, writeFileSync } from 'fs';
import { createRequire } from 'module';
import v8 from 'v8';

process.on('SIGUSR2', () => {
  globalThis.gc();
  globalThis.gc();
  const h = v8.getHeapStatistics();
  const tmp = process.env.IFCFG_BENCH_HEAP + '.tmp';
  writeFileSync(
    tmp,
    JSON.stringify({ used: h.used_heap_size, total: h.total_heap_size, rss: process.memoryUsage().rss }),
  );
  renameSync(tmp, process.env.IFCFG_BENCH_HEAP);
});
createRequire(import.meta.url)(process.env.IFCFG_BENCH_SERVER || '../dist/server.js');
