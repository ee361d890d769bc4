#!/usr/bin/env bash
# Runs the UI's native unit tests, builds the page and runs the browser tests
# (tests/browser/*.test.mjs) in headless Debian Chromium. Exits non-zero when
# the build or a test fails.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo fetch --quiet
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# The page's state logic, natively (src/ui/state/tests.rs; needs feature web).
cargo test --release --features web --lib ui::
trunk build --release
node --test tests/browser/
