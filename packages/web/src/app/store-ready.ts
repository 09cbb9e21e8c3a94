/** Whether the device's record has loaded, so screens do not flash "no screening yet" while it loads. */
import { signal } from "@preact/signals";
import { ready } from "../storage/store";

export const storeReady = signal(false);
ready.then(
  () => {
    storeReady.value = true;
  },
  () => {
    // The store falls back to memory itself; show the empty record rather than waiting forever.
    storeReady.value = true;
  },
);
