#!/usr/bin/env -S node --max-semi-space-size=1 --v8-pool-size=0
'use strict';
// Starts the language server; pass --stdio (or --node-ipc / --socket=N) as any LSP client does.
// Node's flags as the VS Code client passes them (client/src/extension.ts says why).
// IFCFG_CODE_CACHE may name a folder where it keeps its compiled code (see server/src/boot.ts).
require('../dist/boot.js');
