export function encodeDense(bytes: Uint8Array, o?: { iterations?: number }): Uint8Array;
export function deflateDense(data: Uint8Array, o?: { iterations?: number }): Buffer;
