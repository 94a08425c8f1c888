// PCMS service worker: caches the console's shell (scripts, styles, icon, offline page) and nothing else. Pages and
// API answers hold records; a phone can be lost or seized, so they are never stored here.
const CACHE = 'pcms-shell-{version}';
const SHELL = [{#for name in assets.names}'{assets.url(name)}', {/for}'/offline'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) {
    return;
  }
  if (url.pathname.startsWith('/static/')) {
    event.respondWith(caches.match(request).then((hit) => hit || fetch(request)));
    return;
  }
  if (request.mode === 'navigate') {
    // Always the network for a page; the offline page only when there is none.
    event.respondWith(fetch(request).catch(() => caches.match('/offline')));
  }
});
