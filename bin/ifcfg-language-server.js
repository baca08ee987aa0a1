#!/usr/bin/env -S node --max-semi-space-size=1
'use strict';
// Starts the language server; pass --stdio (or --node-ipc / --socket=N) as any LSP client does.
require('../dist/server.js');
