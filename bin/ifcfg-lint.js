#!/usr/bin/env node
'use strict';
loadCli().main();
