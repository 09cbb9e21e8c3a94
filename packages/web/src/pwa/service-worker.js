/*
 * Limber's service worker (a classic script; the build fills in PRECACHE and VERSION, see precache-plugin.ts).
 * - Install: cache the whole built app (shell, every lazy screen, icons, manifest) so it works offline.
 * - Pages: answered with the cached app shell (hash routing means one page serves every screen).
 * - Built files: cache first (their names carry a content hash, so a cached copy is never stale).
 * - /api/*: always the network, never cached: answers carry health data and depend on who is signed in.
 * - A new version waits until every Limber tab is closed, or until the person chooses to reload, so a
 *   guided session never loses a screen mid-way.
 */
const VERSION = "__LIMBER_VERSION__";
const PRECACHE = ["__LIMBER_PRECACHE__"];
const CACHE = `limber-${VERSION}`;
const SHELL = "/index.html";

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

// The page asks for this when the person chooses to load a new version (never in the middle of a session).
self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((key) => key.startsWith("limber-") && key !== CACHE).map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

async function fromCacheOrNetwork(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request, { ignoreSearch: true });
  if (cached) return cached;
  const response = await fetch(request);
  // Same-origin files that were not in the build list (rare) are kept for the next offline visit.
  if (response.ok && response.type === "basic") await cache.put(request, response.clone());
  return response;
}

async function appShell(request) {
  try {
    const cache = await caches.open(CACHE);
    const shell = await cache.match(SHELL);
    if (shell) return shell;
  } catch {
    // Cache storage can be unavailable (storage pressure); fall through to the network.
  }
  return fetch(request);
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith("/api/") || url.pathname === "/healthz" || url.pathname === "/readyz") return;
  if (request.mode === "navigate") {
    event.respondWith(appShell(request));
    return;
  }
  event.respondWith(fromCacheOrNetwork(request));
});

// A plan reminder (Web Push): the server's neutral words, shown as they came; a tap opens the home screen,
// where the safety check decides. Nothing in a push ever starts a session.
self.addEventListener("push", (event) => {
  let message = { title: "Limber", body: "", url: "/#/" };
  try {
    message = { ...message, ...event.data.json() };
  } catch {
    // An unreadable push still shows Limber's name, never a guess at its content.
  }
  event.waitUntil(
    self.registration.showNotification(message.title, { body: message.body, data: { url: "/#/" } }),
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  event.waitUntil(
    self.clients.matchAll({ type: "window", includeUncontrolled: true }).then((windows) => {
      const open = windows.find((client) => new URL(client.url).origin === self.location.origin);
      if (open) return open.navigate("/#/").then((client) => client?.focus());
      return self.clients.openWindow("/#/");
    }),
  );
});
