export function recompressZip(zip: Uint8Array): Buffer;
