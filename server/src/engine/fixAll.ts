// The fix-all loop: apply every safe fix, re-analyse, repeat to a fixed point. It sits above
// the rules (it runs them), beside analyze.ts.
import { analyzeDocument } from './analyze';
import { applyEdits, safeEdits } from './fixes/apply';
import { SystemIndex } from './model/system';
import { parseDocument, ParsedDocument } from './parser/document';
import { DEFAULT_SETTINGS, Settings } from './settings';
import type { MachineEvidence } from './snapshot/machine';

export interface FixAllResult {
  text: string;
  rounds: number;
  applied: number;
}

/**
 * Applies all safe fixes, re-analyses, and repeats until nothing changes. `siblings` are
 * the other files of the directory (for cross-file rules).
 */
export function fixAll(
  uri: string,
  text: string,
  siblings: ParsedDocument[] = [],
  settings: Settings = DEFAULT_SETTINGS,
  maxRounds = 8,
  machine?: MachineEvidence,
): FixAllResult {
  let cur = text;
  let applied = 0;
  let rounds = 0;
  for (; rounds < maxRounds; rounds++) {
    const doc = parseDocument(uri, cur);
    const findings = analyzeDocument(
      doc,
      new SystemIndex([doc, ...siblings.filter((s) => s.uri !== uri)], machine),
      settings,
    );
    const edits = safeEdits(findings);
    if (!edits.length) break;
    const next = applyEdits(cur, edits);
    if (next === cur) break;
    applied += edits.length;
    cur = next;
  }
  return { text: cur, rounds, applied };
}
