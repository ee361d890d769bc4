// Starts the engine's web worker (see src/ui/worker.rs). Trunk names worker
// files after the binary, unhashed, so this can name them directly. (Trunk's
// own `data-loader-shim` calls wasm_bindgen with a deprecated argument form.)
importScripts('./worker.js');
wasm_bindgen({ module_or_path: './worker_bg.wasm' });
