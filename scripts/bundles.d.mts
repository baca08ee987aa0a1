import type { BuildOptions } from 'esbuild';

export const SHARED_MODULES: string[];
export function bundles(o?: { minify?: boolean; sourcemap?: boolean }): Record<string, BuildOptions>;
export function vsixManifest(text: string): string;
export function vsixFile(path: string, bytes: Buffer): Buffer;
