/** The app itself (loaded by main.tsx): start the router, apply the theme, render over the prerendered screen. */
import { effect } from "@preact/signals";
import { replayEarlyTaps } from "./app/early-taps";
import { type LoadedRecord, renderFirstScreen } from "./app/first-render";
import { preloadScreen } from "./app/RouteView";
import { location, startRouter } from "./app/router";
import { applyTheme } from "./app/theme";
import { warmIntl } from "./app/warm-intl";
import { deviceCall } from "./safety/device-call";
import { emergencyCall } from "./safety/emergency-call";
import { deviceTimeZone } from "./safety/safety-input";
import { openedOnSharedLink } from "./share/shared-link";

startRouter();
// The theme setting lives in the record store, which loads with the first screen, not before it.
void import("./storage/store").then(({ settings }) =>
  effect(() => {
    applyTheme(settings.value.theme);
    deviceCall.value = emergencyCall(settings.value);
  }),
);

// index.html already shows the home screen (prerendered at build time, as a first-time visitor sees it).
// On the home screen, render once its code, the record and the safety rules are here (at most 3 s), so the
// app takes over the same nodes with nothing in between; on any other address render in the next task, so
// the home's HTML gives way to that screen as early as possible.
const root = document.getElementById("app");
/** Settles once the app has taken over the first screen (or there is no root to take over). */
let markMounted: () => void = () => {};
const mounted = new Promise<void>((resolve) => {
  markMounted = resolve;
});
if (root) {
  /** `loadedRecord`: the record, when the home's code, record and safety rules all came in time. */
  const mount = (loadedRecord: LoadedRecord | null) => {
    // A first-time visitor's home is already the app's first frame: the app takes it over as it is.
    renderFirstScreen(root, location.value.path === "/" ? loadedRecord : null);
    // Says the app has taken over the prerendered page (tests wait for it before reading the screen).
    root.dataset.booted = "true";
    markMounted();
    // Taps held before the app started land once the screen now shown has its code (until then it may
    // still say "Loading…", with no button to take them).
    void preloadScreen(location.value.path).then(() => replayEarlyTaps());
  };
  if (location.value.path === "/") {
    const loaded = Promise.all([
      preloadScreen("/"),
      import("./storage/store").then((store) => store.ready.then(() => store)),
      import("./safety/safety-core").then(({ loadSafetyCore }) => loadSafetyCore()),
      import("@limber/core/journal/local-day"),
      // The first time-zone formatters load the browser's ICU data (100 ms or more on a phone): a worker
      // loads it meanwhile (warm-intl.ts), then each formatter runs in a task of its own before the render.
      warmIntl(),
    ]).then(async ([, store, , { isTimeZone }]) => {
      await nextTask();
      const zone = deviceTimeZone();
      await nextTask();
      isTimeZone(zone);
      await nextTask();
      return store;
    });
    const patience = new Promise((resolve) => setTimeout(resolve, 3000));
    // A person who follows a link before the app has started gets that screen as soon as its code is
    // here, not the prerendered home for up to 3 s.
    const leftHome = new Promise<void>((resolve) => {
      const stop = effect(() => {
        if (location.value.path === "/") return;
        queueMicrotask(() => stop());
        void preloadScreen(location.value.path).then(resolve);
      });
    });
    void Promise.race([loaded.catch(() => null), patience.then(() => null), leftHome.then(() => null)]).then(
      mount,
    );
  }
  // Any other address: in a task of its own after this module's evaluation, so the two are not one long
  // task on a slow phone (measured at 4x CPU: together they were the boot's longest task on the journal).
  else void nextTask().then(() => mount(null));
} else markMounted();

/** Lets the browser paint and answer input before the next piece of boot work. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

// Sync and the service worker start once the app has taken over the first screen and the page is idle, so
// neither competes with the boot: measured, the worker's install (its thread, the cache writes, the precache
// requests) started while the store and the safety code still loaded and stretched those tasks on a phone's
// few cores. The animation frame waits for the mounted screen's paint; idle time follows it.
function whenSettled(task: () => void): void {
  const idle = () =>
    "requestIdleCallback" in globalThis
      ? requestIdleCallback(task, { timeout: 2000 })
      : setTimeout(task, 200);
  void mounted.then(() => requestAnimationFrame(() => setTimeout(idle, 0)));
}
// A clinician's shared view (#/shared/<token>) starts neither: it must not sync or cache this browser's record.
whenSettled(() => {
  if (openedOnSharedLink) return;
  void import("./sync/sync").then(({ startSync }) => startSync());
  void import("./pwa/register").then(({ registerServiceWorker }) => registerServiceWorker());
});
