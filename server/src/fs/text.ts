// Bytes to text and back without losing a byte. Valid UTF-8 (a BOM included) round-trips
// exactly; anything else (Latin-1 comments, stray bytes) is read one byte per character, so
// every byte an edit does not touch is written back unchanged.
export type Encoding = 'utf8' | 'latin1';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeText(bytes: Uint8Array): { text: string; encoding: Encoding } {
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf8' };
  } catch {
    return { text: Buffer.from(bytes).toString('latin1'), encoding: 'latin1' };
  }
}

/** Undefined when the text holds a character the file's encoding cannot store. */
export function encodeText(text: string, encoding: Encoding): Buffer | undefined {
  if (encoding === 'utf8') return Buffer.from(text, 'utf8');
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return undefined;
  return Buffer.from(text, 'latin1');
}

/** How the editor and the reports show the bytes: UTF-8, invalid bytes as U+FFFD. */
export function displayText(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('utf8');
}
