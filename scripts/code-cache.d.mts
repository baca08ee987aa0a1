export const BUILD_LINE: RegExp;
export function writeCodeCache(
  bundle: string,
  warm?: (exports: never) => unknown,
): { bundle: string; cache: string; id: string };
export function nameBuild(bundle: string): { file: string; src: string; id: string };
