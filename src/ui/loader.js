// Starts the page's WebAssembly. Trunk's default loader is an inline script,
// which the Content-Security-Policy in index.html forbids, so Trunk.toml's
// `pattern_script` points here instead and passes the hashed file names as
// data attributes. The engine's worker is started first (see
// startWorkerEarly below).
startWorkerEarly('worker_loader.js');
const tag = document.querySelector('script[data-app-js]');
const { default: init } = await import(tag.dataset.appJs);
await init({ module_or_path: tag.dataset.appWasm });

// The service worker (src/ui/sw.js) keeps every file for the next visit, so
// the page also loads offline. Registered a second after the engine has
// answered (data-engine="ready"), so that its downloads never compete with
// this first start and the first highlights. Where it cannot be registered (no service workers, a private window
// that refuses them), the page works as before, just not offline.
if ('serviceWorker' in navigator) {
  const ready = () => document.querySelector('[data-engine="ready"]');
  new Promise((ok) => {
    if (ready()) return ok();
    const watch = new MutationObserver(() => {
      if (ready()) {
        watch.disconnect();
        ok();
      }
    });
    watch.observe(document.body, { subtree: true, childList: true, attributeFilter: ['data-engine'] });
  })
    .then(() => new Promise((later) => setTimeout(later, 1000)))
    .then(() => navigator.serviceWorker.register('./sw.js'))
    .catch(() => {});
}

// Starts the engine's web worker at once, so that it fetches, compiles and
// loads its wasm while the page's own wasm does the same, instead of after
// it (the page asks for the worker only once its wasm runs: gloo's
// `spawn_with_loader` in src/ui/worker.rs, a plain `new Worker(url)`). The
// page's first `new Worker` of `file` gets this worker; what the worker sent
// before the page listened (gloo's "loaded" message) is handed over when the
// page sets `onmessage`, in order, before any later message. Any other
// worker, or any later one, is made as usual.
function startWorkerEarly(file) {
  const Native = globalThis.Worker;
  if (typeof Native !== 'function') return;
  const url = new URL(file, document.baseURI).href;
  let early;
  try {
    early = new Native(url);
  } catch {
    return;
  }
  const held = [];
  const hold = (e) => held.push(e);
  early.addEventListener('message', hold);
  const onmessage = Object.getOwnPropertyDescriptor(Native.prototype, 'onmessage');
  globalThis.Worker = function Worker(path, options) {
    if (!early || new URL(path, document.baseURI).href !== url) return new Native(path, options);
    const w = early;
    early = undefined;
    globalThis.Worker = Native;
    Object.defineProperty(w, 'onmessage', {
      configurable: true,
      get: () => onmessage.get.call(w),
      set: (f) => {
        delete w.onmessage;
        w.removeEventListener('message', hold);
        w.onmessage = f;
        // After the task that set it, before any message event still to come.
        queueMicrotask(() => held.splice(0).forEach((e) => f?.call(w, e)));
      },
    });
    return w;
  };
  globalThis.Worker.prototype = Native.prototype;
}
