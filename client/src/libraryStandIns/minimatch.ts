// What the client bundle has in place of the `minimatch` package (glob matching, ~11 KB deflated
// with its brace-expansion, which esbuild cannot leave out of CommonJS). vscode-languageclient
// matches globs in two places only, both driven by what the server registers: the file-operation
// filters of `workspace.fileOperations` (lib/common/fileOperations.js) and the `pattern` of a
// document filter for pull diagnostics or notebook sync (lib/common/utils/globPattern.js).
// ifcfg-language-server registers none of them (test/protocol/capabilities.test.ts holds it to
// that), so the library never builds a matcher; should it ever, it fails loudly here instead of
// matching wrongly. scripts/bundles.mjs refuses to build when another module requires minimatch.
export class Minimatch {
  constructor() {
    throw new Error(
      'ifcfg-language-server registers no file-operation filters or glob document filters; this build leaves glob matching out',
    );
  }
}
