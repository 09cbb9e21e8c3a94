/** Entry point: start the router, apply the theme, render the shell. */
import { effect } from "@preact/signals";
import { render } from "preact";
import { App } from "./app/App";
import "./app/global.css";
import { startRouter } from "./app/router";
import { applyTheme } from "./app/theme";
import { settings } from "./storage/store";

startRouter();
effect(() => applyTheme(settings.value.theme));

const root = document.getElementById("app");
if (root) render(<App />, root);

// Sync and the service worker load once the first screen has loaded and painted, so their code never
// competes with it (measured: fetching them at start-up delayed the first screen's largest paint).
function whenSettled(task: () => void): void {
  const idle = () =>
    "requestIdleCallback" in globalThis
      ? requestIdleCallback(task, { timeout: 2000 })
      : setTimeout(task, 200);
  if (document.readyState === "complete") idle();
  else globalThis.addEventListener("load", idle, { once: true });
}
whenSettled(() => {
  void import("./sync/sync").then(({ startSync }) => startSync());
  void import("./pwa/register").then(({ registerServiceWorker }) => registerServiceWorker());
});
