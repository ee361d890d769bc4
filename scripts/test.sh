#!/usr/bin/env bash
# Runs every test: formatting, lints, native unit and integration tests, the golden
# output (scripts/golden.py), the probe corpus (scripts/probes.py), the accuracy floors (score.py), and the real-browser tests.
# Installs whatever is missing first (scripts/setup.sh).
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || { echo "setup failed"; exit 1; }
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

passed=0; failed=0; failures=()
stage() {
  local name=$1; shift
  echo "::: $name"
  local t0=$SECONDS
  if "$@"; then
    passed=$((passed + 1)); echo "::: $name ok ($((SECONDS - t0)) s)"
  else
    failed=$((failed + 1)); failures+=("$name"); echo "::: $name FAILED ($((SECONDS - t0)) s)"
  fi
}

stage rustfmt cargo fmt --check
stage clippy cargo clippy --release --all-targets -- -D warnings
stage clippy-web cargo clippy --release --features web --target wasm32-unknown-unknown --lib --bins -- -D warnings
stage unit-and-integration cargo test --release
# The trainer and the word-cluster features (cargo features train and clusters, off
# in the page): lints and the tagger's tests with the clusters on.
stage features bash -c 'cargo clippy --release --features train,clusters --all-targets -- -D warnings && cargo test --release --features clusters --lib tagger'
stage build-cli cargo build --release --bin annotate
stage golden python3 scripts/golden.py
stage probes python3 scripts/probes.py
stage accuracy python3 scripts/accuracy.py
stage streaming-100mb bash scripts/check-streaming.sh
stage browser bash scripts/test-browser.sh
stage packages bash scripts/test-packages.sh
stage size-budget bash scripts/size-report.sh

[ ${#failures[@]} -eq 0 ] || echo "failed stages: ${failures[*]}"
echo "suites: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
