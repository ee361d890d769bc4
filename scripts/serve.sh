#!/usr/bin/env bash
# Serves the page at http://127.0.0.1:8080 (release build, rebuilt on change).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo fetch --quiet
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
echo "Serving on http://127.0.0.1:8080/"
# No autoreload: its inline script would break the Content-Security-Policy.
exec trunk serve --release --address 127.0.0.1 --port 8080 --no-autoreload
