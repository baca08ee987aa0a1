// The Web APIs the engine may use, for tsconfig.engine.json (which has no DOM or Node types):
// only what browsers, web workers and Node all provide. Add an API here only if all three do.
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare function queueMicrotask(callback: () => void): void;
