export const ZOPFLI: { numiterations: number };
export function deflateDense(data: Uint8Array): Promise<Buffer>;
export function recompressZip(zip: Uint8Array): Promise<Buffer>;
