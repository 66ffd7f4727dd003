// Limber's service worker. go-app fills in the version (a hash of the
// build) and the list of resources below: every asset a page shows and one
// page, the app shell. Other pages are cached as they are visited.
const VERSION = "{{.Version}}";
const CACHE = "limber-" + VERSION;
const RESOURCES = {{.ResourcesToCache}};
// The scope's path ("/" or "/limber/") lets the same worker run under a
// sub-path on a static host.
const BASE = new URL(self.registration.scope).pathname;
// The neutral shell page (app.ShellPath) answers navigations to pages not
// cached yet when offline; the client then renders the requested route.
const SHELL = RESOURCES.find((r) => /\/app-shell\/?$/.test(r)) || BASE;

// Install caches everything before it counts as installed: a failed
// precache fails the install and the previous version keeps serving.
self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.addAll(RESOURCES.map((r) => new Request(r, { cache: "no-cache" })));
    await self.skipWaiting();
  })());
});

// Old caches go only once this version is fully installed and active. No
// clients.claim(): a first visit stays uncontrolled until it reloads, so
// go-app never mistakes the first install for an update.
self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    const keys = await caches.keys();
    await Promise.all(keys.filter((k) => k.startsWith("limber-") && k !== CACHE).map((k) => caches.delete(k)));
    await cacheOpenPages();
  })());
});

// cacheOpenPages keeps the pages open in windows: the page that installed
// the worker went past it (it does not claim clients), and so did pages
// open while a new version installed.
async function cacheOpenPages() {
  const cache = await caches.open(CACHE);
  const wins = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  await Promise.all(wins.map(async (w) => {
    const url = new URL(w.url);
    if (url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
    const path = pageKey(url);
    await cacheLanguage(cache, path);
    if (await cachedPage(cache, path)) return;
    try {
      const res = await fetch(url.pathname, { cache: "no-cache" });
      if (res.ok && res.type === "basic") await cache.put(path, servable(res));
    } catch (err) {
      // Offline already: the shell covers this page.
    }
  }));
}

// LANGS are the languages with their own pages (/es/...) and texts
// (web/i18n/es.json); server tests check the list against app/i18n.
const LANGS = ["es", "de"];

// cacheLanguage keeps the texts of an open page's language: its first
// visit fetched them before this worker controlled the page.
async function cacheLanguage(cache, path) {
  const lang = LANGS.find((l) => path === BASE + l || path.startsWith(BASE + l + "/"));
  if (!lang) return;
  const url = BASE + "web/i18n/" + lang + ".json";
  if (await cache.match(url)) return;
  try {
    const res = await fetch(url, { cache: "no-cache" });
    if (res.ok && res.type === "basic") await cache.put(url, res);
  } catch (err) {
    // Offline already: the page fetches them again when it can.
  }
}

// pageKey is the cache key of a page: its path without a trailing slash
// (static hosts add one), query strings ignored.
function pageKey(url) {
  let path = url.pathname;
  if (path.length > BASE.length && path.endsWith("/")) path = path.slice(0, -1);
  return path;
}

// cachedPage finds a page under its key or, as an export precaches them,
// in folder form.
async function cachedPage(cache, path) {
  return await cache.match(path, { ignoreSearch: true }) || await cache.match(path + "/", { ignoreSearch: true });
}

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET") return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  if (req.mode === "navigate") {
    event.respondWith(navigation(event, url));
    return;
  }
  event.respondWith(cacheFirst(req));
});

// navigation serves the cached page (query strings ignored: the client
// router reads them), else the network, keeping a copy of the page, else
// the cached app shell so a deep link or a new route still opens offline.
async function navigation(event, url) {
  const cache = await caches.open(CACHE);
  const path = pageKey(url);
  const hit = await cachedPage(cache, path);
  if (hit) return servable(hit);
  let res;
  try {
    res = await fetch(event.request);
  } catch (err) {
    const shell = await cache.match(SHELL);
    if (shell) return servable(shell);
    throw err;
  }
  // Pages are part of this version like the assets: a copy is safe until
  // the next version's worker replaces the whole cache. Error pages (404)
  // are not kept, so a route added later is not hidden by one.
  // A page rendered from its query (a shared routine, timer settings) is
  // never kept under the bare path: it would answer every later link to
  // that path with what one link said.
  if (res.ok && res.type === "basic" && url.search === "") {
    event.waitUntil(cache.put(path, servable(res.clone())).catch(() => {}));
  }
  return servable(res);
}

// servable copies a response the host reached through a redirect (static
// hosts send /limber to /limber/): the browser refuses a redirected
// response as the answer to a navigation.
function servable(res) {
  if (!res.redirected) return res;
  return new Response(res.body, { status: res.status, statusText: res.statusText, headers: res.headers });
}

// cacheFirst serves assets from the cache and fills it from the network.
async function cacheFirst(req) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(req);
  if (hit) return hit;
  const res = await fetch(req);
  if (res.ok && res.type === "basic") {
    cache.put(req, res.clone());
  }
  return res;
}

// Movement-break reminders arrive as notifications; a tap opens the desk
// break in an existing Limber window when there is one.
self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const target = BASE + "routines/desk-break";
  event.waitUntil((async () => {
    const wins = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
    for (const w of wins) {
      if ("focus" in w) {
        await w.focus();
        if ("navigate" in w) return w.navigate(target);
        return;
      }
    }
    return self.clients.openWindow(target);
  })());
});
