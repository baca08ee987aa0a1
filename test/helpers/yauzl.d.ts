// The part of yauzl (the unzip library of vsce and of VS Code's extension installer) the packer
// tests read .vsix files with; it ships no types of its own.
declare module 'yauzl' {
  import type { Readable } from 'stream';
  import type { EventEmitter } from 'events';
  export interface Entry {
    fileName: string;
  }
  export interface ZipFile extends EventEmitter {
    readEntry(): void;
    openReadStream(entry: Entry, cb: (err: Error | null, stream: Readable) => void): void;
  }
  export function fromBuffer(
    buffer: Buffer,
    options: { lazyEntries?: boolean; validateEntrySizes?: boolean },
    cb: (err: Error | null, zipfile: ZipFile) => void,
  ): void;
}
