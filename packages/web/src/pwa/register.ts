/**
 * Registers the service worker in the production build, after the page has loaded so it never competes
 * with the first screen. In development (Vite's server) there is none: files change on every save.
 */
import { watchForUpdates } from "./update";

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  const register = () => {
    navigator.serviceWorker
      .register("/sw.js", { scope: "/" })
      .then((registration) => watchForUpdates(registration, navigator.serviceWorker))
      .catch(() => {
        // Without a worker the app still works online; offline use simply is not available in this browser.
      });
  };
  if (document.readyState === "complete") register();
  else globalThis.addEventListener("load", register, { once: true });
}
