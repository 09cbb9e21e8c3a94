/**
 * Entry point, tiny on purpose: the stylesheet (so the prerendered first screen is styled from the first
 * frame) and a loader for the app. On the home screen the app loads after that first frame has been painted,
 * so no JavaScript runs before the largest paint; any other address loads it at once, since index.html
 * shows the home screen until the app replaces it.
 */
import "./app/global.css";

const boot = () => void import("./boot");

function afterFirstPaint(task: () => void): void {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    task();
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  // A page loaded in the background gets no animation frames until shown: start anyway.
  setTimeout(once, 300);
}

const onHome = ["", "#", "#/"].includes(globalThis.location.hash);
if (onHome) afterFirstPaint(boot);
else boot();
