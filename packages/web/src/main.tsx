/**
 * Entry point, tiny on purpose: the stylesheet (which the build puts inside index.html, so the prerendered
 * first screen is styled from the first frame) and a loader for the app. On the home screen the app and the
 * install manifest load after the first paint (`afterFirstPaint`); any other address loads them at once,
 * since index.html shows the home screen until the app replaces it.
 */
import "./app/global.css";
import { afterFirstPaint } from "./app/after-first-paint";
import { holdEarlyTaps } from "./app/early-taps";
import { warmIntl } from "./app/warm-intl";

function start(): void {
  const manifest = document.createElement("link");
  manifest.rel = "manifest";
  manifest.href = "/manifest.webmanifest";
  document.head.append(manifest);
  // The date and time-zone data every screen's safety state needs, loaded off the main thread meanwhile.
  void warmIntl();
  void import("./boot");
}

// Taps on the prerendered screen's buttons wait for the app instead of being lost (boot.tsx replays them).
const app = document.getElementById("app");
if (app) holdEarlyTaps(app);

const onHome = ["", "#", "#/"].includes(globalThis.location.hash);
if (onHome) afterFirstPaint(start);
else start();
