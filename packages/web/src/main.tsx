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

// Sync and the service worker load after the first screen, off its critical path.
void import("./sync/sync").then(({ startSync }) => startSync());
void import("./pwa/register").then(({ registerServiceWorker }) => registerServiceWorker());
