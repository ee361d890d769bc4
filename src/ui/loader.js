// Starts the page's WebAssembly. Trunk's default loader is an inline script,
// which the Content-Security-Policy in index.html forbids, so Trunk.toml's
// `pattern_script` points here instead and passes the hashed file names as
// data attributes.
const tag = document.querySelector('script[data-app-js]');
const { default: init } = await import(tag.dataset.appJs);
await init({ module_or_path: tag.dataset.appWasm });
