// Node entry: loads the WebAssembly engine synchronously at import, so
// `annotate` can be called at once.
import { readFileSync } from 'node:fs';
import { initSync } from './pkg/news_annotator_wasm.js';

initSync({ module: readFileSync(new URL('./pkg/news_annotator_wasm_bg.wasm', import.meta.url)) });

export { annotate, version } from './core.js';

/** Already loaded in Node; here so code shared with the browser can `await init()`. */
export async function init() {}
