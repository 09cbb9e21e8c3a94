/**
 * Entry point, tiny on purpose: the stylesheet (so the prerendered first screen is styled from the first
 * frame) and a loader for the app. On the home screen the app, and the install manifest, load once the
 * browser reports that the first frame has been painted, so nothing they fetch competes with that frame on a
 * slow connection; any other address loads them at once, since index.html shows the home screen until the
 * app replaces it.
 */
import "./app/global.css";

/** Past this, start anyway: a browser that reports no paint entries, or a frame that never comes. */
const FIRST_PAINT_LIMIT_MS = 1500;

function start(): void {
  const manifest = document.createElement("link");
  manifest.rel = "manifest";
  manifest.href = "/manifest.webmanifest";
  document.head.append(manifest);
  void import("./boot");
}

function afterFirstPaint(task: () => void): void {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    task();
  };
  // A page loaded in the background paints nothing until shown: no reason to wait.
  if (document.visibilityState === "hidden") {
    once();
    return;
  }
  const observer = new PerformanceObserver((entries) => {
    if (entries.getEntriesByName("first-contentful-paint").length === 0) return;
    observer.disconnect();
    setTimeout(once, 0);
  });
  try {
    observer.observe({ type: "paint", buffered: true });
  } catch {
    requestAnimationFrame(() => setTimeout(once, 0));
  }
  setTimeout(once, FIRST_PAINT_LIMIT_MS);
}

const onHome = ["", "#", "#/"].includes(globalThis.location.hash);
if (onHome) afterFirstPaint(start);
else start();
