// The page's service worker: after the first visit the page loads and works
// with the network off. Registered by src/ui/loader.js, copied to dist/ by
// Trunk (index.html, rel="copy-file").
//
// What to keep, and which build it is, is written into this file at build
// time: scripts/sw-manifest.mjs (a Trunk post_build hook, see Trunk.toml)
// replaces the MANIFEST line below in dist/sw.js with every file of the
// build (Trunk hashes the app's file names, the worker's are fixed) and a
// hash of their contents. We chose that over reading index.html at install
// time because (1) the list is exact (nothing is missed that the HTML does
// not name, such as the worker's files), and (2) a new build changes
// sw.js's bytes, which is what makes the browser install a new service
// worker at all: a worker that found its files at run time would stay the
// same file and never notice that worker_bg.wasm changed.
//
// Update: each build has its own cache ("annotator-<hash>"). A new build's
// worker precaches its files, takes over at once (skipWaiting, then
// clients.claim), and deletes every older cache on activate. Pages are
// served cache-first from the one cache of one build, so the HTML and the
// files it names always match; an open page keeps what it already loaded
// and gets the new build on its next load.
//
// Only same-origin GET requests are answered; nothing else is touched, so
// the service worker never talks to any other host.

const MANIFEST = null; // Replaced at build time by scripts/sw-manifest.mjs.

const PREFIX = 'annotator-';
const CACHE = MANIFEST ? `${PREFIX}${MANIFEST.version}` : null;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      if (MANIFEST) {
        const cache = await caches.open(CACHE);
        // `no-cache`: revalidated with the server, never a stale HTTP-cache
        // copy (the worker's file names are the same in every build).
        await cache.addAll(MANIFEST.files.map((f) => new Request(f, { cache: 'no-cache' })));
      }
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (!CACHE || req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const hit =
        (await cache.match(req, { ignoreSearch: true })) ??
        // Any page of the app's scope is the app.
        (req.mode === 'navigate' ? await cache.match(self.registration.scope) : undefined);
      return hit ?? fetch(req);
    })(),
  );
});
