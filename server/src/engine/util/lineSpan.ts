// Most ranges the engine reports lie on one line.
import type { Range } from '../types';

/** The columns `start` to `end` of one line. */
export const lineSpan = (line: number, start: number, end: number): Range => ({
  start: { line, character: start },
  end: { line, character: end },
});
