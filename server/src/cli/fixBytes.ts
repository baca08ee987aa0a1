// --fix on bytes: the file's bytes are decoded so that each one comes back unchanged unless a
// fix edits it (UTF-8 when valid, else one character per byte); a fix whose text the file's
// encoding cannot hold is refused rather than written approximately.
import { fixAll, type MachineEvidence, type ParsedDocument, type Settings } from '../engine';
import { decodeText, encodeText } from '../fs/text';

export type FixedBytes = { ok: true; bytes: Buffer } | { ok: false; refused: string };

export function fixBytes(
  uri: string,
  bytes: Buffer,
  siblings: ParsedDocument[],
  settings: Settings,
  machine?: MachineEvidence,
): FixedBytes {
  const { text, encoding } = decodeText(bytes);
  const fixed = fixAll(uri, text, siblings, settings, undefined, machine);
  if (fixed.text === text) return { ok: true, bytes };
  const out = encodeText(fixed.text, encoding);
  if (!out) return { ok: false, refused: 'a fix would write characters that this non-UTF-8 file cannot hold' };
  return { ok: true, bytes: out };
}
