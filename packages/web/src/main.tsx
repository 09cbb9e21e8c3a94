/** Entry point: start the router, apply the theme, render the shell. */
import { effect } from "@preact/signals";
import { render } from "preact";
import { App } from "./app/App";
import "./app/global.css";
import { startRouter } from "./app/router";
import { applyTheme } from "./app/theme";
import { openedOnSharedLink } from "./share/shared-link";
import { settings } from "./storage/store";

startRouter();
effect(() => applyTheme(settings.value.theme));

const root = document.getElementById("app");
if (root) render(<App />, root);

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
