// When ifcfg-lint lets V8's optimizing compiler (TurboFan) run. A lint of a host's or a
// repository's files is over in a few tens of milliseconds: V8 compiles hot functions on helper
// threads, the optimized code arrives when the work it would speed up is done, and the exit then
// waits for those jobs (measured: 10 ms between the last output and the process's end, 3.6 ms
// without them, on the real-world corpus). Long loops over one large file, or over very many
// files, do gain from it (a generated 10,000-line file ran 12% slower without, a hostile 256 KB
// line 30%). So a run starts with the optimizer held, and releases it once the input read
// shows that kind of work. V8 reads the flag each time it considers optimizing a function, so
// the release takes effect at once; compiled bytecode and the code cache are not affected.
import { setFlagsFromString } from 'v8';

/** A file this large is generated or hostile, not an admin's (real ones are a few KB): the parse
 *  and the rules loop over it long enough for optimized code to pay. */
export const OPTIMIZE_FILE_BYTES = 16 * 1024;
/** Over this much input in all, the run lasts long enough too (5,001 small files are ~0.6 MB). */
export const OPTIMIZE_TOTAL_BYTES = 1024 * 1024;

/** Whether a run that read files of these sizes should let the optimizing compiler run. */
export function wantsOptimizer(sizes: Iterable<number>): boolean {
  let total = 0;
  for (const n of sizes) {
    if (n > OPTIMIZE_FILE_BYTES) return true;
    total += n;
    if (total > OPTIMIZE_TOTAL_BYTES) return true;
  }
  return false;
}

/** The process entry holds the optimizer before any work and releases it when wantsOptimizer
 *  says so. Only the process entry calls these: the flag is process-wide, and tests that call
 *  run() must not change it. */
export const optimizer = {
  hold(): void {
    setFlagsFromString('--no-turbofan');
  },
  release(): void {
    setFlagsFromString('--turbofan');
  },
};
