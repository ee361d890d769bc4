// Starts the page's WebAssembly. Trunk's default loader is an inline script,
// which the Content-Security-Policy in index.html forbids, so Trunk.toml's
// `pattern_script` points here instead and passes the hashed file names as
// data attributes.
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
