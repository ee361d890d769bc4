// Starts the engine's web worker (see src/ui/worker.rs). Trunk names worker
// files after the binary, unhashed, so this can name them directly. (Trunk's
// own `data-loader-shim` calls wasm_bindgen with a deprecated argument form.)
// The performance marks are for scripts/bench-browser.mjs's cold-start probe.
performance.mark('worker-loader');
importScripts('./worker.js');
performance.mark('worker-glue-loaded');
wasm_bindgen({ module_or_path: './worker_bg.wasm' }).then(() => performance.mark('worker-wasm-ready'));
