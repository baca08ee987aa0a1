import type { BuildOptions, BuildResult } from 'esbuild';

export const SHARED_MODULES: string[];
/** Short names of the private fields of the bundles that share dist/lsp.js (an esbuild mangle cache). */
export type PrivateFields = Record<string, string | false>;
export function privateFieldNames(): Promise<PrivateFields>;
export function checkPrivateFields(names: PrivateFields, result: BuildResult): void;
export function bundles(o?: {
  minify?: boolean;
  sourcemap?: boolean;
  privateFields?: PrivateFields;
}): Record<string, BuildOptions>;
export const REPOSITORY_SECTIONS: string[];
export function vsixReadme(text: string): string;
export function vsixManifest(text: string): string;
export function vsixFile(path: string, bytes: Buffer): Buffer;
