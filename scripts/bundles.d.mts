import type { BuildOptions, Plugin } from 'esbuild';

export const SHARED_MODULES: string[];
export function bundles(o?: { minify?: boolean; sourcemap?: boolean }): Record<string, BuildOptions>;
/** The client bundle's stand-ins for minimatch and semver; fails a build that requires either from
 *  a module not known to need it. */
export const standIns: Plugin;
/** vscode-languageclient's REQUIRED_VSCODE_VERSION in its lib/node/main.js text; throws unless `^X.Y.Z`. */
export function requiredVscodeRange(mainJs: string): string;
export const REPOSITORY_SECTIONS: string[];
export function vsixReadme(text: string): string;
export function vsixManifest(text: string): string;
export function vsixFile(path: string, bytes: Buffer): Buffer;
