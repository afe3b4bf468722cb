#!/usr/bin/env bash
# Sourced by .ci/run: makes `node` a supported runtime. The machine's Node is used when package.json's
# `engines` accept it (supported-node.cjs); otherwise Node 24 LTS is installed from the registry's `node`
# package into .ci/node-runtime/ (not committed) and put first on PATH.

node_is_supported() {
  command -v node >/dev/null 2>&1 || return 1
  node "$(dirname "${BASH_SOURCE[0]}")/supported-node.cjs"
}

if node_is_supported; then
  echo "Node $(node --version) from the machine"
else
  runtime_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/node-runtime"
  if [ ! -x "$runtime_dir/node_modules/node/bin/node" ]; then
    echo "Node $(node --version 2>/dev/null || echo 'absent') is older than the project supports: installing Node 24 LTS into .ci/node-runtime"
    npm install --no-save --no-package-lock --no-audit --no-fund --prefix "$runtime_dir" node@24 >/dev/null
  fi
  export PATH="$runtime_dir/node_modules/node/bin:$PATH"
  node_is_supported || { echo "Could not bring a supported Node: $(node --version)" >&2; exit 1; }
  echo "Node $(node --version) from .ci/node-runtime"
fi
