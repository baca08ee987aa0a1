// Bytes to text and back without losing a byte. Valid UTF-8 (a BOM included) round-trips
// exactly; anything else (Latin-1 comments, stray bytes) is read one byte per character, so
// every byte an edit does not touch is written back unchanged.
export type Encoding = 'utf8' | 'latin1';

// Pure: the server, which only displays text, leaves it out of its bundle.
const strictUtf8 = /* @__PURE__ */ new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeText(bytes: Uint8Array): { text: string; encoding: Encoding } {
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf8' };
  } catch {
    // A UTF-8 BOM stays one character, so the parser still sees it as a BOM.
    const b = Buffer.from(bytes);
    const bom = b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
    return { text: (bom ? '\ufeff' : '') + b.subarray(bom ? 3 : 0).toString('latin1'), encoding: 'latin1' };
  }
}

/** Undefined when the text holds a character the file's encoding cannot store. */
export function encodeText(text: string, encoding: Encoding): Buffer | undefined {
  if (encoding === 'utf8') return Buffer.from(text, 'utf8');
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let i = bom; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return undefined;
  const body = Buffer.from(text.slice(bom), 'latin1');
  return bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

/** How the editor and the reports show the bytes: UTF-8, invalid bytes as U+FFFD. */
export function displayText(bytes: Uint8Array): string {
  // A view of the same bytes, not a copy: files are decoded once each, right after reading.
  const b = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return b.toString('utf8');
}
