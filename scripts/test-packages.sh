#!/usr/bin/env bash
# Issue 14's packages, built and tested as a user would get them:
# - Python (packages/python): `pip install packages/python` into a venv under
#   target/pyenv, then pytest for it and for the Dask example (examples/cluster);
# - npm (packages/npm): build.sh (wasm32 + wasm-bindgen), node --test (Node and
#   headless Chromium), then `npm pack` and an install of the tarball into an empty
#   folder that imports it and annotates a sentence.
# Compares with target/release/annotate (built here if missing). Set
# CARGO_PROFILE_RELEASE_LTO=false to iterate faster (same output).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"

step() { echo "--- packages: $*"; }

[ -x target/release/annotate ] || cargo build --release --bin annotate

step "rustfmt and clippy: packages/python, packages/npm"
rustfmt --edition 2021 --check packages/python/src/lib.rs packages/npm/src/lib.rs
(cd packages/npm && cargo clippy --release --locked --target wasm32-unknown-unknown -- -D warnings)

step "python venv (target/pyenv)"
[ -x target/pyenv/bin/python ] || python3 -m venv target/pyenv
export PATH="$root/target/pyenv/bin:$PATH"   # the venv's maturin for --no-build-isolation
py=$root/target/pyenv/bin/python
$py -m pip install -q --disable-pip-version-check \
  maturin==1.16.0 pytest==9.2.0 "dask[distributed]==2026.8.0" distributed==2026.8.0 \
  pandas==3.1.1 pyarrow==26.0.1

(cd packages/python && cargo clippy --release --locked -- -D warnings)   # finds the venv's python

step "pip install packages/python"
$py -m pip install -q --disable-pip-version-check --no-build-isolation --force-reinstall \
  --no-deps ./packages/python

step "pytest: Python package and Dask example"
# Run from outside the source folder, so the installed package is the one imported.
(cd target && $py -m pytest -q -p no:cacheprovider \
  "$root/packages/python/tests" "$root/examples/cluster")

step "npm: build"
bash packages/npm/build.sh

step "npm: node --test (Node and Chromium)"
node --test packages/npm/tests/

step "npm: pack, install into a clean folder, run"
pack=$(mktemp -d)
trap 'rm -rf "$pack"' EXIT
(cd packages/npm && npm pack --silent --pack-destination "$pack" >/dev/null)
tarball=$(ls "$pack"/news-annotator-*.tgz)
echo "packed: $(basename "$tarball"), $(du -k "$tarball" | cut -f1) KiB"
mkdir "$pack/app"
cd "$pack/app"
npm init -y >/dev/null
npm install --no-audit --no-fund --silent "$tarball"
cat > smoke.mjs <<'JS'
import { annotate } from 'news-annotator';
const r = annotate('Foreign Minister Talia Brennock arrived in Lisbon on Monday.', { id: 'smoke' });
if (r.id !== 'smoke' || !r.entities.some((m) => m.kind === 'place')) {
  console.error(JSON.stringify(r));
  process.exit(1);
}
console.log(`smoke: ${r.entities.length} mentions, ${r.groups.length} groups`);
JS
node smoke.mjs
echo "packages: all passed"
