// The npm package's API over the wasm-bindgen glue (pkg/, built by build.sh):
// argument checks and JSON.parse of the engine's own `annotate --jsonl` line.
import { annotate_json, version as engineVersion } from './pkg/news_annotator_wasm.js';

function kindOf(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * Annotates one text. Returns one `annotate --jsonl` output line as an object:
 * { id, entities, holds, groups, ... }. Offsets are Unicode code points.
 */
export function annotate(text, { id = null } = {}) {
  if (typeof text !== 'string') {
    throw new TypeError(`annotate: text must be a string, not ${kindOf(text)}`);
  }
  let line;
  try {
    line = annotate_json(text);
  } catch (cause) {
    throw new Error('annotate: internal error in the engine', { cause });
  }
  const result = JSON.parse(line);
  result.id = id;
  return result;
}

/** The package version. */
export function version() {
  return engineVersion();
}
