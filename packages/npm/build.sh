#!/usr/bin/env bash
# Builds pkg/: the engine for wasm32-unknown-unknown, then wasm-bindgen's glue
# (--target web: one ES module that works in browsers and, through initSync, in Node).
# Needs the wasm32 target and wasm-bindgen 0.2.130 (scripts/setup.sh installs both);
# uses binaryen's wasm-opt from the repository's node_modules when it is there.
set -euo pipefail
cd "$(dirname "$0")"
export PATH="$HOME/.cargo/bin:$PATH"
cargo build --release --locked --target wasm32-unknown-unknown
wasm-bindgen --target web --no-typescript --out-dir pkg --out-name news_annotator_wasm \
  target/wasm32-unknown-unknown/release/annotator_npm.wasm
opt=../../node_modules/.bin/wasm-opt
if [ -x "$opt" ]; then
  "$opt" -O3 --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals pkg/news_annotator_wasm_bg.wasm -o pkg/news_annotator_wasm_bg.wasm
fi
ls -l pkg/news_annotator_wasm_bg.wasm
