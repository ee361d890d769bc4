// Browser entry: `await init()` (fetches pkg/news_annotator_wasm_bg.wasm next
// to this file, or the URL, Response or bytes given) before calling `annotate`.
import load from './pkg/news_annotator_wasm.js';

let ready = null;

/** Loads the engine once; later calls return the same promise. */
export function init(input) {
  ready ??= load(input === undefined ? undefined : { module_or_path: input });
  return ready.then(() => undefined);
}

export { annotate, version } from './core.js';
