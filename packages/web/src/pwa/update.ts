/**
 * A new version of the app is installed and waiting. The person decides when to switch (a reload), so a
 * guided session is never interrupted by an update.
 */
import { signal } from "@preact/signals";

export const updateReady = signal(false);
let waiting: ServiceWorker | null = null;

/** Watches a registration for a new worker that finishes installing while an older one controls the page. */
export function watchForUpdates(
  registration: ServiceWorkerRegistration,
  container: ServiceWorkerContainer,
): void {
  const offer = (worker: ServiceWorker | null) => {
    if (worker && container.controller) {
      waiting = worker;
      updateReady.value = true;
    }
  };
  offer(registration.waiting);
  registration.addEventListener("updatefound", () => {
    const installing = registration.installing;
    installing?.addEventListener("statechange", () => {
      if (installing.state === "installed") offer(installing);
    });
  });
}

/** Activates the waiting version and reloads into it once it controls the page. */
export function applyUpdate(container: ServiceWorkerContainer = navigator.serviceWorker): void {
  if (!waiting) return;
  container.addEventListener("controllerchange", () => globalThis.location.reload(), { once: true });
  waiting.postMessage("skip-waiting");
}
