/** Entry point: start the router, apply the theme, render the shell over the prerendered first screen. */
import { effect } from "@preact/signals";
import { render } from "preact";
import { App } from "./app/App";
import "./app/global.css";
import { preloadScreen } from "./app/RouteView";
import { location, startRouter } from "./app/router";
import { applyTheme } from "./app/theme";
import { openedOnSharedLink } from "./share/shared-link";

startRouter();
// The theme setting lives in the record store, which loads with the first screen, not before it.
void import("./storage/store").then(({ settings }) => effect(() => applyTheme(settings.value.theme)));

// index.html already shows the home screen's first frame (prerendered at build time). On the home screen,
// render once its code is here, so the app takes over the same nodes with nothing in between; on any other
// address render at once, so the home's HTML gives way to that screen as early as possible.
const root = document.getElementById("app");
if (root) {
  const mount = () => render(<App />, root);
  if (location.value.path === "/") void preloadScreen("/").then(mount);
  else mount();
}

// Sync and the service worker load once the first screen has loaded and painted, so their code never
// competes with it (measured: requested before the first paint, they sat in the first screen's critical
// path and delayed its largest paint). The animation frame waits for that paint; idle time follows it.
function whenSettled(task: () => void): void {
  const idle = () =>
    "requestIdleCallback" in globalThis
      ? requestIdleCallback(task, { timeout: 2000 })
      : setTimeout(task, 200);
  const afterPaint = () => requestAnimationFrame(() => setTimeout(idle, 0));
  if (document.readyState === "complete") afterPaint();
  else globalThis.addEventListener("load", afterPaint, { once: true });
}
// A clinician's shared view (#/shared/<token>) starts neither: it must not sync or cache this browser's record.
whenSettled(() => {
  if (openedOnSharedLink) return;
  void import("./sync/sync").then(({ startSync }) => startSync());
  void import("./pwa/register").then(({ registerServiceWorker }) => registerServiceWorker());
});
