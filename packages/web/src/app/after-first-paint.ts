/**
 * Runs a task once the browser reports that the page's first frame has been painted (its
 * `first-contentful-paint` entry), so nothing the task fetches competes with that frame on a slow
 * connection. Lighthouse charges the largest paint with every request started before the frame is
 * presented, and an animation frame fires about 40 ms before that in headless Chromium.
 */

/** Past this, run anyway: a paint entry that never comes (a tab hidden before its first frame). */
export const FIRST_PAINT_LIMIT_MS = 1500;

export function afterFirstPaint(task: () => void): void {
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
  setTimeout(once, FIRST_PAINT_LIMIT_MS);
  const reportsPaint =
    typeof PerformanceObserver !== "undefined" &&
    PerformanceObserver.supportedEntryTypes?.includes("paint") === true;
  if (!reportsPaint) {
    // An older browser: an animation frame, then a task, comes just after the frame is drawn.
    requestAnimationFrame(() => setTimeout(once, 0));
    return;
  }
  const observer = new PerformanceObserver((entries) => {
    if (entries.getEntriesByName("first-contentful-paint").length === 0) return;
    observer.disconnect();
    setTimeout(once, 0);
  });
  observer.observe({ type: "paint", buffered: true });
}
