// What is under the cursor: a key, a value, a BONDING_OPTS option name or value.
import { Assignment, OptionToken, ParsedDocument, tokenizeOptions, type Position } from '../engine';

export type Spot =
  | { kind: 'key'; a: Assignment }
  | { kind: 'value'; a: Assignment }
  | { kind: 'option-key'; a: Assignment; token: OptionToken; tokens: OptionToken[] }
  | { kind: 'option-value'; a: Assignment; token: OptionToken; tokens: OptionToken[] }
  | { kind: 'option-gap'; a: Assignment; tokens: OptionToken[] }
  | { kind: 'line-start'; prefix: string; line: number }
  | { kind: 'none' };

export const OPTION_KEYS = new Set(['BONDING_OPTS', 'BRIDGING_OPTS']);

export function spotAt(doc: ParsedDocument, pos: Position): Spot {
  const line = doc.lines[pos.line];
  if (!line) return { kind: 'none' };
  const ch = Math.min(pos.character, line.text.length);
  const a = line.assignment;
  if (!a) {
    if (line.kind === 'comment') return { kind: 'none' };
    const before = line.text.slice(line.indent, ch);
    if (/^[A-Za-z_0-9]*$/.test(before) && ch >= line.indent)
      return { kind: 'line-start', prefix: before, line: pos.line };
    return { kind: 'none' };
  }
  if (ch <= a.keyEnd) return ch >= a.keyStart ? { kind: 'key', a } : { kind: 'none' };
  if (ch <= a.eq) return { kind: 'key', a };
  if (a.value.commentStart !== undefined && ch > a.value.commentStart) return { kind: 'none' };
  if (OPTION_KEYS.has(a.key)) {
    const tokens = tokenizeOptions(a);
    const token = tokens.find((t) => ch >= t.start && ch <= t.end);
    if (!token) return { kind: 'option-gap', a, tokens };
    if (token.value !== undefined && ch >= token.valueStart && ch > token.keyEnd)
      return { kind: 'option-value', a, token, tokens };
    return { kind: 'option-key', a, token, tokens };
  }
  return { kind: 'value', a };
}
